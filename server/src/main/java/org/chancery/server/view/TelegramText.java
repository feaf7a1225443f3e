package org.chancery.server.view;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.archive.marking.Redaction;

/**
 * The telegram as sent, line by line, with each paragraph's portion marking picked out so the page can colour it by
 * level, and the lines of withheld paragraphs flagged.
 *
 * @param lines every line of the telegram, in order
 */
public record TelegramText(List<Line> lines) {

    /**
     * One line: the text before a portion marking, the marking itself (with its parentheses, or empty), the rest.
     *
     * @param level css level of the marking: {@code u}, {@code c}, {@code s}, {@code ts}, {@code sbu}; empty when
     *     the line has no marking
     * @param withheld whether the line carries the withheld-paragraph notice
     */
    public record Line(String before, String marking, String after, String level, boolean withheld) {}

    /** A paragraph opening: an optional number ({@code ¶1.}, {@code 1.}) and a marking in parentheses. */
    private static final Pattern MARKED = Pattern.compile(
            "^(\\s*(?:¶\\s*)?\\d{1,3}\\s*\\.\\s*|\\s*)\\(((?:TS|S|C|U|SBU|FOUO)(?://?[A-Z][A-Z ]*)*)\\)");

    public static TelegramText of(String telegram) {
        List<Line> lines = new ArrayList<>();
        for (String raw : telegram.split("\r?\n", -1)) {
            boolean withheld = raw.contains(Redaction.WITHHELD) || raw.contains("[withheld]");
            Matcher m = MARKED.matcher(raw);
            if (m.find()) {
                String marking = m.group(2);
                lines.add(new Line(m.group(1), "(" + marking + ")", raw.substring(m.end()), level(marking), withheld));
            } else {
                lines.add(new Line(raw, "", "", "", withheld));
            }
        }
        return new TelegramText(lines);
    }

    /** The css level of a marking: its classification part, before any caveat ({@code S/NF} is {@code s}). */
    static String level(String marking) {
        String head = marking.split("/", 2)[0].trim().toUpperCase(Locale.ROOT);
        return switch (head) {
            case "TS" -> "ts";
            case "S" -> "s";
            case "C" -> "c";
            case "SBU", "FOUO" -> "sbu";
            default -> "u";
        };
    }
}
