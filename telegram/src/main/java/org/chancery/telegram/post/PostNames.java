package org.chancery.telegram.post;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names one post goes by in the different parts of a cable, and the rules that turn one into another: the
 * reference id ({@code 09CAPETOWN204} spells the post {@code CAPETOWN}), the banner and REF lines ({@code CAPE TOWN
 * 000204}), the FL6 originator ({@code AMCONSUL CAPE TOWN}), the archive's origin ({@code Consulate Cape Town}) and
 * the key the access rules compare posts by ({@code CAPE TOWN}).
 */
public final class PostNames {
    private static final Pattern REFERENCE_ID = Pattern.compile("(\\d{2})([A-Z]+)(\\d+)");
    private static final Pattern BLANKS = Pattern.compile("\\s+");

    /** Originators whose archive name is not the mechanical one (surveyed from the corpus' origin column). */
    private static final Map<String, String> SPECIAL_ORIGINS = Map.ofEntries(
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
            Map.entry("AIT TAIPEI", "AIT Taipei"),
            Map.entry("USOFFICE PRISTINA", "US Office Pristina"));

    /** Words that say what kind of post it is, not which one; dropped from the front of a name to make its key. */
    private static final List<String> KIND_PREFIXES = List.of(
            "AMERICAN EMBASSY ",
            "AMERICAN CONSULATE GENERAL ",
            "AMERICAN CONSULATE ",
            "CONSULATE GENERAL ",
            "AMEMBASSY ",
            "AMCONSUL ",
            "AMCONGEN ",
            "EMBASSY ",
            "CONSULATE ",
            "USMISSION ",
            "US MISSION ",
            "MISSION ",
            "USDEL ",
            "USOFFICE ",
            "US OFFICE ",
            "REO ");

    /** The key every spelling of the Department has. */
    public static final String DEPARTMENT_KEY = "SECSTATE";

    private PostNames() {}

    /** The parts of a canonical reference id: two-digit year, post, serial. */
    public record ReferenceIdParts(String year, String post, int serial) {}

    public static Optional<ReferenceIdParts> parts(String referenceId) {
        if (referenceId == null) {
            return Optional.empty();
        }
        Matcher m = REFERENCE_ID.matcher(referenceId);
        if (!m.matches() || m.group(3).length() > 9) {
            return Optional.empty();
        }
        return Optional.of(new ReferenceIdParts(m.group(1), m.group(2), Integer.parseInt(m.group(3))));
    }

    /**
     * How reference ids spell the post of an originator PLAD: the place name without blanks ({@code AMCONSUL CAPE
     * TOWN} is {@code CAPETOWN}); the Department is {@code STATE}.
     */
    public static String idForm(String plad) {
        if (plad.equals("SECSTATE WASHDC")) {
            return "STATE";
        }
        int space = plad.indexOf(' ');
        return plad.substring(space + 1).replace(" ", "");
    }

    /**
     * The post as the banner writes it: the tail of the originator's address that spells the reference id's post
     * ({@code AMCONSUL CAPE TOWN} + {@code CAPETOWN} gives {@code CAPE TOWN}); the id's post itself when the
     * address does not spell it ({@code SECSTATE WASHDC} + {@code STATE} gives {@code STATE}).
     */
    public static String bannerName(String idPost, String originator) {
        if (originator != null) {
            String[] words = originator.trim().split("\\s+");
            for (int from = 0; from < words.length; from++) {
                StringBuilder compact = new StringBuilder();
                for (int i = from; i < words.length; i++) {
                    compact.append(words[i]);
                }
                if (compact.toString().equals(idPost)) {
                    return String.join(" ", Arrays.copyOfRange(words, from, words.length));
                }
            }
        }
        return idPost;
    }

    /**
     * The archive's name for the post that sent a cable, from the FL6 originator, the way the Cablegate CSV and the
     * WikiLeaks pages name origins: {@code AMEMBASSY BUENOS AIRES} is {@code Embassy Buenos Aires}, {@code AMCONSUL
     * X} is {@code Consulate X}, {@code USMISSION X} is {@code Mission X} (an acronym such as {@code USNATO} kept as
     * written), {@code SECSTATE WASHDC} is {@code Secretary of State}, and a few offices have names of their own
     * ({@code AMEMBASSY KIEV} is {@code Embassy Kyiv}). An office without a known naming rule keeps its PLAD: better
     * unfamiliar than wrong. Null when there is no originator.
     */
    public static String origin(String originator) {
        if (originator == null || originator.isBlank()) {
            return null;
        }
        String plad =
                BLANKS.matcher(originator.strip().toUpperCase(Locale.ROOT)).replaceAll(" ");
        String special = SPECIAL_ORIGINS.get(plad);
        if (special != null) {
            return special;
        }
        if (plad.startsWith("AMEMBASSY ")) {
            return "Embassy " + titleCase(plad.substring(10));
        }
        if (plad.startsWith("AMCONSUL ")) {
            return "Consulate " + titleCase(plad.substring(9));
        }
        if (plad.startsWith("USMISSION ")) {
            String place = plad.substring(10);
            return "Mission " + (place.startsWith("US") ? place : titleCase(place));
        }
        return plad;
    }

    /**
     * One key per post, whatever the spelling: the archive writes {@code Embassy London}, the header writes
     * {@code AMEMBASSY LONDON}, a reader's membership may say {@code LONDON}; all three give {@code LONDON}. Upper
     * case, without the words for the kind of post; every name of the Department gives {@link #DEPARTMENT_KEY}. Null
     * for a blank name.
     */
    public static String key(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = BLANKS.matcher(name.trim().toUpperCase(Locale.ROOT)).replaceAll(" ");
        if (n.startsWith("SECSTATE") || n.equals("SECRETARY OF STATE") || n.equals("DEPARTMENT OF STATE")) {
            return DEPARTMENT_KEY;
        }
        for (String prefix : KIND_PREFIXES) {
            if (n.startsWith(prefix) && n.length() > prefix.length()) {
                n = n.substring(prefix.length());
                break;
            }
        }
        return n;
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
