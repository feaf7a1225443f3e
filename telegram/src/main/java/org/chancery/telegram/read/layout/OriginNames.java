package org.chancery.telegram.read.layout;

import java.util.Locale;
import java.util.Map;

/**
 * Names a post the way the Cablegate CSV and the WikiLeaks pages name origins ({@code Embassy London}), from the
 * FL6 originator PLAD ({@code AMEMBASSY LONDON}). Used when a cable comes without a layout that states its origin,
 * so that the same cable gets the same origin whichever way it was read.
 */
public final class OriginNames {
    // Originators whose archive name is not the mechanical one (surveyed from the corpus' origin column).
    private static final Map<String, String> SPECIAL = Map.ofEntries(
            Map.entry("SECSTATE WASHDC", "Secretary of State"),
            Map.entry("SECSTATE WASHINGTON DC", "Secretary of State"),
            Map.entry("AMEMBASSY KIEV", "Embassy Kyiv"),
            Map.entry("RPO DUBAI", "Iran RPO Dubai"),
            Map.entry("IRAN RPO DUBAI", "Iran RPO Dubai"),
            Map.entry("USINT HAVANA", "US Interests Section Havana"),
            Map.entry("USMISSION UNVIE VIENNA", "UNVIE"),
            Map.entry("USMISSION UNVIE", "UNVIE"),
            Map.entry("USEU BRUSSELS", "USEU Brussels"),
            Map.entry("USMISSION USUN NEW YORK", "USUN New York"),
            Map.entry("USMISSION USOSCE", "Mission USOSCE"),
            Map.entry("USMISSION USNATO", "Mission USNATO"),
            Map.entry("AIT TAIPEI", "AIT Taipei"),
            Map.entry("USOFFICE PRISTINA", "US Office Pristina"));

    private static final Map<String, String> PREFIXES = Map.of(
            "AMEMBASSY ", "Embassy ",
            "AMCONSUL ", "Consulate ",
            "USMISSION ", "Mission ");

    private OriginNames() {}

    /** The archive's name for an originator PLAD, or null when there is no originator. */
    public static String fromOriginator(String originator) {
        if (originator == null || originator.isBlank()) {
            return null;
        }
        String plad = originator.strip().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        String special = SPECIAL.get(plad);
        if (special != null) {
            return special;
        }
        for (Map.Entry<String, String> prefix : PREFIXES.entrySet()) {
            if (plad.startsWith(prefix.getKey())) {
                return prefix.getValue()
                        + titleCase(plad.substring(prefix.getKey().length()));
            }
        }
        // An office without a known naming rule keeps its PLAD: better unfamiliar than wrong.
        return plad;
    }

    /** {@code RIO DE JANEIRO} → {@code Rio De Janeiro}, as the corpus writes city names. */
    private static String titleCase(String words) {
        StringBuilder out = new StringBuilder(words.length());
        boolean wordStart = true;
        for (char c : words.toCharArray()) {
            out.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = c == ' ' || c == '-';
        }
        return out.toString();
    }
}
