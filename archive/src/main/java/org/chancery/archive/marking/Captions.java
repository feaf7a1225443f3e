package org.chancery.archive.marking;

import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import org.chancery.telegram.model.Cable;

/** The distribution captions that decide who receives a cable. */
public final class Captions {
    private Captions() {}

    /** Captions that restrict a cable to readers named on a list. */
    public static final Set<String> RESTRICTED_CHANNELS = Set.of("NODIS", "EXDIS", "LIMDIS", "STADIS", "ROGER");

    /** The cable's restricted channels, upper case, in order. */
    public static Set<String> restrictedChannels(Cable cable) {
        Set<String> channels = new LinkedHashSet<>();
        for (String caption : cable.captions()) {
            String c = caption.trim().toUpperCase(Locale.ROOT);
            if (RESTRICTED_CHANNELS.contains(c)) {
                channels.add(c);
            }
        }
        return channels;
    }

    public static boolean restricted(Cable cable) {
        return !restrictedChannels(cable).isEmpty();
    }

    /** Whether the cable was released to the wider network (SIPDIS): every archive reader with the clearance. */
    public static boolean sipdis(Cable cable) {
        return cable.captions().stream().anyMatch(c -> c.trim().equalsIgnoreCase("SIPDIS"));
    }
}
