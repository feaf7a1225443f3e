package org.chancery.messaging.draft;

import java.time.Instant;

/**
 * One request in a draft's clearance chain and its answer.
 *
 * @param step 1-based position in the chain
 * @param clearer the account or office asked to clear
 * @param requestedBy who asked
 * @param requestedAt when
 * @param draftVersion the version the clearer was asked to clear
 * @param state requested, cleared or returned
 * @param comment the clearer's comment (required when returning)
 * @param decidedAt when it was cleared or returned, else null
 */
public record ClearanceStep(
        int step,
        String clearer,
        String requestedBy,
        Instant requestedAt,
        int draftVersion,
        State state,
        String comment,
        Instant decidedAt) {

    public enum State {
        REQUESTED,
        CLEARED,
        RETURNED
    }
}
