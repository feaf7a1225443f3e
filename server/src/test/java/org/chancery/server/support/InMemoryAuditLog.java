package org.chancery.server.support;

import java.util.ArrayList;
import java.util.List;
import org.chancery.archive.audit.AuditEntry;
import org.chancery.archive.audit.AuditLog;
import org.chancery.archive.audit.AuditQuery;
import org.chancery.archive.audit.AuditRecord;
import org.chancery.archive.audit.AuditVerification;

/** An audit log in memory for the server's tests: keeps the entries so tests can see what the web layer recorded. */
public final class InMemoryAuditLog implements AuditLog {

    private final List<AuditEntry> entries = new ArrayList<>();

    @Override
    public synchronized AuditRecord record(AuditEntry entry) {
        entries.add(entry);
        return null;
    }

    public synchronized List<AuditEntry> entries() {
        return List.copyOf(entries);
    }

    @Override
    public List<AuditRecord> query(AuditQuery query) {
        throw new UnsupportedOperationException("tests read entries()");
    }

    @Override
    public AuditVerification verify() {
        throw new UnsupportedOperationException("the chain is the archive's JDBC log's to verify");
    }
}
