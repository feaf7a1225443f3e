package org.chancery.archive.room;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.apache.lucene.search.SearcherManager;
import org.chancery.archive.access.AccessPolicy;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.Accounts;
import org.chancery.archive.audit.AuditAction;
import org.chancery.archive.audit.AuditEntry;
import org.chancery.archive.audit.AuditLog;
import org.chancery.archive.monitor.AccessMonitor;
import org.chancery.archive.monitor.CableFootprint;
import org.chancery.archive.search.CableSearcher;
import org.chancery.archive.search.CableThread;
import org.chancery.archive.search.ReferenceGraph;
import org.chancery.archive.search.SearchRequest;
import org.chancery.archive.search.SearchResult;
import org.chancery.archive.store.ArchiveStats;
import org.chancery.archive.store.CableStore;
import org.chancery.archive.store.StoredCable;
import org.chancery.archive.store.VersionDiff;

/**
 * The one way readers reach the archive, for the command line and the web alike. Every call checks that the
 * reader's account may read, puts the access decision under the result, writes the audit log, and lets the access
 * monitor see what was delivered.
 */
public final class ReadingRoom {

    private final CableStore store;
    private final AccessPolicy policy;
    private final Accounts accounts;
    private final AuditLog audit;
    private final AccessMonitor monitor;
    private final Clock clock;
    private final CableSearcher searcher;
    private final ReferenceGraph graph;

    public ReadingRoom(
            CableStore store,
            SearcherManager searchers,
            AccessPolicy policy,
            Accounts accounts,
            AuditLog audit,
            AccessMonitor monitor,
            Clock clock) {
        this.store = store;
        this.policy = policy;
        this.accounts = accounts;
        this.audit = audit;
        this.monitor = monitor;
        this.clock = clock;
        this.searcher = new CableSearcher(searchers, policy);
        this.graph = new ReferenceGraph(searchers, policy);
    }

    /** The latest version of a cable as the reader may see it; empty when absent or not permitted (audited). */
    public Optional<CableView> open(Principal reader, String referenceId) {
        ensureMayRead(reader);
        return deliver(reader, referenceId, store.latest(referenceId));
    }

    /** A given version (1-based) as the reader may see it. */
    public Optional<CableView> open(Principal reader, String referenceId, int version) {
        ensureMayRead(reader);
        return deliver(reader, referenceId, store.version(referenceId, version));
    }

    /** Every version the reader may see, oldest first (audited as one read). */
    public List<CableView> versions(Principal reader, String referenceId) {
        ensureMayRead(reader);
        List<StoredCable> permitted = store.versions(referenceId).stream()
                .filter(s -> policy.permits(reader, s.cable()))
                .toList();
        List<CableView> views = new ArrayList<>();
        for (StoredCable s : permitted) {
            views.add(view(reader, s, permitted.size()));
        }
        record(reader, AuditAction.READ, referenceId, !views.isEmpty(), "versions=" + views.size());
        return views;
    }

    /** A unified diff between two versions the reader may both see, empty when either is not permitted. */
    public Optional<List<String>> diff(Principal reader, String referenceId, int from, int to) {
        ensureMayRead(reader);
        Optional<StoredCable> a = store.version(referenceId, from).filter(s -> policy.permits(reader, s.cable()));
        Optional<StoredCable> b = store.version(referenceId, to).filter(s -> policy.permits(reader, s.cable()));
        boolean permitted = a.isPresent() && b.isPresent();
        record(reader, AuditAction.READ, referenceId, permitted, "diff " + from + ".." + to);
        if (!permitted) {
            return Optional.empty();
        }
        return Optional.of(VersionDiff.unified(a.get(), b.get(), 3));
    }

    /** Searches over what the reader may see (audited with the query and the hit count). */
    public SearchResult search(Principal reader, SearchRequest request) {
        ensureMayRead(reader);
        SearchResult result = searcher.search(request, reader);
        record(reader, AuditAction.SEARCH, request.query(), true, "hits=" + result.total());
        return result;
    }

    /** References and citations around a cable, to a depth, over permitted cables only. */
    public CableThread thread(Principal reader, String referenceId, int depth) {
        ensureMayRead(reader);
        CableThread thread = graph.thread(referenceId, depth, reader);
        record(reader, AuditAction.REFS, referenceId, true, "depth=" + depth);
        return thread;
    }

    /** Ids of the permitted cables that cite the given one. */
    public List<String> citedBy(Principal reader, String referenceId) {
        ensureMayRead(reader);
        List<String> ids = graph.citedBy(referenceId, reader);
        record(reader, AuditAction.REFS, referenceId, true, "cited-by=" + ids.size());
        return ids;
    }

    /** Volumes by year, origin, classification and TAGS over what the reader may see. */
    public ArchiveStats stats(Principal reader, int top) {
        ensureMayRead(reader);
        ArchiveStats stats = org.chancery.archive.search.IndexStats.compute(searcher, reader, top);
        record(reader, AuditAction.STATS, "", true, "cables=" + stats.cables());
        return stats;
    }

    /**
     * Streams the cables an export request selects, as the reader may see them; audited and watched by the monitor
     * like reads.
     *
     * @return how many cables were exported
     */
    public long export(Principal reader, ExportRequest request, Consumer<CableView> sink) {
        throw new UnsupportedOperationException("export arrives with the access decision");
    }

    private Optional<CableView> deliver(Principal reader, String referenceId, Optional<StoredCable> found) {
        if (found.isEmpty()) {
            record(reader, AuditAction.READ, referenceId, false, "not found");
            return Optional.empty();
        }
        StoredCable stored = found.get();
        if (!policy.permits(reader, stored.cable())) {
            record(reader, AuditAction.READ, referenceId, false, "not permitted");
            return Optional.empty();
        }
        int versions = (int) store.versions(referenceId).stream()
                .filter(s -> policy.permits(reader, s.cable()))
                .count();
        CableView view = view(reader, stored, versions);
        record(
                reader,
                AuditAction.READ,
                referenceId,
                true,
                "version=" + stored.version() + " origin=" + stored.cable().origin());
        monitor.observe(
                reader,
                List.of(new CableFootprint(
                        referenceId, stored.cable().origin(), stored.cable().tags())),
                clock.instant());
        return Optional.of(view);
    }

    private CableView view(Principal reader, StoredCable stored, int versions) {
        var cable = stored.cable();
        return new CableView(
                stored.referenceId(),
                stored.version(),
                versions,
                cable,
                List.of(),
                cable.classification(),
                false,
                cable.header() + cable.body(),
                stored);
    }

    private void ensureMayRead(Principal reader) {
        var account = accounts.find(reader.name());
        if (account.isEmpty() || !account.get().mayRead()) {
            record(reader, AuditAction.READ, "", false, "account disabled or suspended");
            throw new AccessSuspendedException("access for " + reader.name() + " is disabled or suspended");
        }
    }

    private void record(Principal reader, AuditAction action, String target, boolean permitted, String detail) {
        audit.record(new AuditEntry(clock.instant(), reader.name(), action, target, permitted, detail));
    }

    CableStore store() {
        return store;
    }
}
