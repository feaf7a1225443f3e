package org.chancery.telegram.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The labelled fields at the top of a text, in the order cables write them, and how to recognise their labels.
 * Older and extracted texts glue several fields onto one line
 * ({@code E.o. 12958: decl: 01/07/2014 Tags: prel, pgov Subject: ...}); {@link #split} cuts such a line at the
 * labels of the fields that follow.
 */
public enum Field {
    DECLASSIFICATION(
            "(?i)^(?:E\\.?\\s?O\\.?\\s?1\\d{4}\\b|DECL\\s*:|DECLASSIFY\\s+ON\\b|DECL\\s+(?=[0-9X]|OADR\\b|N/A)"
                    + "|DECLASSIFIED\\s+BY\\b)",
            "(?i)\\s(?=E\\.?\\s?O\\.?\\s?1\\d{4}\\b)", "e"),
    // inside a line, TAGS without a colon in any case: "decl: 01/07/2018 tags prel, pgov"
    TAGS("(?i)^TAGS?(?:\\s*:|\\s+(?=\\S))", "(?i)\\sTAGS?\\s*:|\\sTAGS\\s(?=[A-Z]{2,5}\\b)", "tag"),
    SUBJECT("(?i)^SUBJ(?:ECT)?\\s*:|^SUBJECT\\s+(?=\\S)", "(?i)\\sSUBJ(?:ECT)?\\s*:", "subj"),
    REFERENCES(
            "(?i)^(?:PROGRAM\\s+)?(?:REF(?:TEL)?S?|REF\\(S\\)|REFERENCES?)\\s*:|^REFS?\\s+(?=[A-Z(])",
            // also glued to the subject's last word when the newline before it was lost: "UK PRIMEREF: A. LONDON"
            "(?i)\\s(?:PROGRAM\\s+)?(?:REF(?:TEL)?S?|REF\\(S\\)|REFERENCES?)\\s*:|(?<=[A-Z])REFS?:(?=\\s*\\(?A[.)])",
            "ref"),
    CLASSIFIED_BY(
            "(?i)^(?:¶?\\s?\\d{1,2}\\.\\s{0,3})?(?:\\(\\w{1,4}\\)\\s*)?CLASSIFIED\\s+BY\\b",
            "(?i)\\s(?:\\(\\w{1,4}\\)\\s*)?CLASSIFIED\\s+BY\\b",
            "classified");

    private static final int MAX_LABELLED_LINE = 2000;

    private final Pattern label;
    private final Pattern inside;
    /**
     * A word (lower case) that every match of {@link #inside} contains, ignoring ASCII case: where it is absent, the
     * pattern is not run over the line.
     */
    private final String insideWord;

    Field(String label, String inside, String insideWord) {
        this.label = Pattern.compile(label);
        this.inside = Pattern.compile(inside);
        this.insideWord = insideWord;
    }

    /** The field whose label opens the line, or null. */
    public static Field opening(String line) {
        // the first character after leading whitespace (as strip() skips it) picks the candidate; most lines have
        // none, and are turned away without the copy strip() makes
        int first = 0;
        while (first < line.length() && Character.isWhitespace(line.charAt(first))) {
            first++;
        }
        if (first == line.length()) {
            return null;
        }
        Field candidate = candidate(line.charAt(first));
        if ((line.charAt(first) | 0x20) == 'p' && !line.regionMatches(true, first, "PROGRAM", 0, 7)) {
            return null; // of the lines starting with P, only "PROGRAM REF:" opens a field
        }
        if (candidate == null) {
            return null;
        }
        int end = line.length();
        while (end > first && Character.isWhitespace(line.charAt(end - 1))) {
            end--;
        }
        // the stripped line as a region (anchoring bounds: ^ and $ at its ends), without copying it
        return candidate.label.matcher(line).region(first, end).lookingAt() ? candidate : null;
    }

    /**
     * The one field whose label can start with this character (labels are case-insensitive for ASCII only), or
     * null; the labels' first characters do not overlap, so no other field needs trying.
     */
    private static Field candidate(char first) {
        if (first >= '0' && first <= '9' || first == '(' || first == '¶') {
            return CLASSIFIED_BY; // "¶1. (U) Classified by ..."
        }
        return switch (first | 0x20) {
            case 'e', 'd' -> DECLASSIFICATION;
            case 't' -> TAGS;
            case 's' -> SUBJECT;
            case 'r', 'p' -> REFERENCES; // "PROGRAM REF:"
            case 'c' -> CLASSIFIED_BY;
            default -> null;
        };
    }

    /**
     * Where the first field label inside the line (after whitespace, as {@link #split} finds later labels) begins, or
     * -1: a text that lost its line breaks carries its fields after the banner.
     */
    static int firstInside(String line) {
        int first = -1;
        for (Field f : values()) {
            if (AsciiCase.indexOf(line, f.insideWord, 0) < 0) {
                continue;
            }
            Matcher m = f.inside.matcher(line);
            if (m.find() && (first < 0 || m.start() < first)) {
                first = m.start();
            }
        }
        return first;
    }

    /** The text after this field's label ({@code TAGS: PREL} → {@code PREL}). */
    public String content(String line) {
        String t = line.strip();
        if (this == DECLASSIFICATION || this == CLASSIFIED_BY) {
            return t; // their readers parse the label themselves
        }
        Matcher m = label.matcher(t);
        return m.lookingAt() ? t.substring(m.end()).strip() : t;
    }

    /**
     * Cuts a line that opens with a field at the labels of later fields glued onto it; each piece opens with its own
     * label. Lines that open no field come back whole.
     */
    public static List<String> split(String line) {
        List<String> pieces = new ArrayList<>();
        String rest = line.strip();
        while (true) {
            Field f = opening(rest);
            if (f == null || rest.length() > MAX_LABELLED_LINE) {
                pieces.add(rest);
                return pieces;
            }
            int cut = -1;
            for (Field later : values()) {
                if (later.ordinal() <= f.ordinal()) {
                    continue;
                }
                if (AsciiCase.indexOf(rest, later.insideWord, 1) < 0) {
                    continue; // the pattern needs this word: without it, it cannot match
                }
                Matcher m = later.inside.matcher(rest);
                if (m.find(1) && (cut < 0 || m.start() < cut)) {
                    cut = m.start();
                }
            }
            if (cut < 0) {
                pieces.add(rest);
                return pieces;
            }
            pieces.add(rest.substring(0, cut).strip());
            rest = rest.substring(cut).strip();
        }
    }
}
