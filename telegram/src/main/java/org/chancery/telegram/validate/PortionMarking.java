package org.chancery.telegram.validate;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.chancery.telegram.model.Classification;

/**
 * A paragraph's portion marking understood: {@code S/NF}, {@code C//NF}, {@code SBU}, {@code S//REL TO USA, GBR}.
 *
 * @param level the level the marking states
 * @param sensitive whether it is an SBU marking
 * @param caveats handling caveats in the banner's vocabulary ({@code NOFORN}, {@code REL TO}, {@code ORCON})
 */
record PortionMarking(Classification level, boolean sensitive, List<String> caveats) {
    /** Markings a portion may carry that the banner need not repeat as a handling caveat. */
    private static final Set<String> DISSEMINATION = Set.of("FGI", "PROPIN", "SI", "TK", "HCS", "LES", "FOUO");

    static Optional<PortionMarking> parse(String marking) {
        String[] parts = marking.trim().toUpperCase(Locale.ROOT).split("/+");
        if (parts.length == 0) {
            return Optional.empty();
        }
        String head = parts[0].trim();
        Optional<Classification> level = Classification.fromText(head);
        if (level.isEmpty()) {
            return Optional.empty();
        }
        boolean sensitive = head.equals("SBU");
        List<String> caveats = new ArrayList<>();
        for (int i = 1; i < parts.length; i++) {
            String c = parts[i].trim();
            if (c.equals("NF") || c.equals("NOFORN")) {
                caveats.add("NOFORN");
            } else if (c.startsWith("REL")) {
                caveats.add("REL TO");
            } else if (c.equals("OC") || c.equals("ORCON")) {
                caveats.add("ORCON");
            } else if (c.equals("SBU")) {
                sensitive = true;
            } else if (!DISSEMINATION.contains(c)) {
                return Optional.empty();
            }
        }
        return Optional.of(new PortionMarking(level.get(), sensitive, caveats));
    }
}
