package org.chancery.archive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
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
import org.chancery.archive.access.AccessPolicy;
import org.chancery.archive.access.DeclassDecision;
import org.chancery.archive.access.Principal;
import org.chancery.archive.index.IndexFields;
import org.chancery.telegram.model.Classification;

/**
 * The records officers' lists, from the index and under the same access filter as every search: an officer sees in
 * them only the cables the access decision lets that officer see.
 */
public final class DeclassificationSearch {

    private static final Set<String> DUE_FIELDS = Set.of(IndexFields.ID, IndexFields.DECLASSIFY_ON, IndexFields.LEVEL);

    private final SearcherManager searchers;
    private final AccessPolicy policy;

    public DeclassificationSearch(SearcherManager searchers, AccessPolicy policy) {
        this.searchers = searchers;
        this.policy = policy;
    }

    /**
     * Classified cables still classified on {@code today} whose declassification date (the DECL line's, or a
     * decision's when there is one) falls after it and on or before {@code until}, soonest first.
     */
    public List<DueCable> due(
            Principal reader, LocalDate today, LocalDate until, Map<String, DeclassDecision> decisions) {
        List<DueCable> due = new ArrayList<>();
        Query byDate = new BooleanQuery.Builder()
                .add(classified(), Occur.FILTER)
                .add(
                        LongPoint.newRangeQuery(IndexFields.DECLASSIFY_ON, today.toEpochDay() + 1, until.toEpochDay()),
                        Occur.FILTER)
                .add(ids(decisions.keySet()), Occur.MUST_NOT)
                .build();
        forEachDoc(
                AccessFilters.restrict(byDate, policy, reader),
                doc -> due.add(new DueCable(
                        doc.get(IndexFields.ID),
                        levelLabel(doc),
                        LocalDate.ofEpochDay(doc.getField(IndexFields.DECLASSIFY_ON)
                                .numericValue()
                                .longValue()),
                        false)));
        List<DeclassDecision> comingByDecision = decisions.values().stream()
                .filter(d -> d.declassifiesOn() != null
                        && d.declassifiesOn().isAfter(today)
                        && !d.declassifiesOn().isAfter(until))
                .toList();
        if (!comingByDecision.isEmpty()) {
            Map<String, String> levels = new java.util.HashMap<>();
            Query decided = ids(comingByDecision.stream()
                    .map(DeclassDecision::referenceId)
                    .collect(java.util.stream.Collectors.toSet()));
            forEachDoc(
                    AccessFilters.restrict(decided, policy, reader),
                    doc -> levels.put(doc.get(IndexFields.ID), levelLabel(doc)));
            for (DeclassDecision d : comingByDecision) {
                String level = levels.get(d.referenceId());
                if (level != null) {
                    due.add(new DueCable(d.referenceId(), level, d.declassifiesOn(), true));
                }
            }
        }
        due.sort(Comparator.comparing(DueCable::declassifiesOn).thenComparing(DueCable::referenceId));
        return due;
    }

    /**
     * Ids of the classified cables with no declassification date and no decision yet, oldest first: a page of them
     * and how many there are.
     */
    public Page<String> awaitingReview(Principal reader, Set<String> decided, int offset, int limit) {
        Query waiting = new BooleanQuery.Builder()
                .add(classified(), Occur.FILTER)
                .add(LongPoint.newRangeQuery(IndexFields.DECLASSIFY_ON, Long.MIN_VALUE, Long.MAX_VALUE), Occur.MUST_NOT)
                .add(ids(decided), Occur.MUST_NOT)
                .build();
        IndexSearcher searcher = acquire();
        try {
            Sort oldestFirst = new Sort(new SortField(IndexFields.DATE_SORT, SortField.Type.LONG));
            TopDocs top = searcher.search(
                    AccessFilters.restrict(waiting, policy, reader), Math.max(1, offset + limit), oldestFirst);
            List<String> ids = new ArrayList<>();
            ScoreDoc[] docs = top.scoreDocs;
            for (int i = offset; i < docs.length; i++) {
                ids.add(searcher.storedFields()
                        .document(docs[i].doc, Set.of(IndexFields.ID))
                        .get(IndexFields.ID));
            }
            return new Page<>(top.totalHits.value(), ids);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the review queue", e);
        } finally {
            release(searcher);
        }
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

    private void forEachDoc(Query query, java.util.function.Consumer<Document> visitor) {
        IndexSearcher searcher = acquire();
        try {
            int n = Math.max(1, searcher.count(query));
            TopDocs top = searcher.search(query, n);
            for (ScoreDoc sd : top.scoreDocs) {
                visitor.accept(searcher.storedFields().document(sd.doc, DUE_FIELDS));
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
