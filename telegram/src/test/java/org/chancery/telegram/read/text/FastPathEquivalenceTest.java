package org.chancery.telegram.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The per-line readers skip their patterns when a cheap character test shows they cannot match. This test keeps the
 * plain pattern-only readings they replaced as oracles, and checks that both answer the same on every line of the
 * corpus and on variants of those lines made to hit the edge cases of the tests: other cases, tabs and form feeds,
 * non-ASCII whitespace, letters that upper-case to ASCII ({@code ſ}, {@code ß}), a trailing {@code U+0085}, digits.
 */
class FastPathEquivalenceTest {
    private static final String[] ODD = {
        "ſ", "ß", "ı", "K", "\u2003", "\u000B", "\f", "\t", "\u001C", "\u0085", "¶", "//", "0", "00001", "2968",
        " PAGE ", " OF ", ".", ":", ",", ";", "/", "(", "-", "é"
    };

    private static List<String> lines;

    @BeforeAll
    static void lines() throws IOException {
        Optional<Path> shared = SharedCorpus.folder();
        List<String> all = new ArrayList<>(List.of(
                "SIPDIS",
                "S I P D I S",
                "ſipdis",
                "NOFORN SIPDIS",
                "REL TO USA, GBR",
                "REL TO",
                "FOR OFFICIAL USE ONLY",
                "sensitive\u2003",
                "SIPDIS.\u0085",
                "\u001CSIPDIS",
                "E F T O",
                "I S I P D I S",
                ", SIPDIS",
                "SECRET",
                "  Limited Official Use  ",
                "VALDORIA 00001234  002 OF 003",
                "the talks ended. VALDORIA 00001234 001.2 OF 003 The minister",
                "PAGE 02 KESTREL 04411 01 OF 03 291400Z",
                "PAGE 03",
                "PAGE 02 VALDORIA 1234 AND MORE 5678",
                "Ostrava 00003010 008 of 008",
                "TAGS: PREL PGOV",
                "subject: a talk",
                "¶1. (C) Classified by Ann Example",
                "(U) CLASSIFIED BY: someone",
                "REFS A. KESTREL 12",
                "E.O. 12958: DECL: 11/28/2018",
                "DECL: OADR",
                "DECLASSIFY ON: 2018-12-31",
                "DECL 1.4(B),(D) 05/06/2033",
                "DECL INED",
                "PAGE 02 RUEHVXA0412 C O N F I D E N T I A L VALDORIA 000412"));
        if (shared.isPresent()) {
            for (Path record : SharedCorpus.records(shared.get())) {
                all.addAll(SharedCorpus.read(record).lines().toList());
            }
        }
        Random random = new Random(7);
        int corpus = all.size();
        for (int i = 0; i < corpus; i++) {
            String line = all.get(i);
            all.add(line.toLowerCase(Locale.ROOT));
            all.add(withOdd(line, random));
            all.add(withOdd(withOdd(line, random), random));
        }
        lines = all;
    }

    @Test
    void captionLinesReadAsBefore() {
        int captions = 0;
        for (String line : lines) {
            Optional<Handling.Captioned> expected = Oracle.captionLine(line);
            assertThat(Handling.captionLine(line)).as(line).isEqualTo(expected);
            captions += expected.isPresent() ? 1 : 0;
        }
        assertThat(captions).as("caption lines met").isGreaterThan(5);
    }

    @Test
    void pageBreaksStripAsBefore() {
        int breaks = 0;
        for (String line : lines) {
            String expected = Oracle.strip(line, "VALDORIA");
            assertThat(PageBreaks.strip(line, "VALDORIA")).as(line).isEqualTo(expected);
            breaks += expected.equals(line) ? 0 : 1;
        }
        assertThat(breaks).as("lines with a page break").isGreaterThan(5);
    }

    @Test
    void fieldLabelsRecognisedAsBefore() {
        for (String line : lines) {
            assertThat(Field.opening(line)).as(line).isEqualTo(Oracle.opening(line));
        }
    }

    @Test
    void spacedLettersAndWhitespaceAsBefore() {
        for (String line : lines) {
            assertThat(SpacedLetters.collapse(line)).as(line).isEqualTo(Oracle.collapse(line));
            assertThat(Whitespace.single(line)).as(line).isEqualTo(line.replaceAll("\\s+", " "));
            assertThat(Whitespace.removed(line)).as(line).isEqualTo(line.replaceAll("\\s+", ""));
        }
    }

    @Test
    void asciiCaseIgnoresTheCaseOfAsciiLettersOnly() {
        assertThat(AsciiCase.contains("see Page 2", "page")).isTrue();
        assertThat(AsciiCase.contains("PAGE", "page")).isTrue();
        assertThat(AsciiCase.contains("pag", "page")).isFalse();
        assertThat(AsciiCase.contains("ſummary", "summary")).isFalse(); // as (?i) without UNICODE_CASE
        assertThat(AsciiCase.indexOf("summary; End Summary", "summary", 1)).isEqualTo(13);
        for (String line : lines) {
            boolean expected = Pattern.compile("(?i)page").matcher(line).find();
            assertThat(AsciiCase.contains(line, "page")).as(line).isEqualTo(expected);
        }
    }

