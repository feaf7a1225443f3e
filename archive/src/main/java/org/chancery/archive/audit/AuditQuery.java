package org.chancery.archive.audit;

import java.time.Instant;

/**
 * A filter over the audit log; null members do not restrict.
 *
 * @param actor account name
 * @param action what was done
 * @param target exact target (reference id, account...)
 * @param permitted only permitted or only refused events
 * @param from earliest time, inclusive
 * @param to latest time, exclusive
 * @param limit most records to return, newest last
 */
public record AuditQuery(
        String actor, AuditAction action, String target, Boolean permitted, Instant from, Instant to, int limit) {

    public static AuditQuery all() {
        return new AuditQuery(null, null, null, null, null, null, Integer.MAX_VALUE);
    }
}
