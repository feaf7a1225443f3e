package org.chancery.archive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.facet.FacetResult;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.LabelAndValue;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetCounts;
import org.apache.lucene.index.IndexableField;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MultiCollectorManager;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopFieldCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.TotalHitCountCollectorManager;
import org.apache.lucene.search.uhighlight.CustomSeparatorBreakIterator;
import org.apache.lucene.search.uhighlight.DefaultPassageFormatter;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;
import org.chancery.archive.access.AccessPolicy;
import org.chancery.archive.access.Principal;
import org.chancery.archive.index.IndexAnalyzers;
import org.chancery.archive.index.IndexFields;
import org.chancery.archive.query.QueryCompiler;
import org.chancery.archive.query.QuerySyntaxException;
import org.chancery.telegram.model.Classification;

/**
 * Runs searches: parses the query, puts the reader's access filter under it, and collects the page, the exact total,
 * the facet counts and, when asked, the counts by month in one pass over the index, then highlights the page. Because the filter is part of the one
 * query every figure is computed from, nothing about a cable the reader may not see can show through a count, a facet
 * or a snippet.
 */
public final class CableSearcher {

    /** How many values each facet dimension lists. */
    public static final int FACET_VALUES = 20;

    private static final int PASSAGES = 2;
    private static final int SNIPPET_LENGTH = 160;
    private static final Set<String> HIT_FIELDS = Set.of(
            IndexFields.ID, IndexFields.DATE_STORED, IndexFields.SUBJECT, IndexFields.ORIGIN_STORED, IndexFields.LEVEL);
    private static final Sort NEWEST_FIRST = newestFirst();
    private static final Comparator<FacetCount> MOST_FREQUENT_FIRST =
            Comparator.comparingLong(FacetCount::count).reversed().thenComparing(FacetCount::value);

    private final SearcherManager searchers;
    private final AccessPolicy policy;
    private final FacetsConfig facetsConfig = IndexFields.facetsConfig();
    private final FacetReaderStates facetStates = new FacetReaderStates(facetsConfig);
    private final Analyzer analyzer = IndexAnalyzers.create();

    public CableSearcher(SearcherManager searchers, AccessPolicy policy) {
        this.searchers = searchers;
        this.policy = policy;
    }

