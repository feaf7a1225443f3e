package org.chancery.telegram.read.layout;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * WikiLeaks stamped the text of many cables with a line such as {@code Friday, 11 January 2008, 11:28}. It is not
 * part of the telegram (no telegram format has it), so every layout drops it, which keeps the text the same whichever
 * layout a cable was read from.
 */
public final class WikiLeaksDateLine {
    private static final String SHAPE = "(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday), \\d{1,2} "
            + "(?:January|February|March|April|May|June|July|August|September|October|November|December) "
            + "\\d{4}, \\d{2}:\\d{2}[ \\t]*(?:\\r?\\n|$)";
    private static final Pattern AT_START = Pattern.compile("\\A" + SHAPE);
    // In the record layout the stamp is glued to the header's last line, so it is found at the end of a line.
    private static final Pattern AT_LINE_END = Pattern.compile(SHAPE, Pattern.MULTILINE);

    private static final String[] WEEKDAYS = {
        "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"
    };
    // Every weekday name ends so: one indexOf finds the few candidates, the regex then runs only on them.
    private static final String WEEKDAY_END = "day, ";

    private WikiLeaksDateLine() {}

    /** The text without its first line when that line is the date stamp; otherwise the text unchanged. */
    public static String dropLeading(String text) {
        Matcher m = AT_START.matcher(text);
        return m.find() ? text.substring(m.end()) : text;
    }

    /**
     * The text without the first line that is a date stamp. It is usually the first line; a few cables carry an
     * editor's note above it.
     */
    public static String dropFirstLine(String text) {
        Matcher m = AT_LINE_END.matcher(text);
        for (int at = text.indexOf(WEEKDAY_END); at >= 0; at = text.indexOf(WEEKDAY_END, at + 1)) {
            int start = weekdayStart(text, at);
            if (start >= 0
                    && isLineStart(text, start)
                    && m.region(start, text.length()).lookingAt()) {
                return text.substring(0, start) + text.substring(m.end());
            }
        }
        return text;
    }

    /** Where the weekday name whose {@code "day, "} is at {@code dayAt} starts, or -1 when none ends there. */
    private static int weekdayStart(String text, int dayAt) {
        for (String weekday : WEEKDAYS) {
            int start = dayAt + 3 - weekday.length();
            if (start >= 0 && text.startsWith(weekday, start)) {
                return start;
            }
        }
        return -1;
    }

    /**
     * Whether a multiline {@code ^} would match at {@code i}: the same line terminators as {@link Pattern}, with
     * {@code \r\n} counted as one.
     */
    private static boolean isLineStart(String text, int i) {
        if (i == 0) {
            return true;
        }
        char before = text.charAt(i - 1);
        if (before == '\r') {
            return text.charAt(i) != '\n';
        }
        return before == '\n' || before == '\u0085' || before == '\u2028' || before == '\u2029';
    }

    /**
     * The text without the first date stamp that ends a line, wherever it is glued; the characters around it are
     * joined as they would have been without the stamp ({@code ...WASHINGTON DC} + {@code C O N F I D E N T I A L}).
     */
    public static String dropFirstGlued(String text) {
        Matcher m = AT_LINE_END.matcher(text);
        return m.find() ? text.substring(0, m.start()) + text.substring(m.end()) : text;
    }
}
