package org.chancery.telegram.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * A paragraph's portion marking understood: {@code S/NF}, {@code C//NF}, {@code SBU}, {@code S//REL TO USA, GBR}.
 *
 * @param level the level the marking states
 * @param sensitive whether it is an SBU marking
 * @param caveats handling caveats in the banner's vocabulary ({@code NOFORN}, {@code REL TO}, {@code ORCON})
 * @param releasableTo the country codes of a {@code REL TO} caveat, upper case (empty when there is none)
 */
public record PortionMarking(Classification level, boolean sensitive, List<String> caveats, Set<String> releasableTo) {
    /** Markings a portion may carry that the banner need not repeat as a handling caveat. */
    private static final Set<String> DISSEMINATION = Set.of("FGI", "PROPIN", "SI", "TK", "HCS", "LES", "FOUO");

    public PortionMarking {
        caveats = List.copyOf(caveats);
        releasableTo = Set.copyOf(releasableTo);
    }

    public boolean noforn() {
        return caveats.contains("NOFORN");
    }

    /** Reads a marking as written inside the parentheses; empty when it is not one this reader knows. */
    public static Optional<PortionMarking> parse(String marking) {
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
        Set<String> countries = new LinkedHashSet<>();
        for (int i = 1; i < parts.length; i++) {
            String c = parts[i].trim();
            if (c.equals("NF") || c.equals("NOFORN")) {
                caveats.add("NOFORN");
            } else if (c.startsWith("REL")) {
                caveats.add("REL TO");
                countries.addAll(countriesOf(c));
            } else if (c.equals("OC") || c.equals("ORCON")) {
                caveats.add("ORCON");
            } else if (c.equals("SBU")) {
                sensitive = true;
            } else if (!DISSEMINATION.contains(c)) {
                return Optional.empty();
            }
        }
        return Optional.of(new PortionMarking(level.get(), sensitive, caveats, countries));
    }

    /**
     * The country codes of a {@code REL TO} caveat as written in a banner or a marking ({@code REL TO USA, GBR},
     * {@code REL UK AND AUS}); upper case, in order.
     */
    public static Set<String> countriesOf(String relTo) {
        String rest = relTo.trim().toUpperCase(Locale.ROOT);
        rest = rest.startsWith("REL TO") ? rest.substring(6) : rest.startsWith("REL") ? rest.substring(3) : rest;
        Set<String> countries = new LinkedHashSet<>();
        for (String c : rest.split("[\\s,/;]+")) {
            if (!c.isBlank() && !c.equals("AND")) {
                countries.add(c);
            }
        }
        return countries;
    }
}