    private static String withOdd(String line, Random random) {
        int at = line.isEmpty() ? 0 : random.nextInt(line.length() + 1);
        String odd = ODD[random.nextInt(ODD.length)];
        return random.nextBoolean() ? line.substring(0, at) + odd + line.substring(at) : odd + line;
    }

    /** The readings as they were before the cheap tests, patterns only. */
    private static final class Oracle {
        private static final Pattern CORE =
                Pattern.compile("(?i)\\b\\d{5,8}\\s{1,6}\\d{3}(?:\\.\\d)?\\s{1,6}OF\\s{1,6}\\d{3}\\b");
        private static final Pattern OLD_PAGE = Pattern.compile(
                "(?i)\\bPAGE\\s{1,6}\\d{2,3}\\s{1,6}(?:[A-Z][A-Z.'-]{0,20}\\s{1,6}){1,4}\\d{3,6}\\s{1,6}\\d{2}\\s{1,6}OF"
                        + "\\s{1,6}\\d{2}(?:\\s{1,6}\\d{6}Z)?");
        private static final Pattern LONE_PAGE =
                Pattern.compile("(?i)^PAGE\\s{1,6}\\d{2,3}(?:\\s{1,8}\\S{1,30}){0,10}$");
        private static final Pattern ROUTED_PAGE =
                Pattern.compile("^PAGE\\s{1,6}\\d{2,3}\\s{1,6}R[A-Z]{3,7}\\d{1,6}\\s[A-Z0-9 ]{0,80}$");
        private static final Pattern LONE_LEVEL =
                Pattern.compile("(?i)^(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|TOP SECRET|LIMITED OFFICIAL USE)$");
        private static final Pattern UPPER_WORD = Pattern.compile("[A-Z][A-Z.'-]*");
        private static final List<Pattern> LABELS = List.of(
                Pattern.compile(
                        "(?i)^(?:E\\.?\\s?O\\.?\\s?1\\d{4}\\b|DECL\\s*:|DECLASSIFY\\s+ON\\b|DECL\\s+(?=[0-9X]|OADR\\b|N/A)"
                                + "|DECLASSIFIED\\s+BY\\b)"),
                Pattern.compile("(?i)^TAGS?(?:\\s*:|\\s+(?=\\S))"),
                Pattern.compile("(?i)^SUBJ(?:ECT)?\\s*:|^SUBJECT\\s+(?=\\S)"),
                Pattern.compile("(?i)^(?:REF(?:TEL)?S?|REFERENCES?)\\s*:|^REFS?\\s+(?=[A-Z(])"),
                Pattern.compile("(?i)^(?:¶?\\s?\\d{1,2}\\.\\s{0,3})?(?:\\(\\w{1,4}\\)\\s*)?CLASSIFIED\\s+BY\\b"));

        static Field opening(String line) {
            String t = line.strip();
            for (int i = 0; i < LABELS.size(); i++) {
                if (LABELS.get(i).matcher(t).find()) {
                    return Field.values()[i];
                }
            }
            return null;
        }

        static String collapse(String text) {
            String[] tokens = text.strip().split("\\s+");
            StringBuilder out = new StringBuilder(text.length());
            int i = 0;
            while (i < tokens.length) {
                int j = i;
                while (j < tokens.length && tokens[j].length() == 1 && Character.isLetter(tokens[j].charAt(0))) {
                    j++;
                }
                if (out.length() > 0) {
                    out.append(' ');
                }
                if (j - i >= 3) {
                    for (int k = i; k < j; k++) {
                        out.append(tokens[k]);
                    }
                    i = j;
                } else {
                    out.append(tokens[i]);
                    i++;
                }
            }
            return out.toString();
        }

