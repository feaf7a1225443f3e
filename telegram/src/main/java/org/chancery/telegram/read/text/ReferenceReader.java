package org.chancery.telegram.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.read.ReferenceIds;

/**
 * Splits the text of a REF field (unwrapped, without its {@code REF:} label) into references and recognises the
 * cables among them.
 *
 * <p>Entries are cut at list letters in sequence ({@code A.}, {@code (B)}, {@code C)}, {@code D:}, with or without
 * {@code ¶}; a doubled letter such as {@code A. A)} counts once), else at semicolons, and at commas or colons only
 * when every piece starts with a cable. An entry is a cable when it starts with an optional year ({@code 06},
 * {@code 2006}), a post of one to three words and a serial: {@code 06 TBILISI 2601}, {@code NEW DELHI 345}, or
 * with the year after it in parentheses: {@code DOHA 152 (08)}.
 * Abbreviated posts ({@code SECSTATE}, {@code RIO}) are canonicalised by {@link ReferenceIds}. A cable without a year takes the citing cable's year when known; otherwise its
 * id stays null.
 */
public final class ReferenceReader {
    private static final Pattern CABLE = Pattern.compile(
            "^(?:(\\d{4}|\\d{2})\\s{1,4})?((?:[A-Za-z]{2,20}\\s{1,4}){0,2}[A-Za-z]{2,20})\\s{1,4}(\\d{1,7})(?:\\s{0,2}\\((\\d{2}|\\d{4})\\))?(?=$|[\\s,;.:)])");
    private static final Pattern MARKER = Pattern.compile("^¶?\\s?(?:\\(([A-Za-z])\\)|([A-Za-z])[.):])(.*)$");
    private static final Pattern REF_LABEL =
            Pattern.compile("(?i)^(?:PROGRAM\\s+)?(?:REF\\(S\\)|REF(?:TEL)?S?\\b):?\\s*");
    private static final Pattern ENTRY_EDGES = Pattern.compile("^[,;:\\s]+|[,;:\\s]+$");
    private static final Pattern REDACTED = Pattern.compile("X+");
    private static final Set<String> NOT_POSTS = Set.of(
            "JAN",
            "JANUARY",
            "FEB",
            "FEBRUARY",
            "MAR",
            "MARCH",
            "APR",
            "APRIL",
            "MAY",
            "JUN",
            "JUNE",
            "JUL",
            "JULY",
            "AUG",
            "AUGUST",
            "SEP",
            "SEPT",
            "SEPTEMBER",
            "OCT",
            "OCTOBER",
            "NOV",
            "NOVEMBER",
            "DEC",
            "DECEMBER",
            "EMAIL",
            "MAIL",
            "MEMO",
            "FROM",
            "OF",
            "DATED",
            "AND",
            "IIR",
            "TD",
            "TELCON",
            "FAX",
            "LETTER",
            "PARA",
            "PARAS",
            "PAGE",
            "NO",
            "NUMBER",
            "REPORT",
            "POINTS",
            "DAILY",
            "CIRCULAR",
            "REF",
            "REFTEL",
            "TO",
            "ON",
            "IN");

    private ReferenceReader() {}

    /**
     * The references of a REF field.
     *
     * @param year two-digit year of the citing cable, dating references written without one; may be null
     */
    public static List<Reference> read(String text, String year) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        String t = Whitespace.single(text.strip());
        t = REF_LABEL.matcher(t).replaceFirst("");
        List<String> entries = splitAtLetters(t);
        if (entries.size() <= 1) {
            entries = splitPlain(t);
        }
        List<Reference> refs = new ArrayList<>();
        for (String e : entries) {
            String entry = ENTRY_EDGES.matcher(e.strip()).replaceAll("");
            if (entry.isEmpty()) {
                continue;
            }
            refs.add(new Reference(cableId(entry, year).orElse(null), entry));
        }
        return refs;
    }

    /** The canonical id of a reference that starts with a cable, or empty. */
    public static Optional<String> cableId(String entry, String contextYear) {
        Matcher m = CABLE.matcher(entry.strip());
        if (!m.find()) {
            return Optional.empty();
        }
        String post = m.group(2).toUpperCase(Locale.ROOT);
        for (String w : Whitespace.words(post)) {
            if (NOT_POSTS.contains(w)) {
                return Optional.empty();
            }
        }
        post = Whitespace.removed(post);
        if (REDACTED.matcher(post).matches()) {
            return Optional.empty(); // a redacted post names no cable
        }
        String written = m.group(1) != null ? m.group(1) : m.group(4); // "06 TBILISI 2601" or "DOHA 152 (08)"
        String year = written != null ? written.substring(written.length() - 2) : contextYear;
        return ReferenceIds.of(year, post, m.group(3));
    }

    private static List<String> splitAtLetters(String t) {
        String[] tokens = t.split(" ");
        List<String> entries = new ArrayList<>();
        StringBuilder cur = new StringBuilder();
        // whether cur holds more than whitespace, kept as it grows: testing cur itself at every marker token would
        // copy the growing entry each time, quadratic in a line of repeated markers
        boolean curHasText = false;
        char expected = 'A';
        char last = 0;
        for (String token : tokens) {
            Matcher m = MARKER.matcher(token);
            if (m.matches()) {
                char letter = Character.toUpperCase(
                        m.group(1) != null ? m.group(1).charAt(0) : m.group(2).charAt(0));
                String glued = m.group(3);
                if (letter == last && !curHasText) {
                    curHasText = appendGlued(cur, glued); // "A. A)" writes the letter twice
                    continue;
                }
                if (letter == expected) {
                    if (expected != 'A' || curHasText) {
                        entries.add(cur.toString());
                    }
                    cur.setLength(0);
                    curHasText = appendGlued(cur, glued);
                    last = letter;
                    expected++;
                    continue;
                }
            }
            if (!cur.isEmpty()) {
                cur.append(' ');
            }
            cur.append(token);
            curHasText |= !token.isBlank();
        }
        entries.add(cur.toString());
        if (expected <= 'A') {
            return List.of(t);
        }
        return entries;
    }

    /** Appends the text glued to a marker ({@code A.TEXT}); returns whether there was any. */
    private static boolean appendGlued(StringBuilder cur, String glued) {
        if (glued != null && !glued.isBlank()) {
            if (!cur.isEmpty()) {
                cur.append(' ');
            }
            cur.append(glued.strip());
            return true;
        }
        return false;
    }

    private static List<String> splitPlain(String t) {
        List<String> entries = new ArrayList<>();
        for (String part : t.split(";")) {
            entries.addAll(splitIfAllCables(part, ","));
        }
        List<String> out = new ArrayList<>();
        for (String e : entries) {
            out.addAll(splitIfAllCables(e, ":"));
        }
        return out;
    }

    private static List<String> splitIfAllCables(String text, String separator) {
        String[] pieces = text.split(Pattern.quote(separator));
        if (pieces.length < 2) {
            return List.of(text);
        }
        for (String p : pieces) {
            if (cableId(p.strip(), "00").isEmpty()) {
                return List.of(text);
            }
        }
        return List.of(pieces);
    }
}
