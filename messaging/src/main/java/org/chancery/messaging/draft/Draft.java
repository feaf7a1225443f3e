package org.chancery.messaging.draft;

import java.time.Instant;

/**
 * A draft cable at its post.
 *
 * @param id the draft's number
 * @param postRoute routing indicator of the drafting post, which releases it and numbers it
 * @param drafter the account that created it
 * @param state where it stands
 * @param kind an original cable, or a correction or cancellation of a released one
 * @param corrects the reference id a correction or cancellation is linked to, else null
 * @param latestVersion the newest saved version (1-based)
 * @param createdAt when it was created
 * @param releasedId the reference id it was released as, else null
 */
public record Draft(
        long id,
        String postRoute,
        String drafter,
        State state,
        Kind kind,
        String corrects,
        int latestVersion,
        Instant createdAt,
        String releasedId) {

    public enum State {
        DRAFT,
        IN_CLEARANCE,
        RELEASED
    }

    public enum Kind {
        ORIGINAL,
        CORRECTION,
        CANCELLATION
    }
}
