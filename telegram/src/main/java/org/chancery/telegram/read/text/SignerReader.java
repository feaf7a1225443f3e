package org.chancery.telegram.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds the signature at the end of a text.
 *
 * <p>From the last line upwards, trailers are skipped ({@code NNNN}, {@code BT}, {@code End Cable Text},
 * "Visit ...'s Classified Website" lines, declassification stamps, bare URLs, lines of punctuation only such as
 * {@code ...} or {@code *****}, a repeated level line). Then up to two lines that are a bare name of one to three
 * words are the signers: capitals ({@code TUTTLE}) always; a capitalised name ({@code Murphy}) or a single lower-case
 * word ({@code jones}) only when the line above is blank or ends a sentence, so the tail of a wrapped sentence is not
 * taken for a name. A second signer line must stand apart in the same way. A name in capitals glued after the last
 * sentence ({@code ... has cleared this message. STEPHENS}) or after {@code END TEXT} also counts. Lines holding
 * words such as END, COMMENT or MINIMIZE are never names.
 */
public final class SignerReader {
    private static final Pattern UPPER_NAME = Pattern.compile("[A-Z][A-Z'’-]{1,30}(?:\\s[A-Z][A-Z'’-]{1,30}){0,2}\\.?");
    private static final Pattern CAPITALISED_NAME =
            Pattern.compile("[A-Z][a-z'’-]{1,30}(?:[A-Z][a-z]{1,20})?(?:\\s[A-Z][a-z'’-]{1,30}){0,2}\\.?");
    private static final Pattern LOWER_NAME = Pattern.compile("[a-z][a-z'’-]{2,30}");
    private static final Pattern VISIT = Pattern.compile("(?i)[\"“]?\\s?Visit\\s.{1,60}?Classified\\s?Web\\s?site.*$");
    private static final Pattern END_TEXT_SIGNER =
            Pattern.compile("(?i)^(.{0,60}\\bend\\b.{0,30}\\btext\\b\\.?)\\s+([A-Z][A-Z'’-]{2,30})$");
    /** "... has cleared this message. STEPHENS": a name in capitals glued after the last sentence. */
    private static final Pattern GLUED_SIGNER = Pattern.compile("[.!?\"”)]\\s{1,6}([A-Z][A-Z'’-]{2,30})\\s?\\.?$");

    private static final Pattern NO_WORDS = Pattern.compile("[\\p{Punct}\\s*]{1,200}");
    private static final Pattern SPACE_DOT_END = Pattern.compile("\\s\\.$");
    private static final Pattern OPTIONAL_SPACE_DOT_END = Pattern.compile("\\s?\\.$");
    private static final Pattern DOT_END = Pattern.compile("\\.$");
    private static final Pattern NAME_SEPARATORS = Pattern.compile("[\\s,]+");
    private static final Pattern SENTENCE_END = Pattern.compile(".*[.!?\"”)]$");
    private static final Pattern SERIAL = Pattern.compile("#\\d{1,7}");
    private static final Pattern URL = Pattern.compile("(HTTPS?://|WWW\\.)\\S+");
    /** The second line of a wrapped release stamp: "Review 30 JUN 2006". */
    private static final Pattern REVIEW_DATE =
            Pattern.compile("(?i)(?:EO\\s)?(?:systematic\\s)?review\\s\\d{1,2}\\s[a-z]{3}\\s\\d{4}");
    /** Marks the publisher or the relay left after a signature: "GILLESPIE##". */
    private static final Pattern TRAILING_HASHES = Pattern.compile("#{1,4}$");

    private static final int WRAPPED_LINE_WORDS = 5;
    private static final int GLUE_WINDOW = 200;
    /** Words that make a short line something other than a name ("END COMMENT", "MINIMIZE CONSIDERED"). */
    private static final Set<String> NOT_NAMES = Set.of(
            "END",
            "COMMENT",
            "SUMMARY",
            "TEXT",
            "NNNN",
            "BT",
            "SIPDIS",
            "NOFORN",
            "UNCLASSIFIED",
            "UNCLAS",
            "CONFIDENTIAL",
            "SECRET",
            "NOTE",
            "ACTION",
            "BACKGROUND",
            "XXXXXXXXXXXX",
            "ENDS",
            "SENSITIVE",
            "NODIS",
            "EXDIS",
            "LIMDIS",
            "OK",
            "ADDED",
            "CORRECTED",
            "COPY",
            "DECLASSIFIED",
            "INFO",
            "FYI",
            "QUOTE",
            "UNQUOTE",
            "MINIMIZE",
            "CONSIDERED",
            "REQUEST",
            "CONCLUSION",
            "ASSISTANCE",
            "POINTS",
            "LIST",
            "THE",
            "AND",
            "OF",
            "FOR",
            "TO",
            "IN",
            "REGARDS",
            "THANKS",
            "CLEARED",
            "DRAFTED",
            "APPROVED");

    private SignerReader() {}

    /**
     * The signers, the index of the first line of the signature block (lines from there on are not text), and the
     * replacement for the last text line when a trailer or the signer was glued to it (else null).
     */
    public record Result(List<String> signers, int signatureStart, String lastTextLine) {}

