package org.chancery.archive.access;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A records officer's decision on a cable's declassification; it overrides the cable's own DECL line.
 *
 * @param referenceId the cable
 * @param action what was decided
 * @param on the day declassification takes effect ({@link Action#APPROVE}: usually the day of the decision;
 *     {@link Action#EXTEND}: the new date); null for {@link Action#EXEMPT}
 * @param reason why, in the officer's words (required for EXTEND and EXEMPT)
 * @param officer the records officer's account
 * @param decidedAt when it was recorded
 */
public record DeclassDecision(
        String referenceId, Action action, LocalDate on, String reason, String officer, Instant decidedAt) {

    public enum Action {
        /** Declassify from {@code on}. */
        APPROVE,
        /** Keep classified until {@code on}, then declassify. */
        EXTEND,
        /** Keep classified with no date (an exemption applies). */
        EXEMPT
    }

    /** The day this decision makes the cable unclassified, or null when it keeps it classified indefinitely. */
    public LocalDate declassifiesOn() {
        return action == Action.EXEMPT ? null : on;
    }
}
