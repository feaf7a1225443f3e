package org.chancery.telegram.read.layout;

import java.util.Locale;
import java.util.regex.Pattern;
import org.chancery.telegram.read.Layout;

/** Recognises a layout from the first characters of an input. */
public final class LayoutDetector {
    private static final Pattern CSV_ROW_START = Pattern.compile("\\A\"\\d+\",\"");
    private static final Pattern REFERENCE_ID = Pattern.compile("\\d{2}[A-Z][A-Z0-9-]*\\d+");
    private static final Pattern RECORD_DATE =
            Pattern.compile("[A-Z][a-z]{2} [A-Z][a-z]{2} \\d{1,2} \\d{2}:\\d{2}:\\d{2} [+-]\\d{4} \\d{4}");

    private LayoutDetector() {}

    /** The layout of an input that starts with {@code head} (a byte-order mark already removed). */
    public static Layout detect(String head) {
        if (CSV_ROW_START.matcher(head).lookingAt()) {
            return Layout.CABLEGATE_CSV;
        }
        String start = head.stripLeading().toLowerCase(Locale.ROOT);
        if (start.startsWith("<?xml") || start.startsWith("<!doctype html") || start.startsWith("<html")) {
            return Layout.WIKILEAKS_HTML;
        }
        String[] lines = head.split("\r?\n", 4);
        if (lines.length >= 4
                && REFERENCE_ID.matcher(lines[0].strip()).matches()
                && RECORD_DATE.matcher(lines[2].strip()).matches()) {
            return Layout.RECORD;
        }
        return Layout.TELEGRAM;
    }
}
