package org.chancery.telegram.read.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.chancery.telegram.model.Classification;

/**
 * Reads a banner line. Levels are recognised spelled out ({@code S E C R E T}, any case), as words
 * ({@code SECRET}, {@code UNCLAS}, {@code UNCLASSIFIED}, {@code TOP SECRET}) and as {@code LIMITED OFFICIAL USE}
 * (unclassified, caveat {@code SBU}: LOU is SBU's older name); {@code E F T O} and {@code SENSITIVE} add caveats.
 * After the level come, in any order, {@code //} caveats, {@code SECTION x OF y}, {@code PAGE nn}, a post and a
 * serial.
 *
 * <p>A level written as a plain word must be followed by a well-formed remainder (a post must carry a serial), so
 * that ordinary prose ("Secret talks were held") is not taken for a banner. The spelled-out form is unambiguous, so
 * an unreadable remainder only ends the reading there.
 */
public final class BannerReader {
    private static final int MAX_LINE = 300;
    private static final int MAX_POST_WORDS = 4;
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[,;.]+$");
    private static final Pattern DTG = Pattern.compile("\\d{6}Z");
    private static final Pattern ROUTING_SERIAL = Pattern.compile("[A-Z0-9]{3,12}");
    /** The words {@link #level} accepts first. */
    private static final List<String> LEVEL_WORDS = List.of(
            "CONFIDENTIAL", "SECRET", "TOPSECRET", "TOP", "UNCLAS", "UNCLASSIFIED", "EFTO", "LIMITED", "SENSITIVE");

    private BannerReader() {}

    /** The banner on this line, or empty when the line is not one. */
    public static Optional<Banner> read(String line) {
        if (line == null || line.isBlank() || line.length() > MAX_LINE || !mayOpenWithLevel(line)) {
            return Optional.empty();
        }
        boolean spelled = startsSpelledOut(line.strip());
        String normal = SpacedLetters.collapse(line.replace("//", " // ")).toUpperCase(Locale.ROOT);
        List<String> tokens = new ArrayList<>(List.of(Whitespace.words(normal.strip())));
        Set<String> caveats = new LinkedHashSet<>();
        int[] pos = {0};
        Classification level = level(tokens, pos, caveats);
        if (level == null) {
            return Optional.empty();
        }
        Integer sections = null;
        List<String> post = new ArrayList<>();
        String serial = null;
        int i = pos[0];
        while (i < tokens.size()) {
            String t = tokens.get(i);
            String bare = bare(t);
            if (t.equals("//") || bare.isEmpty() || bare.equals("MR")) {
                i++;
            } else if (bare.equals("REL") && next(tokens, i).equals("TO")) {
                List<String> countries = new ArrayList<>();
                int j = i + 2;
                while (j < tokens.size()
                        && (Handling.isCountryCode(tokens.get(j))
                                || tokens.get(j).equals("AND"))) {
                    if (!tokens.get(j).equals("AND")) {
                        countries.add(bare(tokens.get(j)));
                    }
                    j++;
                }
                if (!countries.isEmpty()) {
                    caveats.add(Handling.releasableTo(countries));
                }
                i = j;
            } else if (bare.equals("FOR")
                    && next(tokens, i).equals("OFFICIAL")
                    && next(tokens, i + 1).equals("USE")) {
                caveats.add("FOUO");
                i += next(tokens, i + 2).equals("ONLY") ? 4 : 3;
            } else if (Handling.caveat(bare).isPresent() && post.isEmpty()) {
                caveats.add(Handling.caveat(bare).get());
                i++;
            } else if (bare.equals("SECTION")
                    && isNumber(next(tokens, i))
                    && next(tokens, i + 1).equals("OF")) {
                sections = number(next(tokens, i + 2));
                i += 4;
            } else if (bare.equals("PAGE") && isNumber(next(tokens, i))) {
                i += 2;
            } else if (isNumber(bare) && next(tokens, i).equals("OF") && isNumber(next(tokens, i + 1))) {
                if (sections == null) {
                    sections = number(next(tokens, i + 1));
                }
                i += 3;
            } else if (DTG.matcher(bare).matches()) {
                i++;
            } else if (isNumber(bare) && serial == null && bare.length() <= 7) {
                serial = bare;
                i++;
            } else if (bare.chars().allMatch(Character::isLetter) && serial == null && post.size() < MAX_POST_WORDS) {
                post.add(bare);
                i++;
            } else if (Handling.caveat(bare).isPresent()) {
                caveats.add(Handling.caveat(bare).get());
                i++;
            } else if (i == tokens.size() - 1 && ROUTING_SERIAL.matcher(bare).matches() && post.isEmpty()) {
                i++; // an old routing serial such as PTQ1859 ends some banners
            } else if (spelled) {
                break;
            } else {
                return Optional.empty();
            }
        }
        if (!post.isEmpty() && serial == null && !spelled) {
            return Optional.empty();
        }
        if (caveats.contains("SBU") && caveats.contains("FOUO")) {
            caveats.remove("SBU");
        }
        return Optional.of(new Banner(
                level, List.copyOf(caveats), sections, post.isEmpty() ? null : String.join(" ", post), serial));
    }

