package org.chancery.telegram.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A paragraph's portion marking understood: {@code S/NF}, {@code C//NF}, {@code SBU}, {@code S//REL TO USA, GBR}.
 * The one reading of a marking: the text reader decides with {@link #parse} whether {@code (…)} at the start of a
 * paragraph is a marking, and the validator and the archive's access rules read the stored marking with it again.
 *
 * <p>A marking is a level, then caveats after slashes ({@code /} or {@code //}), in any case:
 *
 * <ul>
 *   <li>the level as abbreviated ({@code U}, {@code C}, {@code S}, {@code TS}, {@code SBU}, {@code FOUO}) or as
 *       written in a banner ({@code SECRET}, {@code TOP SECRET}, {@code UNCLASSIFIED}); {@code SBU}, {@code FOUO} and
 *       {@code SENSITIVE BUT UNCLASSIFIED} are unclassified and {@linkplain #sensitive() sensitive};
 *   <li>caveats of the {@link Caveats} vocabulary ({@code NF}, {@code OC}, {@code SBU}, {@code SENSITIVE},
 *       {@code FOUO}, {@code EFTO}, {@code PROPIN}…, a trailing {@code .,;:} ignored);
 *   <li>{@code REL TO} or {@code REL} and its countries, codes or names ({@code REL TO USA, GBR},
 *       {@code REL UK AND AUS}, {@code REL GERMANY});
 *   <li>dissemination controls the cable's handling line does not record ({@code SI}, {@code TK}, {@code HCS},
 *       {@code LES}, {@code RELIDO}).
 * </ul>
 *
 * Anything else makes the whole text no marking (a list number, an acronym, a word in parentheses).
 *
 * @param level the level the marking states
 * @param sensitive whether it marks a sensitive unclassified portion ({@code SBU}, {@code FOUO}, {@code SENSITIVE})
 * @param caveats the caveats the banner must carry too: {@code NOFORN}, {@code REL TO} (without its countries),
 *     {@code ORCON}, {@code EFTO}, {@code NOCONTRACT}, {@code IMCON}, in the order written
 * @param releasableTo the countries of its {@code REL TO} caveats, upper case, in order (empty when there is none)
 * @param handling what the marking adds to the cable's handling line, in the handling line's vocabulary and in the
 *     order written: {@code NOFORN}, {@code REL TO USA, GBR}, {@code SBU}, {@code FOUO}, {@code FGI}…
 */
public record PortionMarking(
        Classification level,
        boolean sensitive,
        List<String> caveats,
        Set<String> releasableTo,
        List<String> handling) {
    private static final Pattern SLASHES = Pattern.compile("/+");
    private static final Pattern COUNTRY_SEPARATORS = Pattern.compile("[\\s,/;]+");
    private static final Pattern BLANKS = Pattern.compile("\\s+");
    /** Caveats of the vocabulary that the banner must repeat; the others mark sensitivity or dissemination. */
    private static final Set<String> BANNER_CAVEATS = Set.of("NOFORN", "ORCON", "EFTO", "NOCONTRACT", "IMCON");
    /** Controls a portion may carry that neither the banner nor the handling line records. */
    private static final Set<String> DISSEMINATION = Set.of("SI", "TK", "HCS", "LES", "RELIDO");

    public PortionMarking {
        caveats = List.copyOf(caveats);
        releasableTo = Set.copyOf(releasableTo);
        handling = List.copyOf(handling);
    }

    public boolean noforn() {
        return caveats.contains("NOFORN");
    }

    /** Reads a marking as written inside the parentheses; empty when it is not one (see the class comment). */
    public static Optional<PortionMarking> parse(String marking) {
        if (marking == null) {
            return Optional.empty();
        }
        String[] parts = SLASHES.split(marking.strip().toUpperCase(Locale.ROOT));
        if (parts.length == 0) {
            return Optional.empty();
        }
        String head = BLANKS.matcher(parts[0].strip().replace('_', ' ')).replaceAll(" ");
        Optional<Classification> level = Classification.fromText(head);
        if (level.isEmpty()) {
            return Optional.empty();
        }
        List<String> caveats = new ArrayList<>();
        Set<String> countries = new LinkedHashSet<>();
        List<String> handling = new ArrayList<>();
        boolean sensitive = false;
        switch (head) {
            case "SBU", "SENSITIVE BUT UNCLASSIFIED" -> {
                sensitive = true;
                handling.add("SBU");
            }
            case "FOUO" -> {
                sensitive = true;
                handling.add("FOUO");
            }
            default -> {}
        }
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i].strip();
            if (isReleasableTo(part)) {
                Set<String> rel = countriesOf(part);
                caveats.add("REL TO");
                countries.addAll(rel);
                if (!rel.isEmpty()) {
                    handling.add(Caveats.releasableTo(rel));
                }
                continue;
            }
            String word = withoutTrailingPunctuation(part);
            Optional<String> caveat = Caveats.normal(word);
            if (caveat.isPresent()) {
                String c = caveat.get();
                handling.add(c);
                if (BANNER_CAVEATS.contains(c)) {
                    caveats.add(c);
                } else if (c.equals("SBU") || c.equals("FOUO")) {
                    sensitive = true;
                }
            } else if (!DISSEMINATION.contains(word)) {
                return Optional.empty();
            }
        }
        return Optional.of(new PortionMarking(level.get(), sensitive, caveats, countries, handling));
    }

    /**
     * The country codes of a {@code REL TO} caveat as written in a banner or a marking ({@code REL TO USA, GBR},
     * {@code REL UK AND AUS}, {@code REL GERMANY}); upper case, in order, without {@code AND}.
     */
    public static Set<String> countriesOf(String relTo) {
        String[] words = COUNTRY_SEPARATORS.split(relTo.strip().toUpperCase(Locale.ROOT));
        int i = 0;
        while (i < words.length && words[i].isEmpty()) {
            i++;
        }
        if (i < words.length && words[i].equals("REL")) {
            i++;
            if (i < words.length && words[i].equals("TO")) {
                i++;
            }
        }
        Set<String> countries = new LinkedHashSet<>();
        for (; i < words.length; i++) {
            if (!words[i].isBlank() && !words[i].equals("AND")) {
                countries.add(words[i]);
            }
        }
        return countries;
    }

    /** {@code REL}, {@code REL TO …}, {@code REL …}: the word REL, not a word that begins with it ({@code RELIDO}). */
    private static boolean isReleasableTo(String part) {
        return part.startsWith("REL") && (part.length() == 3 || !Character.isLetterOrDigit(part.charAt(3)));
    }

    private static String withoutTrailingPunctuation(String word) {
        int end = word.length();
        while (end > 0 && ".,;:".indexOf(word.charAt(end - 1)) >= 0) {
            end--;
        }
        return word.substring(0, end);
    }
}
