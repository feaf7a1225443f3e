package org.chancery.telegram.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;
import org.chancery.telegram.model.Classification;

/**
 * A paragraph's portion marking, e.g. {@code (C)}, {@code (S/NF)}, {@code (C//NF)}, {@code (SBU)},
 * {@code (S//REL TO USA, GBR)}: a level and the caveats it adds to the cable.
 *
 * @param written the marking as written inside the parentheses
 * @param level the level it marks
 * @param caveats normalised caveats ({@code NOFORN}, {@code REL TO USA, GBR}...), including {@code SBU}/{@code FOUO}
 *     for sensitive unclassified portions
 */
public record PortionMarking(String written, Classification level, List<String> caveats) {
    private static final int MAX_LENGTH = 40;
    private static final Pattern SLASHES = Pattern.compile("\\s*/+\\s*");
    private static final Pattern REL_TO = Pattern.compile("^REL( TO)?\\s+");
    private static final Pattern COUNTRY_SEPARATORS = Pattern.compile("[\\s,]+");

    public PortionMarking {
        caveats = List.copyOf(caveats);
    }

    /** Reads the text inside the parentheses; empty when it is not a marking (a list number, an acronym...). */
    public static Optional<PortionMarking> parse(String written) {
        if (written == null || written.isBlank() || written.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String[] parts = SLASHES.split(written.strip().toUpperCase(Locale.ROOT));
        if (parts.length == 0) {
            return Optional.empty();
        }
        List<String> caveats = new ArrayList<>();
        Classification level;
        switch (parts[0]) {
            case "U" -> level = Classification.UNCLASSIFIED;
            case "SBU" -> {
                level = Classification.UNCLASSIFIED;
                caveats.add("SBU");
            }
            case "FOUO" -> {
                level = Classification.UNCLASSIFIED;
                caveats.add("FOUO");
            }
            case "C" -> level = Classification.CONFIDENTIAL;
            case "S" -> level = Classification.SECRET;
            case "TS" -> level = Classification.TOP_SECRET;
            default -> {
                return Optional.empty();
            }
        }
        for (int i = 1; i < parts.length; i++) {
            String part = parts[i];
            if (part.startsWith("REL TO ") || part.startsWith("REL ")) {
                List<String> countries = new ArrayList<>();
                for (String c : COUNTRY_SEPARATORS.split(REL_TO.matcher(part).replaceFirst(""))) {
                    if (Handling.isCountryCode(c)) {
                        countries.add(c);
                    }
                }
                if (!countries.isEmpty()) {
                    caveats.add(Handling.releasableTo(countries));
                }
                continue;
            }
            Optional<String> caveat = Handling.caveat(part);
            if (caveat.isEmpty()) {
                return Optional.empty();
            }
            caveats.add(caveat.get());
        }
        return Optional.of(new PortionMarking(written.strip(), level, caveats));
    }
}