    private static Classification level(List<String> tokens, int[] pos, Set<String> caveats) {
        String first = tokens.get(0);
        String second = next(tokens, 0);
        switch (first) {
            case "CONFIDENTIAL" -> {
                pos[0] = 1;
                return Classification.CONFIDENTIAL;
            }
            case "SECRET" -> {
                pos[0] = 1;
                return Classification.SECRET;
            }
            case "TOPSECRET" -> {
                pos[0] = 1;
                return Classification.TOP_SECRET;
            }
            case "TOP" -> {
                if (second.equals("SECRET")) {
                    pos[0] = 2;
                    return Classification.TOP_SECRET;
                }
                return null;
            }
            case "UNCLAS", "UNCLASSIFIED" -> {
                pos[0] = 1;
                if (second.equals("FOR")
                        && next(tokens, 1).equals("OFFICIAL")
                        && next(tokens, 2).equals("USE")) {
                    caveats.add("FOUO");
                    pos[0] = next(tokens, 3).equals("ONLY") ? 5 : 4;
                }
                return Classification.UNCLASSIFIED;
            }
            case "EFTO" -> {
                pos[0] = 1;
                caveats.add("EFTO");
                return Classification.UNCLASSIFIED;
            }
            case "LIMITED" -> {
                if (second.equals("OFFICIAL") && next(tokens, 1).equals("USE")) {
                    pos[0] = 3;
                    caveats.add("SBU");
                    return Classification.UNCLASSIFIED;
                }
                return null;
            }
            case "SENSITIVE" -> {
                if (second.equals("BUT") && next(tokens, 1).equals("UNCLASSIFIED")) {
                    pos[0] = 3;
                    caveats.add("SBU");
                    return Classification.UNCLASSIFIED;
                }
                return null;
            }
            default -> {
                return null;
            }
        }
    }

    /** The token without trailing {@code , ; .}. */
    private static String bare(String token) {
        return TRAILING_PUNCTUATION.matcher(token).replaceAll("");
    }

    /**
     * A cheap test before the full reading: a banner's first word is a level word. False means certainly no banner;
     * a first word of one character (the level may be spelled out) or with characters outside printable ASCII is
     * left to the full reading.
     */
    private static boolean mayOpenWithLevel(String line) {
        int n = line.length();
        int start = 0;
        while (start < n && Character.isWhitespace(line.charAt(start))) {
            start++;
        }
        int end = start;
        while (end < n && !Whitespace.isSpace(line.charAt(end)) && !line.startsWith("//", end)) {
            char c = line.charAt(end);
            if (c < ' ' || c >= 0x80) {
                return true;
            }
            end++;
        }
        if (end - start == 1) {
            return true;
        }
        for (String word : LEVEL_WORDS) {
            if (word.length() == end - start && line.regionMatches(true, start, word, 0, word.length())) {
                return true;
            }
        }
        return false;
    }

    private static boolean startsSpelledOut(String line) {
        return line.length() >= 5
                && Character.isLetter(line.charAt(0))
                && line.charAt(1) == ' '
                && Character.isLetter(line.charAt(2))
                && line.charAt(3) == ' '
                && Character.isLetter(line.charAt(4));
    }

    private static String next(List<String> tokens, int i) {
        return i + 1 < tokens.size() ? bare(tokens.get(i + 1)) : "";
    }

    private static boolean isNumber(String s) {
        return !s.isEmpty() && s.length() <= 9 && s.chars().allMatch(Character::isDigit);
    }

    private static Integer number(String s) {
        return isNumber(s) ? Integer.valueOf(s) : null;
    }
}
