package org.chancery.telegram.read.header;

import java.util.regex.Pattern;

/** Cheap tests of what a single header or text line looks like. Lines longer than a header line are never one. */
final class LineShapes {

    private static final int MAX_HEADER_LINE = 200;

    private static final Pattern FORMAT_LINE = Pattern.compile(
            "(?:VZCZC|DE +R[A-Z0-9]{2,7} +#|ZN[YR] |PAGE +[0-9]|ACTION +[A-Z]|ORIGIN +[A-Z]|FM |TO |INFO |"
                    + "(?:[A-Z]{1,2} ){0,2}[0-3][0-9] ?[0-2][0-9][0-5][0-9]Z [A-Za-z]{3} [0-9]{2})");

    private static final Pattern ADDRESSEE_LINE = Pattern.compile("[A-Z0-9 /&().,'#+:-]{1,200}");

    private static final Pattern TEXT_LINE = Pattern.compile("(?:E\\.? ?O\\.? ?1[0-9]{4}|SUBJECT:|TAGS:? [A-Z]{4}|¶)");

    private LineShapes() {}

    /** FL1 to FL8, a {@code PAGE} line or an office block line: proof that a header is still going on. */
    static boolean isFormatLine(String line) {
        return line.length() <= MAX_HEADER_LINE
                && FORMAT_LINE.matcher(line.stripLeading()).lookingAt();
    }

    /** A line that can belong to the addressee lines after {@code FM}: upper case, no sentence punctuation. */
    static boolean isAddresseeLike(String line) {
        String s = line.strip();
        return s.isEmpty()
                || (s.length() <= MAX_HEADER_LINE
                        && ADDRESSEE_LINE.matcher(s).matches()
                        && !s.contains(". ")
                        && !s.contains(": ")
                        && !s.endsWith("."));
    }

    /** A line only a telegram's text has: the E.O. line, SUBJECT, TAGS, a numbered paragraph. */
    static boolean isTextLine(String line) {
        return line.length() <= MAX_HEADER_LINE * 50
                && TEXT_LINE.matcher(line.stripLeading()).lookingAt();
    }

    static boolean isOriginatorLine(String line) {
        return line.startsWith("FM ") && line.length() <= MAX_HEADER_LINE;
    }
}
