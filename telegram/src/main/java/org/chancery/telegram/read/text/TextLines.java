package org.chancery.telegram.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Line splitting and the lines that only say where or when a text was published, not what it says. */
public final class TextLines {
    private static final Pattern WIKILEAKS_DATE = Pattern.compile(
            "(?i)^(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday),\\s{1,3}\\d{1,2}\\s{1,3}[A-Za-z]{3,9}"
                    + "\\s{1,3}\\d{4},\\s{1,3}\\d{1,2}:\\d{2}$");
    private static final Pattern DTG = Pattern.compile("(?i)^\\d{6}Z\\s{1,3}[A-Za-z]{3}\\s{1,3}\\d{2}$");
    private static final int MAX_NOTE = 300;

    private TextLines() {}

    /** The text's lines, for any line ending ({@code \n}, {@code \r\n}, {@code \r}), trailing blanks removed. */
    public static List<String> split(String text) {
        List<String> lines = new ArrayList<>();
        int start = 0;
        int n = text.length();
        for (int i = 0; i < n; i++) {
            char c = text.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(text.substring(start, i).stripTrailing());
                if (c == '\r' && i + 1 < n && text.charAt(i + 1) == '\n') {
                    i++;
                }
                start = i + 1;
            }
        }
        lines.add(text.substring(start).stripTrailing());
        return lines;
    }

    /**
     * Whether the line is publication apparatus before a text: WikiLeaks' date line
     * ({@code Friday, 11 January 2008, 11:28}), a bare DTG ({@code 201247Z Jan 04}) or the partial-extract note.
     */
    public static boolean isApparatus(String line) {
        String t = line.strip();
        if (t.length() > MAX_NOTE) {
            return false;
        }
        return WIKILEAKS_DATE.matcher(t).matches() || DTG.matcher(t).matches() || isPartialNote(t);
    }

    /** Whether the line is the "partial extract of the original cable" note of extracted records. */
    public static boolean isPartialNote(String line) {
        return line.length() <= MAX_NOTE
                && line.toLowerCase(java.util.Locale.ROOT).contains("partial extract of the");
    }
}
