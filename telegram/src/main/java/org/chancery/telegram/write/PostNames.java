package org.chancery.telegram.write;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The names one post goes by in the different parts of a cable: the reference id ({@code 09CAPETOWN204}), the
 * banner and REF lines ({@code CAPE TOWN 000204}), the FL6 originator ({@code AMCONSUL CAPE TOWN}) and the archive's
 * origin ({@code Consulate Cape Town}).
 */
public final class PostNames {
    private static final Pattern REFERENCE_ID = Pattern.compile("(\\d{2})([A-Z]+)(\\d+)");

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
     * The post as the banner writes it: the tail of the originator's address that spells the reference id's post
     * ({@code AMCONSUL CAPE TOWN} + {@code CAPETOWN} gives {@code CAPE TOWN}); the id's post itself when the
     * address does not spell it ({@code SECSTATE WASHDC} + {@code STATE} gives {@code STATE}).
     */
    public static String bannerPost(String idPost, String originator) {
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
     * The archive's name for the post that sent a cable, from the FL6 originator, the way the Cablegate release names
     * origins: {@code AMEMBASSY BUENOS AIRES} is {@code Embassy Buenos Aires}, {@code AMCONSUL X} is {@code Consulate
     * X}, {@code USMISSION X} is {@code Mission X}, {@code SECSTATE WASHDC} is {@code Secretary of State}.
     */
    public static String origin(String originator) {
        if (originator == null || originator.isBlank()) {
            return null;
        }
        String o = originator.trim().replaceAll("\\s+", " ");
        if (o.equals("SECSTATE WASHDC")) {
            return "Secretary of State";
        }
        if (o.startsWith("AMEMBASSY ")) {
            return "Embassy " + titleCase(o.substring(10));
        }
        if (o.startsWith("AMCONSUL ")) {
            return "Consulate " + titleCase(o.substring(9));
        }
        if (o.startsWith("USMISSION ")) {
            // acronyms stay as written (Mission USNATO), place names are title-cased (Mission Geneva)
            String place = o.substring(10);
            return "Mission " + (place.startsWith("US") ? place : titleCase(place));
        }
        return titleCase(o);
    }

    private static String titleCase(String upper) {
        StringBuilder out = new StringBuilder(upper.length());
        boolean wordStart = true;
        for (char c : upper.toCharArray()) {
            out.append(wordStart ? c : Character.toLowerCase(c));
            wordStart = c == ' ' || c == '-';
        }
        return out.toString();
    }
}
