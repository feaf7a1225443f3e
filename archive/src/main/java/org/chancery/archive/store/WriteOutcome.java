package org.chancery.archive.store;

/**
 * What storing one cable did.
 *
 * @param referenceId the cable's id
 * @param kind whether a cable or version was added, or nothing changed
 * @param stored the version written, or null when nothing changed
 */
public record WriteOutcome(String referenceId, Kind kind, StoredCable stored) {

    public enum Kind {
        /** The first version of a cable the store did not have. */
        NEW_CABLE,
        /** A known cable with a content no stored version has. */
        NEW_VERSION,
        /** The content equals a stored version: nothing written. */
        UNCHANGED
    }
}
