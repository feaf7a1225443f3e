package org.chancery.archive.room;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;
import org.apache.lucene.search.SearcherManager;
import org.chancery.archive.access.AccessDecision;
import org.chancery.archive.access.AccessPolicy;
import org.chancery.archive.access.DeclassDecision;
import org.chancery.archive.access.EffectiveClassification;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.Accounts;
import org.chancery.archive.account.Role;
import org.chancery.archive.audit.AuditAction;
import org.chancery.archive.audit.AuditEntry;
import org.chancery.archive.audit.AuditLog;
import org.chancery.archive.marking.CableIds;
import org.chancery.archive.marking.Captions;
import org.chancery.archive.marking.Redaction;
import org.chancery.archive.monitor.AccessMonitor;
import org.chancery.archive.monitor.CableFootprint;
import org.chancery.archive.search.ArchiveStats;
import org.chancery.archive.search.CableSearcher;
import org.chancery.archive.search.CableThread;
import org.chancery.archive.search.DeclassificationSearch;
import org.chancery.archive.search.DueCable;
import org.chancery.archive.search.IndexStats;
import org.chancery.archive.search.Page;
import org.chancery.archive.search.ReferenceGraph;
import org.chancery.archive.search.SearchRequest;
import org.chancery.archive.search.SearchResult;
import org.chancery.archive.store.CableStore;
import org.chancery.archive.store.StoredCable;
import org.chancery.archive.store.VersionDiff;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Paragraph;
import org.chancery.telegram.model.PortionMarking;

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
    private final DeclassificationSearch declassification;

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
        this.searcher = searchers == null ? null : new CableSearcher(searchers, policy);
        this.graph = searchers == null ? null : new ReferenceGraph(searchers, policy);
        this.declassification = searchers == null ? null : new DeclassificationSearch(searchers, policy);
    }

    /** The latest version of a cable as the reader may see it; empty when absent or not permitted (audited). */
    public Optional<CableView> open(Principal reader, String typedId) {
        ensureMayRead(reader);
        String referenceId = storedId(typedId);
        return deliver(reader, referenceId, store.latest(referenceId), true);
    }

    /**
     * The headings of the listed cables the reader may see, in the order asked, for a list such as a post's inbox;
     * cables absent or not permitted are left out. Audited as one listing; the text stays behind
     * {@link #open(Principal, String)}.
     */
    public List<CableHeading> headings(Principal reader, List<String> typedIds, String listing) {
        ensureMayRead(reader);
        List<CableHeading> shown = new ArrayList<>();
        for (String typed : typedIds) {
            store.latest(storedId(typed))
                    .map(StoredCable::cable)
                    .filter(c -> policy.permits(reader, c))
                    .ifPresent(c -> shown.add(CableHeading.of(c)));
        }
        record(reader, AuditAction.READ, listing, true, "listed " + shown.size() + " of " + typedIds.size());
        return shown;
    }

    /** A given version (1-based) as the reader may see it. */
    public Optional<CableView> open(Principal reader, String typedId, int version) {
        ensureMayRead(reader);
        String referenceId = storedId(typedId);
        return deliver(reader, referenceId, store.version(referenceId, version), false);
    }

    /** Every version the reader may see, oldest first (audited as one read). */
    public List<CableView> versions(Principal reader, String typedId) {
        ensureMayRead(reader);
        String referenceId = storedId(typedId);
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
    public Optional<List<String>> diff(Principal reader, String typedId, int from, int to) {
        ensureMayRead(reader);
        String referenceId = storedId(typedId);
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
        SearchResult result = indexed(searcher).search(request, reader);
        record(reader, AuditAction.SEARCH, request.query(), true, "hits=" + result.total());
        return result;
    }

    /** Permitted matches of a query per month of the cables' dates (audited as one search). */
    public java.util.SortedMap<java.time.YearMonth, Long> countByMonth(Principal reader, String query) {
        ensureMayRead(reader);
        var months = indexed(searcher).countByMonth(query, reader);
        record(reader, AuditAction.SEARCH, query, true, "by month: " + months.size() + " months");
        return months;
    }

    /** References and citations around a cable, to a depth, over permitted cables only. */
    public CableThread thread(Principal reader, String typedId, int depth) {
        ensureMayRead(reader);
        String referenceId = CableIds.key(typedId);
        CableThread thread = indexed(graph).thread(referenceId, depth, reader);
        record(reader, AuditAction.REFS, referenceId, true, "depth=" + depth);
        return thread;
    }

    /** Ids of the permitted cables that cite the given one. */
    public List<String> citedBy(Principal reader, String typedId) {
        ensureMayRead(reader);
        String referenceId = CableIds.key(typedId);
        List<String> ids = indexed(graph).citedBy(referenceId, reader);
        record(reader, AuditAction.REFS, referenceId, true, "cited-by=" + ids.size());
        return ids;
    }

    /**
     * Volumes by year, origin, classification and TAGS over what the reader may see: from the index's facets, or, in
     * an archive that has no index yet, by passing every cable through the access decision.
     */
    public ArchiveStats stats(Principal reader, int top) {
        ensureMayRead(reader);
        ArchiveStats stats = searcher != null ? IndexStats.compute(searcher, reader, top) : scan(reader, top);
        record(reader, AuditAction.STATS, "", true, "cables=" + stats.cables());
        return stats;
    }

    /**
     * The permitted classified cables whose declassification date, by their DECL line or by one of the {@code
     * decisions}, falls after today and on or before {@code until} (audited as a declassification list).
     */
    public List<DueCable> declassificationDue(
            Principal reader, LocalDate until, Map<String, DeclassDecision> decisions) {
        ensureMayRead(reader);
        List<DueCable> due = indexed(declassification).due(reader, LocalDate.now(clock), until, decisions);
        record(reader, AuditAction.DECLASSIFY, "due", true, "until " + until + ": " + due.size());
        return due;
    }

    /**
     * The permitted classified cables with no declassification date that no one has decided on yet (none of {@code
     * decided}), oldest first, as the reader may see them (audited as a declassification list).
     */
    public Page<CableView> awaitingReview(Principal reader, Set<String> decided, int offset, int limit) {
        ensureMayRead(reader);
        Page<String> ids = indexed(declassification).awaitingReview(reader, decided, offset, limit);
        List<CableView> views = new ArrayList<>();
        for (String id : ids.items()) {
            store.latest(id)
                    .filter(s -> policy.permits(reader, s.cable()))
                    .ifPresent(s -> views.add(view(reader, s, 1)));
        }
        record(reader, AuditAction.DECLASSIFY, "review queue", true, "total " + ids.total());
        return new Page<>(ids.total(), views);
    }

    private ArchiveStats scan(Principal reader, int top) {
        ArchiveStats.Tally tally = new ArchiveStats.Tally();
        store.forEachLatestSince(0, stored -> {
            if (policy.permits(reader, stored.cable())) {
                tally.add(stored.cable());
            }
        });
        return tally.result(top);
    }

    /**
     * Streams the cables an export request selects, as the reader may see them; audited and watched by the monitor
     * like reads.
     *
     * @return how many cables were exported
     */
    public long export(Principal reader, ExportRequest request, Consumer<CableView> sink) {
        ensureMayRead(reader);
        LocalDate asOf = request.asOf() == null ? LocalDate.now(clock) : request.asOf();
        if (request.publicOnly() && !reader.hasRole(Role.RECORDS_OFFICER.key())) {
            record(reader, AuditAction.EXPORT, describe(request), false, "public export needs a records officer");
            throw new SecurityException("only records officers may make a public export");
        }
        String what = describe(request);
        long[] count = {0};
        List<CableFootprint> pending = new ArrayList<>();
        Consumer<StoredCable> each = stored -> {
            Optional<CableView> view = request.publicOnly()
                    ? publicView(stored, asOf)
                    : Optional.of(stored)
                            .filter(s -> policy.permits(reader, s.cable()))
                            .map(s -> view(reader, s, 1));
            if (view.isEmpty()) {
                return;
            }
            sink.accept(view.get());
            count[0]++;
            if (!request.publicOnly()) {
                pending.add(footprint(stored));
                if (pending.size() >= EXPORT_BATCH) {
                    watch(reader, pending, what, count[0]);
                }
            }
        };
        boolean everything = request.query() == null || request.query().isBlank();
        if (everything) {
            store.forEachLatestSince(0, each);
        } else {
            Principal selector = request.publicOnly() ? Principal.OPERATOR : reader;
            for (String id : indexed(searcher).allMatches(request.query(), selector)) {
                store.latest(id).ifPresent(each);
            }
        }
        if (!pending.isEmpty()) {
            watch(reader, pending, what, count[0]);
        }
        record(reader, AuditAction.EXPORT, what, true, "cables=" + count[0]);
        return count[0];
    }

    /** A routing indicator seen in a header with the address it stood for ({@code RUEHLO}, {@code AMEMBASSY LONDON}). */
    public record HeaderRoute(String route, String address) {}

    /**
     * The FM, TO and INFO routing indicators, with their addresses, of every cable the administrator may read: what
     * learning the routing directory needs and nothing more. It discloses no subject, text or paragraph, so it is
     * audited as one act and not counted by the bulk-access monitor, which watches for text leaving in bulk.
     *
     * @return how many cables were looked at
     */
    public long routing(Principal administrator, Consumer<HeaderRoute> sink) {
        ensureMayRead(administrator);
        if (!administrator.hasRole(Role.ADMINISTRATOR.key())) {
            record(administrator, AuditAction.EXPORT, "routing indicators", false, "not an administrator");
            throw new SecurityException(administrator.name() + " is not an administrator");
        }
        long[] count = {0};
        store.forEachLatestSince(0, stored -> {
            Cable c = stored.cable();
            if (!policy.permits(administrator, c)) {
                return;
            }
            count[0]++;
            sink.accept(new HeaderRoute(
                    c.transmission().originatorRoute(), c.transmission().originator()));
            for (var a : c.to()) {
                sink.accept(new HeaderRoute(a.route(), a.name()));
            }
            for (var a : c.info()) {
                sink.accept(new HeaderRoute(a.route(), a.name()));
            }
        });
        record(administrator, AuditAction.EXPORT, "routing indicators", true, "cables=" + count[0]);
        return count[0];
    }

    /** Feeds exported cables to the monitor; a crossed threshold stops the export there. */
    private void watch(Principal reader, List<CableFootprint> pending, String what, long sofar) {
        var alerts = monitor.observe(reader, List.copyOf(pending), clock.instant());
        pending.clear();
        if (!alerts.isEmpty()) {
            record(reader, AuditAction.EXPORT, what, false, "stopped by the access monitor after " + sofar);
            throw new AccessSuspendedException("export stopped: " + reader.name() + " crossed "
                    + alerts.get(0).rule() + "; access is suspended until an administrator reinstates it");
        }
    }

    /**
     * The cable as the public may have it on a day: declassified by then, or never classified and carrying no
     * handling caveat, restricted channel or classified paragraph. Nothing is redacted, because nothing may be.
     */
    private Optional<CableView> publicView(StoredCable stored, LocalDate asOf) {
        Cable cable = stored.cable();
        EffectiveClassification effective = policy.effective(cable, asOf);
        boolean open = effective.declassified()
                || (effective.state() == EffectiveClassification.State.UNCLASSIFIED
                        && cable.handling().isEmpty()
                        && !Captions.restricted(cable)
                        && cable.paragraphs().stream().noneMatch(ReadingRoom::markedClassified));
        if (!open) {
            return Optional.empty();
        }
        return Optional.of(new CableView(
                stored.referenceId(),
                stored.version(),
                1,
                cable,
                List.of(),
                Classification.UNCLASSIFIED,
                effective.declassified(),
                asSent(cable),
                stored));
    }

    private static boolean markedClassified(Paragraph p) {
        return p.marking() != null
                && PortionMarking.parse(p.marking())
                        .map(m -> m.level() != Classification.UNCLASSIFIED
                                || !m.caveats().isEmpty())
                        .orElse(true);
    }

    private static String describe(ExportRequest request) {
        return (request.publicOnly() ? "public as of " + request.asOf() + " " : "")
                + (request.query() == null ? "" : request.query());
    }

    private Optional<CableView> deliver(
            Principal reader, String referenceId, Optional<StoredCable> found, boolean latest) {
        if (found.isEmpty()) {
            record(reader, AuditAction.READ, referenceId, false, "not found");
            return Optional.empty();
        }
        StoredCable stored = found.get();
        AccessDecision decision = policy.decide(reader, stored.cable());
        if (!decision.permitted()) {
            record(reader, AuditAction.READ, referenceId, false, "refused: " + decision.reason());
            return Optional.empty();
        }
        // a cable stored once (nearly all) has one version to show: no need to read it again to count
        int versions = latest && stored.version() == 1
                ? 1
                : (int) store.versions(referenceId).stream()
                        .filter(s -> policy.permits(reader, s.cable()))
                        .count();
        CableView view = view(reader, stored, versions);
        record(
                reader,
                AuditAction.READ,
                referenceId,
                true,
                "version=" + stored.version() + " withheld=" + view.withheld().size());
        var alerts = monitor.observe(reader, List.of(footprint(stored)), clock.instant());
        if (!alerts.isEmpty()) {
            // the cable that crossed the line is not handed out
            throw new AccessSuspendedException("access for " + reader.name() + " is suspended: "
                    + alerts.get(0).rule() + " crossed; an administrator has been alerted");
        }
        return Optional.of(view);
    }

    /** The cable as this reader may see it: withheld paragraphs replaced, in the parsed form and the text alike. */
    private CableView view(Principal reader, StoredCable stored, int versions) {
        Cable cable = stored.cable();
        List<Integer> withheld = policy.withheldParagraphs(reader, cable);
        Cable shown = Redaction.cable(cable, new LinkedHashSet<>(withheld));
        EffectiveClassification effective = policy.effective(cable, LocalDate.now(clock));
        return new CableView(
                stored.referenceId(),
                stored.version(),
                versions,
                shown,
                withheld,
                effective.level(),
                effective.declassified(),
                asSent(shown),
                stored);
    }

    /** Header and text as sent, each on lines of its own: a stored header does not always end in a line break. */
    static String asSent(Cable cable) {
        String header = cable.header();
        String body = cable.body();
        if (header.isEmpty() || header.endsWith("\n") || body.startsWith("\n")) {
            return header + body;
        }
        return header + "\n" + body;
    }

    private static CableFootprint footprint(StoredCable stored) {
        return new CableFootprint(
                stored.referenceId(), stored.cable().origin(), stored.cable().tags());
    }

    /**
     * The id a cable typed in any usual way is stored under: the canonical id ({@code 08 rio 346} is {@code
     * 08RIODEJANEIRO346}), or the text as typed when the store holds nothing under that (a record whose own id was
     * malformed).
     */
    private String storedId(String typed) {
        String key = CableIds.key(typed);
        if (key == null || key.equals(typed) || store.latest(key).isPresent()) {
            return key == null ? typed : key;
        }
        return typed.strip();
    }

    /** Searching needs the index; an archive opened without one says so instead of failing obscurely. */
    private static <T> T indexed(T component) {
        if (component == null) {
            throw new IllegalStateException("the archive has no search index yet (run `chancery reindex`)");
        }
        return component;
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

    /** How many cables an export hands to the monitor at once. */
    private static final int EXPORT_BATCH = 25;
}