    /**
     * Searches on behalf of a reader.
     *
     * @throws QuerySyntaxException when the query is not valid, with the column of the problem
     */
    public SearchResult search(SearchRequest request, Principal reader) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return search(searcher, request, reader);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /**
     * Counts the cables matching {@code query} that the reader may see, by every value of every facet dimension (not
     * only the first {@link #FACET_VALUES}), most frequent first; no hits. One pass over the index's doc values under
     * the same access filter as a search, so it costs about what a search costs, however large the archive.
     *
     * @param query a query as for {@link #search}; empty for every cable
     */
    public SearchResult countAll(String query, Principal reader) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query q = AccessFilters.restrict(compile(searcher, query, reader), policy, reader);
                var both = new MultiCollectorManager(
                        new TotalHitCountCollectorManager(searcher.getSlices()), new FacetsCollectorManager());
                Object[] results = searcher.search(q, both);
                return new SearchResult(
                        (Integer) results[0],
                        List.of(),
                        countFacets(searcher, (FacetsCollector) results[1], Integer.MAX_VALUE));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("counting failed", e);
        }
    }

    /**
     * The ids of every cable matching {@code query} that the reader may see, in index order: for exports, where a
     * page of hits is not enough. An empty query matches every permitted cable.
     */
    public List<String> allMatches(String query, Principal reader) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query q = AccessFilters.restrict(compile(searcher, query, reader), policy, reader);
                int n = Math.max(1, searcher.count(q));
                TopDocs top = searcher.search(q, n, Sort.INDEXORDER);
                List<String> ids = new ArrayList<>(top.scoreDocs.length);
                var stored = searcher.storedFields();
                for (ScoreDoc sd : top.scoreDocs) {
                    ids.add(stored.document(sd.doc, Set.of(IndexFields.ID)).get(IndexFields.ID));
                }
                return ids;
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("search failed", e);
        }
    }

    /**
     * How many of the cables matching {@code query} that the reader may see fall in each month, by the cable's own
     * date (cables without one are left out): one pass over the permitted matches, whatever the span.
     */
    public SortedMap<YearMonth, Long> countByMonth(String query, Principal reader) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                Query q = AccessFilters.restrict(compile(searcher, query, reader), policy, reader);
                return MonthCounts.of(searcher.search(q, new FacetsCollectorManager()));
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("counting by month failed", e);
        }
    }

    /** The query as compiled for this reader: references resolved and restricted text searched as permitted. */
    private Query compile(IndexSearcher searcher, String query, Principal reader) {
        return QueryCompiler.compile(
                query,
                new IndexReferenceLookup(searcher, policy, reader),
                AccessFilters.restrictedText(policy, reader));
    }

    private SearchResult search(IndexSearcher searcher, SearchRequest request, Principal reader) throws IOException {
        Query userQuery = compile(searcher, request.query(), reader);
        Query query = AccessFilters.restrict(userQuery, policy, reader);
        int wanted = Math.max(1, request.offset() + request.limit());

        TopDocs top;
        FacetsCollector facets = null;
        if (request.wantFacets() || request.wantMonths()) {
            var both = new MultiCollectorManager(topCollector(request.sort(), wanted), new FacetsCollectorManager());
            Object[] results = searcher.search(query, both);
            top = (TopDocs) results[0];
            facets = (FacetsCollector) results[1];
        } else {
            top = searcher.search(query, topCollector(request.sort(), wanted));
        }
        ScoreDoc[] page = slice(top.scoreDocs, request.offset(), request.limit());
        if (request.sort() == SortOrder.DATE && page.length > 0) {
            TopFieldCollector.populateScores(page, searcher, query);
        }
        List<String[]> snippets =
                request.wantHighlights() && page.length > 0 ? highlight(searcher, userQuery, page) : List.of();

        List<SearchHit> hits = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            hits.add(hit(searcher, page[i], snippets.isEmpty() ? null : snippets.get(i)));
        }
        Map<String, List<FacetCount>> facetCounts =
                request.wantFacets() ? countFacets(searcher, facets, FACET_VALUES) : Map.of();
        SortedMap<YearMonth, Long> months =
                request.wantMonths() ? MonthCounts.of(facets) : Collections.emptySortedMap();
        return new SearchResult(top.totalHits.value(), hits, facetCounts, months);
    }

    private static org.apache.lucene.search.CollectorManager<?, ? extends TopDocs> topCollector(
            SortOrder sort, int wanted) {
        // an exact total costs little more than the facet counting that visits every hit anyway
        return sort == SortOrder.DATE
                ? new TopFieldCollectorManager(NEWEST_FIRST, wanted, null, Integer.MAX_VALUE)
                : new TopScoreDocCollectorManager(wanted, null, Integer.MAX_VALUE);
    }

    private static ScoreDoc[] slice(ScoreDoc[] docs, int offset, int limit) {
        if (offset >= docs.length || limit == 0) {
            return new ScoreDoc[0];
        }
        return Arrays.copyOfRange(docs, offset, Math.min(docs.length, offset + limit));
    }

    private List<String[]> highlight(IndexSearcher searcher, Query userQuery, ScoreDoc[] page) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new DefaultPassageFormatter("<b>", "</b>", " … ", true))
                .withMaxNoHighlightPassages(0)
                // passages of about a line around each match, cut at spaces: far cheaper than finding sentences,
                // and cables' capitals and abbreviations ("U.S.", "E.O.") make sentence breaks unreliable anyway
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        new CustomSeparatorBreakIterator(' '), SNIPPET_LENGTH, 0.5f))
                .build();
        int[] docIds = new int[page.length];
        for (int i = 0; i < page.length; i++) {
            docIds[i] = page[i].doc;
        }
        Map<String, String[]> byField =
                highlighter.highlightFields(new String[] {IndexFields.BODY}, userQuery, docIds, new int[] {PASSAGES});
        String[] body = byField.get(IndexFields.BODY);
        List<String[]> result = new ArrayList<>(page.length);
        for (int i = 0; i < page.length; i++) {
            result.add(body == null || body[i] == null ? new String[0] : splitPassages(body[i]));
        }
        return result;
    }

    private static String[] splitPassages(String highlighted) {
        return Arrays.stream(highlighted.split(" … "))
                .map(p -> p.replaceAll("\\s+", " ").trim())
                .filter(p -> !p.isEmpty())
                .toArray(String[]::new);
    }

    private static SearchHit hit(IndexSearcher searcher, ScoreDoc scoreDoc, String[] snippets) throws IOException {
        Document doc = searcher.storedFields().document(scoreDoc.doc, HIT_FIELDS);
        String date = doc.get(IndexFields.DATE_STORED);
        IndexableField level = doc.getField(IndexFields.LEVEL);
        return new SearchHit(
                doc.get(IndexFields.ID),
                date == null ? null : LocalDate.parse(date),
                doc.get(IndexFields.SUBJECT),
                doc.get(IndexFields.ORIGIN_STORED),
                Classification.values()[level.numericValue().intValue()],
                scoreDoc.score,
                snippets == null ? List.of() : List.of(snippets));
    }

    /** The {@code values} most frequent values of each dimension ({@code Integer.MAX_VALUE} for all of them). */
    private Map<String, List<FacetCount>> countFacets(IndexSearcher searcher, FacetsCollector collected, int values)
            throws IOException {
        Map<String, List<FacetCount>> result = new LinkedHashMap<>();
        for (String dim : IndexFields.FACET_DIMENSIONS) {
            result.put(dim, List.of());
        }
        if (searcher.getIndexReader().numDocs() == 0) {
            return result;
        }
        var state = facetStates.stateFor(searcher.getIndexReader());
        var counts = new SortedSetDocValuesFacetCounts(state, collected);
        for (String dim : IndexFields.FACET_DIMENSIONS) {
            if (hasOrdinals(state, dim)) {
                // getTopChildren sizes a queue by its argument: "all" needs getAllChildren, sorted here
                FacetResult found =
                        values == Integer.MAX_VALUE ? counts.getAllChildren(dim) : counts.getTopChildren(values, dim);
                if (found != null) {
                    List<FacetCount> list = new ArrayList<>(found.labelValues.length);
                    for (LabelAndValue lv : found.labelValues) {
                        if (lv.value.longValue() > 0) {
                            list.add(new FacetCount(lv.label, lv.value.longValue()));
                        }
                    }
                    if (values == Integer.MAX_VALUE) {
                        list.sort(MOST_FREQUENT_FIRST);
                    }
                    result.put(dim, list);
                }
            }
        }
        return result;
    }

    private static boolean hasOrdinals(
            org.apache.lucene.facet.sortedset.SortedSetDocValuesReaderState state, String dim) {
        return state.getOrdRange(dim) != null;
    }

    private static Sort newestFirst() {
        SortField date = new SortField(IndexFields.DATE_SORT, SortField.Type.LONG, true);
        date.setMissingValue(Long.MIN_VALUE);
        return new Sort(date, SortField.FIELD_DOC);
    }
}
