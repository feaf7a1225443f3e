package org.chancery.telegram.read;

import java.util.Optional;

/** Canonical reference ids: two-digit year, post, serial without leading zeros ({@code 06TBILISI0619} → {@code 06TBILISI619}). */
public final class ReferenceIds {
    private ReferenceIds() {}

    /** The canonical form of an id written in any usual way, or empty when the text is not a reference id. */
    public static Optional<String> canonical(String raw) {
        // TODO(text helper): real implementation
        return Optional.ofNullable(raw);
    }
}
