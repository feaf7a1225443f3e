package org.chancery.archive.audit;

import java.time.Instant;

/**
 * One event to be written to the audit log.
 *
 * @param at when it happened
 * @param actor the account name on whose behalf it happened
 * @param action what was done
 * @param target what it was done to: a reference id, a query, an account name; may be empty
 * @param permitted whether the access decision allowed it
 * @param detail anything else worth keeping (result count, reason of a refusal, origin and TAGS read)
 */
public record AuditEntry(
        Instant at, String actor, AuditAction action, String target, boolean permitted, String detail) {

    public AuditEntry {
        target = target == null ? "" : target;
        detail = detail == null ? "" : detail;
    }
}
