package org.chancery.archive.marking;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;

/**
 * One name per post, whatever the spelling: the archive writes {@code Embassy London}, the header writes
 * {@code AMEMBASSY LONDON}, a reader's membership may say {@code LONDON}. All three give {@code LONDON}, so the
 * "originator and addressee posts" rule compares like with like.
 */
public final class PostKeys {
    private PostKeys() {}

    /** Words that say what kind of post it is, not which one; dropped from the front of a name. */
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

    /** The key of a post name, upper case and without its kind; null for a blank name. */
    public static String of(String name) {
        if (name == null || name.isBlank()) {
            return null;
        }
        String n = name.trim().toUpperCase(Locale.ROOT).replaceAll("\\s+", " ");
        if (n.startsWith("SECSTATE") || n.equals("SECRETARY OF STATE") || n.equals("DEPARTMENT OF STATE")) {
            return "SECSTATE";
        }
        for (String prefix : KIND_PREFIXES) {
            if (n.startsWith(prefix) && n.length() > prefix.length()) {
                n = n.substring(prefix.length());
                break;
            }
        }
        return n;
    }

    /**
     * Keys of the originating post and of every addressee: the posts a cable without SIPDIS is distributed to. The
     * index holds them in its distribution field.
     */
    public static Set<String> distribution(Cable cable) {
        Set<String> keys = new LinkedHashSet<>();
        add(keys, cable.origin());
        for (Addressee a : cable.to()) {
            add(keys, a.name());
        }
        for (Addressee a : cable.info()) {
            add(keys, a.name());
        }
        return keys;
    }

    private static void add(Set<String> keys, String name) {
        String key = of(name);
        if (key != null) {
            keys.add(key);
        }
    }
}