    public static Result read(List<String> lines, int from) {
        int i = lines.size() - 1;
        while (i >= from && (lines.get(i).isBlank() || isTrailer(lines.get(i).strip()))) {
            i--;
        }
        List<String> signers = new ArrayList<>();
        int start = i + 1;
        while (i >= from && signers.size() < 2) {
            String t = withoutHashes(lines.get(i).strip());
            String above = i > from ? lines.get(i - 1) : "";
            // a second signer line must stand apart too, or it is likely a closing phrase ("END ACTION / REQUEST")
            if (isName(t, above) && (signers.isEmpty() || standsApart(above))) {
                signers.add(0, single(OPTIONAL_SPACE_DOT_END.matcher(t).replaceAll("")));
                start = i;
                i--;
                while (i >= from
                        && !lines.get(i).isBlank()
                        && isTrailer(lines.get(i).strip())) {
                    start = i;
                    i--;
                }
            } else {
                break;
            }
        }
        while (!signers.isEmpty() && i >= from && lines.get(i).isBlank()) {
            i--; // the last text line, above the blank lines before the signature
            start = i + 1;
        }
        String replacement = null;
        if (i >= from) {
            String last = lines.get(i);
            if (signers.isEmpty()) {
                String t = last.strip();
                int offset = Math.max(0, t.length() - GLUE_WINDOW);
                Matcher endText = END_TEXT_SIGNER.matcher(t.length() > GLUE_WINDOW ? "" : t);
                Matcher glued = GLUED_SIGNER.matcher(t.substring(offset));
                if (endText.find()) {
                    signers.add(endText.group(2));
                    replacement = endText.group(1);
                    start = i + 1;
                } else if (glued.find() && !NOT_NAMES.contains(glued.group(1))) {
                    signers.add(glued.group(1));
                    replacement = t.substring(0, offset + glued.start(1)).stripTrailing();
                    start = i + 1;
                }
            }
            String base = replacement != null ? replacement : last;
            Matcher visit = VISIT.matcher(base);
            if (AsciiCase.contains(base, "visit") && visit.find() && visit.start() > 0) {
                replacement = base.substring(0, visit.start()).stripTrailing();
            }
        }
        return new Result(List.copyOf(signers), Math.max(start, from), replacement);
    }

    /**
     * Whether a pattern ending in {@code \\.$} can match: the dot must be last, or come before the final line
     * terminator, which {@code $} also matches in front of. When not, the pattern is not run over the line.
     */
    private static boolean mayEndWithDot(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return last == '.' || last == '\n' || last == '\r' || last == '\u0085' || last == '\u2028' || last == '\u2029';
    }

    private static String withoutHashes(String t) {
        return t.endsWith("#") ? TRAILING_HASHES.matcher(t).replaceAll("").stripTrailing() : t;
    }

    private static boolean isName(String line, String above) {
        String t = mayEndWithDot(line) ? SPACE_DOT_END.matcher(line).replaceAll("") : line;
        if (t.isEmpty() || t.length() > 40) {
            return false;
        }
        if (wrappedTail(t, above)) {
            return false;
        }
        String undotted = mayEndWithDot(t) ? DOT_END.matcher(t).replaceAll("") : t;
        for (String w : NAME_SEPARATORS.split(undotted.toUpperCase(Locale.ROOT))) {
            if (NOT_NAMES.contains(w)) {
                return false;
            }
        }
        if (UPPER_NAME.matcher(t).matches()) {
            return true;
        }
        if (!CAPITALISED_NAME.matcher(t).matches() && !LOWER_NAME.matcher(t).matches()) {
            return false;
        }
        return standsApart(above);
    }

    /**
     * Whether a short line is the last word(s) of a sentence wrapped from the line above ("... RESUME NEXT WEEK IN" +
     * "GENEVA."): the line above is a line of running text that does not end a sentence, and this line ends one.
     */
    private static boolean wrappedTail(String t, String above) {
        if (standsApart(above) || !(t.endsWith(".") || t.endsWith("?") || t.endsWith("!"))) {
            return false;
        }
        return Whitespace.words(above).length >= WRAPPED_LINE_WORDS;
    }

    private static boolean standsApart(String above) {
        String a = above.strip();
        return a.isEmpty() || SENTENCE_END.matcher(a).matches() || isTrailer(a);
    }

    /** "SHANNON SHANNON" (a name repeated by the publisher) is one name. */
    private static String single(String name) {
        String[] words = Whitespace.words(name);
        for (String w : words) {
            if (!w.equalsIgnoreCase(words[0])) {
                return name;
            }
        }
        return words[0];
    }

    static boolean isTrailer(String t) {
        if (t.isEmpty()) {
            return false;
        }
        String u = t.toUpperCase(Locale.ROOT);
        return u.equals("NNNN")
                || u.equals("BT")
                || u.startsWith("END CABLE TEXT")
                || (t.length() < 300 && VISIT.matcher(t).lookingAt())
                || u.startsWith("DECLASSIFIED/RELEASED")
                || u.startsWith("SYSTEMATIC REVIEW")
                || u.startsWith("NOTE BY OC/T")
                || (t.length() < 40 && REVIEW_DATE.matcher(t).matches())
                || (t.length() <= 200 && NO_WORDS.matcher(t).matches())
                || u.equals("CONFIDENTIAL")
                || u.equals("SECRET")
                || u.equals("UNCLASSIFIED")
                || SERIAL.matcher(u).matches()
                || (t.length() < 300 && URL.matcher(u).matches());
    }
}
