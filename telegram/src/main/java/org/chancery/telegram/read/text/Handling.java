package org.chancery.telegram.read.text;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * The vocabulary of handling caveats and distribution captions, and their normal spellings.
 *
 * <p>Caveats are kept in a closed vocabulary so the archive can facet and decide access on them:
 * {@code NF}/{@code NOFORN} → {@code NOFORN}, {@code OC}/{@code ORCON} → {@code ORCON}, {@code SENSITIVE} and
 * {@code LIMITED OFFICIAL USE} (the older name of SBU) → {@code SBU}, and {@code REL TO} lists normalised to
 * {@code REL TO USA, GBR}.
 */
public final class Handling {
    private static final Set<String> CAPTIONS =
            Set.of("SIPDIS", "NODIS", "EXDIS", "LIMDIS", "STADIS", "ROGER", "CHEROKEE", "NOTAL", "DISSENT");

    private Handling() {}

    /** The normal caveat for a word such as {@code NF}, {@code noforn}, {@code SENSITIVE}; empty when not one. */
    public static Optional<String> caveat(String word) {
        String w = clean(word);
        return switch (w) {
            case "NOFORN", "NF" -> Optional.of("NOFORN");
            case "ORCON", "OC" -> Optional.of("ORCON");
            case "SBU", "SENSITIVE" -> Optional.of("SBU");
            case "FOUO" -> Optional.of("FOUO");
            case "EFTO" -> Optional.of("EFTO");
            case "NOCONTRACT", "PROPIN", "FGI", "IMCON" -> Optional.of(w);
            default -> Optional.empty();
        };
    }

    /** The normal caption for a word such as {@code Sipdis}; empty when not a distribution caption. */
    public static Optional<String> caption(String word) {
        String w = clean(word);
        return CAPTIONS.contains(w) ? Optional.of(w) : Optional.empty();
    }

    /** {@code REL TO} followed by its countries, normalised: {@code REL TO USA, GBR}. */
    public static String releasableTo(List<String> countries) {
        return "REL TO " + String.join(", ", countries);
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
        if (line == null || line.length() > 120) {
            return Optional.empty();
        }
        String t = SpacedLetters.collapse(line.strip()).toUpperCase(Locale.ROOT);
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

    private static String clean(String word) {
        if (word == null) {
            return "";
        }
        return word.strip().toUpperCase(Locale.ROOT).replaceAll("[.,;:]+$", "");
    }

    /** Captions and caveats read from one line. */
    public record Captioned(List<String> captions, List<String> caveats) {}
}
