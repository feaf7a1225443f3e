package org.chancery.telegram.read.layout;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.telegram.read.SplitTelegram;

/**
 * What tells a transmission apart as one section of a longer cable: which cable (FL3 originating station and station
 * serial, else the banner's post and serial), which section, and how many sections there are.
 *
 * @param cable the cable's identity, e.g. {@code RUEHLO#2968} or {@code LONDON 002968}
 * @param number this section's number, from 1
 * @param total the banner's section count, or null when only FL3 numbers the section
 */
record SectionMark(String cable, int number, Integer total) {

    /** FL3: {@code DE RUEHLO #2968/01 3331632}. */
    private static final Pattern FL3 =
            Pattern.compile("(?m)^[ \\t]*DE +([A-Z0-9]{4,8}) +#([0-9A-Z]{1,6})(?:/([0-9]{1,3}))?(?=[ \\t\\r]|$)");

    /** The banner line's {@code SECTION 0k OF 0n POST SERIAL}, whatever the level before it. */
    private static final Pattern BANNER_SECTION = Pattern.compile(
            "\\bSECTION +0*([0-9]{1,3}) +OF +0*([0-9]{1,3})\\b(?: +([A-Z][A-Z .'-]{0,40}?) +0*([0-9]{1,8})\\b)?");

    /** A banner line is short; the rest of a line longer than this is never looked at. */
    private static final int MAX_BANNER_LINE = 300;

    /** The section mark of a transmission, or null when it does not say it is a section of a cable. */
    static SectionMark of(SplitTelegram split) {
        Matcher fl3 = FL3.matcher(split.header());
        String station = null;
        Integer fl3Section = null;
        if (fl3.find()) {
            station = fl3.group(1) + "#" + fl3.group(2);
            fl3Section = fl3.group(3) == null ? null : Integer.valueOf(fl3.group(3));
        }
        Matcher banner = BANNER_SECTION.matcher(firstLine(split.text()).toUpperCase(Locale.ROOT));
        boolean hasBanner = banner.find();
        Integer number = hasBanner ? Integer.valueOf(banner.group(1)) : fl3Section;
        if (number == null || number < 1) {
            return null;
        }
        Integer total = hasBanner ? Integer.valueOf(banner.group(2)) : null;
        String cable = station;
        if (cable == null && hasBanner && banner.group(3) != null) {
            cable = banner.group(3).strip() + " " + Integer.parseInt(banner.group(4));
        }
        if (cable == null || (total != null && (total < 2 || number > total))) {
            return null;
        }
        return new SectionMark(cable, number, total);
    }

    /** Whether {@code next} is a later section of the same cable, so that it follows this one in the cable's text. */
    boolean isFollowedBy(SectionMark next) {
        return next != null
                && cable.equals(next.cable)
                && next.number > number
                && (total == null || next.total == null || total.equals(next.total))
                && !isLast();
    }

    /** Whether no section can follow this one. */
    boolean isLast() {
        return total != null && number >= total;
    }

    private static String firstLine(String text) {
        int start = 0;
        while (start < text.length() && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        int end = text.indexOf('\n', start);
        if (end < 0) {
            end = text.length();
        }
        return end - start > MAX_BANNER_LINE ? "" : text.substring(start, end);
    }
}