        static Optional<Handling.Captioned> captionLine(String line) {
            if (line == null || line.length() > 120) {
                return Optional.empty();
            }
            String t = collapse(line.strip()).toUpperCase(Locale.ROOT);
            if (t.isEmpty()) {
                return Optional.empty();
            }
            Set<String> captions = new LinkedHashSet<>();
            Set<String> caveats = new LinkedHashSet<>();
            String[] words = t.split("[\\s,;/]+");
            for (int i = 0; i < words.length; i++) {
                String w = words[i];
                if (w.isEmpty()) {
                    continue;
                }
                if (w.equals("REL") && i + 1 < words.length && words[i + 1].equals("TO")) {
                    List<String> countries = new ArrayList<>();
                    int j = i + 2;
                    while (j < words.length && (isCountryCode(words[j]) || words[j].equals("AND"))) {
                        if (!words[j].equals("AND")) {
                            countries.add(clean(words[j]));
                        }
                        j++;
                    }
                    if (countries.isEmpty()) {
                        return Optional.empty();
                    }
                    caveats.add(Handling.releasableTo(countries));
                    i = j - 1;
                    continue;
                }
                if (w.equals("FOR")
                        && i + 3 < words.length
                        && words[i + 1].equals("OFFICIAL")
                        && words[i + 2].equals("USE")
                        && words[i + 3].equals("ONLY")) {
                    caveats.add("FOUO");
                    i += 3;
                    continue;
                }
                String c = clean(w);
                if (Set.of("SIPDIS", "NODIS", "EXDIS", "LIMDIS", "STADIS", "ROGER", "CHEROKEE", "NOTAL", "DISSENT")
                        .contains(c)) {
                    captions.add(c);
                } else if (caveat(c) != null) {
                    caveats.add(caveat(c));
                } else {
                    return Optional.empty();
                }
            }
            if (captions.isEmpty() && caveats.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new Handling.Captioned(List.copyOf(captions), List.copyOf(caveats)));
        }

        private static String caveat(String w) {
            return switch (w) {
                case "NOFORN", "NF" -> "NOFORN";
                case "ORCON", "OC" -> "ORCON";
                case "SBU", "SENSITIVE" -> "SBU";
                case "FOUO", "EFTO", "NOCONTRACT", "PROPIN", "FGI", "IMCON" -> w;
                default -> null;
            };
        }

        private static boolean isCountryCode(String word) {
            String w = clean(word);
            return w.length() >= 2 && w.length() <= 4 && w.chars().allMatch(c -> c >= 'A' && c <= 'Z');
        }

        private static String clean(String word) {
            return word.strip().toUpperCase(Locale.ROOT).replaceAll("[.,;:]+$", "");
        }

        static String strip(String line, String post) {
            if (line.isEmpty()) {
                return line;
            }
            String stripped = line.strip();
            if (stripped.length() < 40 && LONE_LEVEL.matcher(stripped).matches()) {
                return "";
            }
            String result = removeOldPages(line);
            if (result == line
                    && stripped.length() < 90
                    && (LONE_PAGE.matcher(stripped).matches()
                            || ROUTED_PAGE.matcher(stripped).matches())
                    && stripped.substring(4).chars().filter(Character::isDigit).count() >= 4) {
                return "";
            }
            Matcher m = CORE.matcher(result);
            StringBuilder out = null;
            int last = 0;
            while (m.find()) {
                if (out == null) {
                    out = new StringBuilder(result.length());
                }
                int start = postStart(result, m.start(), post);
                join(out, result.substring(last, start));
                last = m.end();
            }
            if (out == null) {
                return result;
            }
            join(out, result.substring(last));
            return out.toString();
        }

        private static String removeOldPages(String line) {
            Matcher m = OLD_PAGE.matcher(line);
            if (!m.find()) {
                return line;
            }
            StringBuilder out = new StringBuilder(line.length());
            int last = 0;
            do {
                join(out, line.substring(last, m.start()));
                last = m.end();
            } while (m.find());
            join(out, line.substring(last));
            return out.toString();
        }

        private static int postStart(String s, int coreStart, String post) {
            int end = coreStart;
            while (end > 0 && Character.isWhitespace(s.charAt(end - 1))) {
                end--;
            }
            String p = post.strip().toUpperCase(Locale.ROOT);
            int from = end - p.length();
            if (from >= 0 && s.substring(from, end).toUpperCase(Locale.ROOT).equals(p)) {
                return from;
            }
            int start = end;
            for (int words = 0; words < 4; words++) {
                int wEnd = start;
                while (wEnd > 0 && Character.isWhitespace(s.charAt(wEnd - 1))) {
                    wEnd--;
                }
                int wStart = wEnd;
                while (wStart > 0 && !Character.isWhitespace(s.charAt(wStart - 1)) && wEnd - wStart < 30) {
                    wStart--;
                }
                if (wStart == wEnd
                        || !UPPER_WORD.matcher(s.substring(wStart, wEnd)).matches()) {
                    break;
                }
                start = wStart;
                if (wStart == 0) {
                    break;
                }
            }
            String before = s.substring(0, end).strip();
            if (start == end
                    && !before.isEmpty()
                    && before.length() <= 40
                    && before.matches("[A-Za-z .'-]+")
                    && before.split("\\s+").length <= 4) {
                return 0;
            }
            return start;
        }

        private static void join(StringBuilder out, String piece) {
            if (piece.isBlank()) {
                return;
            }
            if (out.length() > 0) {
                int len = out.length();
                while (len > 0 && Character.isWhitespace(out.charAt(len - 1))) {
                    len--;
                }
                out.setLength(len);
                out.append(' ').append(piece.stripLeading());
            } else {
                out.append(piece);
            }
        }
    }
}
