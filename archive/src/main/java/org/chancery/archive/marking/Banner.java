package org.chancery.archive.marking;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.PortionMarking;

/**
 * The cable-level markings a reader must satisfy: level, NOFORN and REL TO countries, as the banner and handling
 * line state them.
 *
 * @param level the banner's level; TOP SECRET when the cable has none, so that rules fail closed
 * @param noforn whether the cable is NOFORN
 * @param releasableTo countries of any REL TO caveat (empty when none)
 */
public record Banner(Classification level, boolean noforn, Set<String> releasableTo) {

    public Banner {
        releasableTo = Set.copyOf(releasableTo);
    }

    public static Banner of(Cable cable) {
        Classification level = cable.classification() == null ? Classification.TOP_SECRET : cable.classification();
        boolean noforn = false;
        Set<String> countries = new LinkedHashSet<>();
        for (String h : cable.handling()) {
            String n = h.trim().toUpperCase(Locale.ROOT);
            if (n.equals("NOFORN") || n.equals("NF")) {
                noforn = true;
            } else if (n.startsWith("REL ")) {
                countries.addAll(PortionMarking.countriesOf(n));
            }
        }
        return new Banner(level, noforn, countries);
    }

    /**
     * Whether every reader the banner admits may also read a portion so marked. A portion that is higher than the
     * banner, NOFORN under a banner that is not, or releasable to fewer countries than the banner is not covered:
     * it is a marking error in the cable, and such paragraphs are withheld unless the reader satisfies them too.
     */
    public boolean covers(PortionMarking portion) {
        if (portion.level().compareTo(level) > 0) {
            return false;
        }
        if (portion.noforn() && !noforn) {
            return false;
        }
        if (!portion.releasableTo().isEmpty() && !noforn) {
            return !releasableTo.isEmpty() && portion.releasableTo().containsAll(releasableTo);
        }
        return true;
    }
}
