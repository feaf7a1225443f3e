package org.chancery.telegram.model;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The closed vocabulary of handling caveats a cable's handling line holds, and the normal form of each spelling:
 * {@code NF}/{@code NOFORN} → {@code NOFORN}, {@code OC}/{@code ORCON} → {@code ORCON}, {@code SENSITIVE} →
 * {@code SBU}, and {@code FOUO}, {@code EFTO}, {@code NOCONTRACT}, {@code PROPIN}, {@code FGI}, {@code IMCON} as they
 * are. {@code REL TO} lists are not words of this vocabulary: they are written {@code REL TO USA, GBR}.
 *
 * <p>The readers of banners, caption lines and portion markings all take their caveats from here, so that the
 * archive can facet and decide access on one set of names.
 */
public final class Caveats {
    private static final Map<String, String> NORMAL = Map.ofEntries(
            Map.entry("NOFORN", "NOFORN"),
            Map.entry("NF", "NOFORN"),
            Map.entry("ORCON", "ORCON"),
            Map.entry("OC", "ORCON"),
            Map.entry("SBU", "SBU"),
            Map.entry("SENSITIVE", "SBU"),
            Map.entry("FOUO", "FOUO"),
            Map.entry("EFTO", "EFTO"),
            Map.entry("NOCONTRACT", "NOCONTRACT"),
            Map.entry("PROPIN", "PROPIN"),
            Map.entry("FGI", "FGI"),
            Map.entry("IMCON", "IMCON"));

    private Caveats() {}

    /**
     * The normal caveat for a word already upper-cased and without surrounding blanks or punctuation ({@code NF}
     * gives {@code NOFORN}); empty when the word is not a caveat.
     */
    public static Optional<String> normal(String word) {
        return Optional.ofNullable(NORMAL.get(word));
    }

    /** Every spelling the vocabulary knows, upper case. */
    public static Set<String> spellings() {
        return NORMAL.keySet();
    }

    /** {@code REL TO} followed by its countries, normalised: {@code REL TO USA, GBR}. */
    public static String releasableTo(Iterable<String> countries) {
        return "REL TO " + String.join(", ", countries);
    }
}
