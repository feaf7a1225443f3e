package org.chancery.telegram.read.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.chancery.telegram.model.Caveats;

/**
 * The vocabulary of handling caveats and distribution captions, and their normal spellings.
 *
 * <p>Caveats are kept in the closed vocabulary of {@link Caveats} so the archive can facet and decide access on them;
 * {@code REL TO} lists are normalised to {@code REL TO USA, GBR}.
 */
public final class Handling {
    private static final Set<String> CAPTIONS =
            Set.of("SIPDIS", "NODIS", "EXDIS", "LIMDIS", "STADIS", "ROGER", "CHEROKEE", "NOTAL", "DISSENT");

    /** The words a caption line can open with, by length. */
    private static final String[][] FIRST_WORDS_BY_LENGTH = firstWordsByLength();
    /**
     * Per word length, which ASCII characters (upper-cased) the words of that length start with, so that a line
     * whose first word starts otherwise is turned away without comparing it to each word; null for a length where a
     * word starts with a non-ASCII character, whose case rules this table does not hold.
     */
    private static final boolean[][] FIRST_CHARACTERS_BY_LENGTH = firstCharactersByLength();

    private static final int MAX_CAPTION_LINE = 120;
    private static final Pattern WORD_SEPARATORS = Pattern.compile("[\\s,;/]+");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.,;:]+$");

    private Handling() {}

    /** The normal caveat for a word such as {@code NF}, {@code noforn}, {@code SENSITIVE}; empty when not one. */
    public static Optional<String> caveat(String word) {
        return Caveats.normal(clean(word));
    }

    /** The normal caption for a word such as {@code Sipdis}; empty when not a distribution caption. */
    public static Optional<String> caption(String word) {
        String w = clean(word);
        return CAPTIONS.contains(w) ? Optional.of(w) : Optional.empty();
    }

    /** {@code REL TO} followed by its countries, normalised: {@code REL TO USA, GBR}. */
    public static String releasableTo(List<String> countries) {
        return Caveats.releasableTo(countries);
    }

    /** Whether the word is a country trigraph/digraph as used in REL TO lists ({@code USA}, {@code FVEY}). */
    public static boolean isCountryCode(String word) {
        String w = clean(word);
        return w.length() >= 2 && w.length() <= 4 && w.chars().allMatch(c -> c >= 'A' && c <= 'Z');
    }

    /**
     * Reads a caption/caveat line such as {@code SIPDIS}, {@code NOFORN}, {@code SENSITIVE SIPDIS},
     * {@code REL TO USA, GBR}; empty when the line holds anything else.
     */
    public static Optional<Captioned> captionLine(String line) {
        if (line == null || line.length() > MAX_CAPTION_LINE || !mayBeCaptionLine(line)) {
            return Optional.empty();
        }
        String t = SpacedLetters.collapse(line.strip()).toUpperCase(Locale.ROOT);
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Set<String> captions = new LinkedHashSet<>();
        Set<String> caveats = new LinkedHashSet<>();
        String[] words = WORD_SEPARATORS.split(t);
        for (int i = 0; i < words.length; i++) {
            String w = words[i];
            if (w.isEmpty()) {
                continue;
            }
            if (w.equals("REL") && i + 1 < words.length && words[i + 1].equals("TO")) {
                List<String> countries = new java.util.ArrayList<>();
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
                caveats.add(releasableTo(countries));
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
            Optional<String> caption = caption(w);
            Optional<String> caveat = caveat(w);
            if (caption.isPresent()) {
                captions.add(caption.get());
            } else if (caveat.isPresent()) {
                caveats.add(caveat.get());
            } else {
                return Optional.empty();
            }
        }
        if (captions.isEmpty() && caveats.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new Captioned(List.copyOf(captions), List.copyOf(caveats)));
    }

    /**
     * A cheap test that rules out almost every line of prose before the full reading, which is the costly part of
     * reading a text: the first word of a caption line is a caption, a caveat, {@code REL} or {@code FOR}, and all its
     * words are made of letters (plus trailing {@code .} or {@code :}). False means certainly not a caption line; when
     * the first word depends on how spaced letters join or on how unusual characters upper-case or strip, it answers
     * true and leaves the decision to the full reading.
     */
    private static boolean mayBeCaptionLine(String line) {
        return firstWordMayOpenCaptionLine(line) && !hasNonCaptionCharacter(line);
    }

    private static boolean firstWordMayOpenCaptionLine(String line) {
        int n = line.length();
        int start = 0;
        while (start < n && isBlank(line.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < n && !isBlank(line.charAt(end))) {
            char c = line.charAt(end);
            if (c < ' ' || (c >= 0x80 && Character.isWhitespace(c))) {
                return true; // other whitespace would strip or split differently
            }
            end++;
        }
        if (end - start <= 1) {
            return true; // blank, or a single letter that may open a spaced-out word
        }
        int word = start;
        while (word < end && isWordSeparator(line.charAt(word))) {
            word++;
        }
        if (word == end) {
            return true;
        }
        int wordEnd = word;
        while (wordEnd < end && !isWordSeparator(line.charAt(wordEnd))) {
            char c = line.charAt(wordEnd);
            if (c >= 0x80 && Character.isLetter(c)) {
                return true; // a few letters upper-case to ASCII ("ſ" to "S"); other characters stay as they are
            }
            wordEnd++;
        }
        while (wordEnd > word && (line.charAt(wordEnd - 1) == '.' || line.charAt(wordEnd - 1) == ':')) {
            wordEnd--;
        }
        int length = wordEnd - word;
        if (length >= FIRST_WORDS_BY_LENGTH.length) {
            return false;
        }
        char firstChar = line.charAt(word);
        boolean[] firstCharacters = FIRST_CHARACTERS_BY_LENGTH[length];
        if (firstCharacters != null && firstChar < 0x80 && !firstCharacters[asciiUpper(firstChar)]) {
            return false; // no word of this length starts with this character, in either case
        }
        for (String first : FIRST_WORDS_BY_LENGTH[length]) {
            if (line.regionMatches(true, word, first, 0, length)) {
                return true;
            }
        }
        return false;
    }

    /** Whether the line holds a printable ASCII character that no caption word has: that word makes no caption. */
    private static boolean hasNonCaptionCharacter(String line) {
        for (int i = 0; i < line.length(); i++) {
            char c = line.charAt(i);
            if (c >= ' ' && c < 0x80 && !isAsciiLetter(c) && c != ' ' && !isWordSeparator(c) && c != '.' && c != ':') {
                return true;
            }
        }
        return false;
    }

    private static String[][] firstWordsByLength() {
        List<String> words = new java.util.ArrayList<>(CAPTIONS);
        words.addAll(Caveats.spellings());
        words.add("REL");
        words.add("FOR");
        int longest = words.stream().mapToInt(String::length).max().orElse(0);
        String[][] byLength = new String[longest + 1][];
        for (int length = 0; length <= longest; length++) {
            int l = length;
            byLength[length] = words.stream().filter(w -> w.length() == l).toArray(String[]::new);
        }
        return byLength;
    }

    private static boolean[][] firstCharactersByLength() {
        boolean[][] byLength = new boolean[FIRST_WORDS_BY_LENGTH.length][];
        for (int length = 1; length < byLength.length; length++) {
            boolean[] firsts = new boolean[0x80];
            for (String w : FIRST_WORDS_BY_LENGTH[length]) {
                char c = w.charAt(0);
                if (c >= 0x80) {
                    firsts = null;
                    break;
                }
                firsts[asciiUpper(c)] = true;
            }
            byLength[length] = firsts;
        }
        return byLength;
    }

    private static char asciiUpper(char c) {
        return c >= 'a' && c <= 'z' ? (char) (c - ('a' - 'A')) : c;
    }

    private static boolean isAsciiLetter(char c) {
        return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
    }

    private static boolean isWordSeparator(char c) {
        return c == ',' || c == ';' || c == '/';
    }

    private static boolean isBlank(char c) {
        return c == ' ' || c == '\t';
    }

    private static String clean(String word) {
        if (word == null) {
            return "";
        }
        String w = word.strip().toUpperCase(Locale.ROOT);
        int end = w.length();
        if (end > 0 && w.charAt(end - 1) == '\u0085') {
            // a regex "$" also matches before a final line terminator, and strip() keeps this one
            return TRAILING_PUNCTUATION.matcher(w).replaceAll("");
        }
        while (end > 0 && isTrailingPunctuation(w.charAt(end - 1))) {
            end--;
        }
        return end == w.length() ? w : w.substring(0, end);
    }

    private static boolean isTrailingPunctuation(char c) {
        return c == '.' || c == ',' || c == ';' || c == ':';
    }

    /** Captions and caveats read from one line. */
    public record Captioned(List<String> captions, List<String> caveats) {}
}
