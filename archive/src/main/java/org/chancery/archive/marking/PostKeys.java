package org.chancery.archive.marking;

import java.util.LinkedHashSet;
import java.util.Set;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.post.PostNames;

/**
 * The posts a cable is distributed to, as keys the "originator and addressee posts" rule compares a reader's posts
 * with: one key per post whatever the spelling ({@link PostNames#key}: {@code Embassy London}, {@code AMEMBASSY
 * LONDON} and {@code LONDON} all give {@code LONDON}).
 */
public final class PostKeys {
    private PostKeys() {}

    /** The key of a post name, upper case and without its kind; null for a blank name (see {@link PostNames#key}). */
    public static String of(String name) {
        return PostNames.key(name);
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
