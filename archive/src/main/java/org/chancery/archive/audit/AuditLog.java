package org.chancery.archive.audit;

import java.util.List;

/**
 * The append-only, hash-chained record of every read, search, export, refusal and administrative act. Each record's
 * hash covers the one before it, so {@link #verify} finds any edit or deletion.
 */
public interface AuditLog {

    /** Appends an event and returns it as stored. */
    AuditRecord record(AuditEntry entry);

    /** Records matching the query, oldest first. */
    List<AuditRecord> query(AuditQuery query);

    AuditVerification verify();
}
