package org.chancery.archive.declass;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;
import org.chancery.archive.access.DeclassDecision;
import org.chancery.archive.access.EffectiveClassification;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.Role;
import org.chancery.archive.audit.AuditAction;
import org.chancery.archive.audit.AuditEntry;
import org.chancery.archive.audit.AuditLog;
import org.chancery.archive.index.IndexFields;
import org.chancery.archive.marking.Keywords;
import org.chancery.archive.store.CableStore;
import org.chancery.archive.store.StoredCable;
import org.chancery.telegram.model.Classification;

/**
 * The records officers' side of declassification: what comes due, the review queue (exemptions, events, OADR and
 * unreadable instructions) and the decisions on it. Lists come from the index; decisions go to the ledger, which the
 * access decision reads at once.
 */
public final class DeclassificationDesk {

    private final CableStore store;
    private final SearcherManager searchers;
    private final JdbcDeclassificationLedger ledger;
    private final AuditLog audit;
    private final Clock clock;

    public DeclassificationDesk(
            CableStore store,
            SearcherManager searchers,
            JdbcDeclassificationLedger ledger,
            AuditLog audit,
            Clock clock) {
        this.store = store;
        this.searchers = searchers;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Classified cables that are still classified today and whose declassification date is on or before
     * {@code until}, soonest first.
     */
    public Page<DueCable> due(Principal officer, LocalDate until, int limit) {
        requireOfficer(officer, "list cables due");
        LocalDate today = LocalDate.now(clock);
        Map<String, DeclassDecision> decisions = ledger.decisions();
        List<DueCable> due = new ArrayList<>();
        // by the DECL line, for cables no decision overrides
        Query byDate = new BooleanQuery.Builder()
                .add(classified(), Occur.FILTER)
                .add(
                        LongPoint.newRangeQuery(IndexFields.DECLASSIFY_ON, today.toEpochDay() + 1, until.toEpochDay()),
                        Occur.FILTER)
                .add(ids(decisions.keySet()), Occur.MUST_NOT)
                .build();
        forEachDoc(
                byDate,
                doc -> due.add(new DueCable(
                        doc.get(IndexFields.ID),
                        levelLabel(doc),
                        LocalDate.ofEpochDay(doc.getField(IndexFields.DECLASSIFY_ON)
                                .numericValue()
                                .longValue()),
                        false)));
        for (DeclassDecision d : decisions.values()) {
            LocalDate on = d.declassifiesOn();
            if (on != null && on.isAfter(today) && !on.isAfter(until)) {
                String level = store.latest(d.referenceId())
                        .map(s -> label(s.cable().classification()))
                        .orElse("?");
                due.add(new DueCable(d.referenceId(), level, on, true));
            }
        }
        due.sort(Comparator.comparing(DueCable::declassifiesOn).thenComparing(DueCable::referenceId));
        record(officer, "due", "until " + until + ": " + due.size());
        return new Page<>(due.size(), due.subList(0, Math.min(limit, due.size())));
    }

    /** The review queue: classified cables with no declassification date and no decision yet, oldest first. */
    public Page<ReviewItem> reviewQueue(Principal officer, int offset, int limit) {
        requireOfficer(officer, "read the review queue");
        Query waiting = new BooleanQuery.Builder()
                .add(classified(), Occur.FILTER)
                .add(LongPoint.newRangeQuery(IndexFields.DECLASSIFY_ON, Long.MIN_VALUE, Long.MAX_VALUE), Occur.MUST_NOT)
                .add(ids(ledger.decisions().keySet()), Occur.MUST_NOT)
                .build();
        IndexSearcher searcher = acquire();
        try {
            Sort oldestFirst = new Sort(new SortField(IndexFields.DATE_SORT, SortField.Type.LONG));
            TopDocs top = searcher.search(waiting, Math.max(1, offset + limit), oldestFirst);
            List<ReviewItem> items = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = offset; i < docs.length; i++) {
                String id = searcher.storedFields()
                        .document(docs[i].doc, Set.of(IndexFields.ID))
                        .get(IndexFields.ID);
                store.latest(id).ifPresent(s -> items.add(item(s)));
            }
            record(officer, "review queue", "total " + top.totalHits.value());
            return new Page<>(top.totalHits.value(), items);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the review queue", e);
        } finally {
            release(searcher);
        }
    }

