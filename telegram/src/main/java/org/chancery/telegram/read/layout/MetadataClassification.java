package org.chancery.telegram.read.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chancery.telegram.model.Classification;

/**
 * A classification as the layouts write it in their metadata: a level and {@code //}-separated caveats, e.g.
 * {@code SECRET//NOFORN} or {@code UNCLASSIFIED//FOR OFFICIAL USE ONLY}.
 *
 * @param level the level, or null when the text names none the model knows
 * @param caveats the handling caveats in their short forms ({@code NOFORN}, {@code FOUO}, {@code SBU}...)
 */
public record MetadataClassification(Classification level, List<String> caveats) {
    public MetadataClassification {
        caveats = List.copyOf(caveats);
    }

    public static final MetadataClassification NONE = new MetadataClassification(null, List.of());

    public static MetadataClassification parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String[] parts = text.strip().toUpperCase(Locale.ROOT).split("\\s*//\\s*");
        List<String> caveats = new ArrayList<>();
        String levelText = parts[0].strip().replaceAll("\\s+", " ");
        // SBU and FOUO are unclassified levels in the model, carried as caveats
        if (levelText.equals("SBU") || levelText.equals("SENSITIVE BUT UNCLASSIFIED")) {
            caveats.add("SBU");
        } else if (levelText.equals("FOUO") || levelText.equals("FOR OFFICIAL USE ONLY")) {
            caveats.add("FOUO");
        }
        Classification level = Classification.fromText(levelText).orElse(null);
        for (int i = 1; i < parts.length; i++) {
            String caveat = shortForm(parts[i].strip().replaceAll("\\s+", " "));
            if (!caveat.isEmpty() && !caveats.contains(caveat)) {
                caveats.add(caveat);
            }
        }
        return new MetadataClassification(level, caveats);
    }

    private static String shortForm(String caveat) {
        return switch (caveat) {
            case "FOR OFFICIAL USE ONLY" -> "FOUO";
            case "NF", "NO FOREIGN", "NOFORN" -> "NOFORN";
            case "SENSITIVE BUT UNCLASSIFIED", "SENSITIVE" -> "SBU";
            case "ORCON", "OC" -> "ORCON";
            default -> caveat;
        };
    }
}