    /** Declassifies a cable from {@code on} (today when null). */
    public DeclassDecision approve(Principal officer, String referenceId, LocalDate on, String reason) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        return decide(officer, referenceId, DeclassDecision.Action.APPROVE, day, reason == null ? "approved" : reason);
    }

    /** Keeps a cable classified until a new date; a reason is required. */
    public DeclassDecision extend(Principal officer, String referenceId, LocalDate until, String reason) {
        if (until == null || !until.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("an extension needs a date after today");
        }
        return decide(officer, referenceId, DeclassDecision.Action.EXTEND, until, requireReason(reason));
    }

    /** Exempts a cable from declassification with no date; a reason (the exemption) is required. */
    public DeclassDecision exempt(Principal officer, String referenceId, String reason) {
        return decide(officer, referenceId, DeclassDecision.Action.EXEMPT, null, requireReason(reason));
    }

    /** Every decision on a cable, oldest first. */
    public List<DeclassDecision> history(Principal officer, String referenceId) {
        requireOfficer(officer, "read decisions on " + referenceId);
        return ledger.history(referenceId);
    }

    private DeclassDecision decide(
            Principal officer, String referenceId, DeclassDecision.Action action, LocalDate on, String reason) {
        requireOfficer(officer, action.name().toLowerCase() + " " + referenceId);
        String id = Keywords.normalize(referenceId);
        StoredCable stored = store.latest(id)
                .orElseThrow(() -> new IllegalArgumentException("no cable " + referenceId + " in the archive"));
        if (stored.cable().classification() == Classification.UNCLASSIFIED) {
            throw new IllegalArgumentException(referenceId + " is not classified; there is nothing to declassify");
        }
        DeclassDecision decision = ledger.record(
                new DeclassDecision(stored.referenceId(), action, on, reason, officer.name(), clock.instant()));
        audit.record(new AuditEntry(
                clock.instant(),
                officer.name(),
                AuditAction.DECLASSIFY,
                stored.referenceId(),
                true,
                action + (on == null ? "" : " " + on) + ": " + reason));
        return decision;
    }

    private ReviewItem item(StoredCable stored) {
        var decl = stored.cable().declassification();
        var effective = EffectiveClassification.of(stored.cable(), null, LocalDate.now(clock));
        return new ReviewItem(
                stored.referenceId(),
                label(stored.cable().classification()),
                decl == null ? null : decl.text(),
                effective.state());
    }

    private void requireOfficer(Principal officer, String what) {
        if (!officer.hasRole(Role.RECORDS_OFFICER.key())) {
            audit.record(new AuditEntry(
                    clock.instant(), officer.name(), AuditAction.DECLASSIFY, what, false, "not a records officer"));
            throw new SecurityException(officer.name() + " is not a records officer and may not " + what);
        }
    }

    private void record(Principal officer, String what, String detail) {
        audit.record(new AuditEntry(clock.instant(), officer.name(), AuditAction.DECLASSIFY, what, true, detail));
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required");
        }
        return reason.trim();
    }

    private static Query classified() {
        return IntPoint.newRangeQuery(IndexFields.LEVEL, 1, Classification.TOP_SECRET.ordinal());
    }

    private static Query ids(Set<String> ids) {
        return new TermInSetQuery(
                IndexFields.ID, ids.stream().map(BytesRef::new).toList());
    }

    private static String levelLabel(Document doc) {
        var f = doc.getField(IndexFields.LEVEL);
        return f == null ? "?" : Classification.values()[f.numericValue().intValue()].label();
    }

    private static String label(Classification c) {
        return c == null ? "unknown" : c.label();
    }

    private void forEachDoc(Query query, java.util.function.Consumer<Document> visitor) {
        IndexSearcher searcher = acquire();
        try {
            int n = Math.max(1, searcher.count(query));
            TopDocs top = searcher.search(query, n);
            for (ScoreDoc sd : top.scoreDocs) {
                visitor.accept(searcher.storedFields()
                        .document(sd.doc, Set.of(IndexFields.ID, IndexFields.DECLASSIFY_ON, IndexFields.LEVEL)));
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the index", e);
        } finally {
            release(searcher);
        }
    }

    private IndexSearcher acquire() {
        try {
            return searchers.acquire();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void release(IndexSearcher searcher) {
        try {
            searchers.release(searcher);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
