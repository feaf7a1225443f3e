package org.chancery.archive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.apache.lucene.facet.FacetsCollector;
import org.apache.lucene.facet.FacetsCollectorManager;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.util.BytesRef;
import org.chancery.archive.access.AccessPolicy;
import org.chancery.archive.access.Principal;
import org.chancery.archive.index.IndexFields;
import org.chancery.archive.marking.CableIds;

/**
 * Citations between cables, read from the index ({@code refs} on each cable) through the reader's access filter: a
 * cable the reader may not see neither appears nor contributes its citations.
 */
public final class ReferenceGraph {

    /** Guards against a runaway thread on a densely cited corpus. */
    public static final int MAX_NODES = 10_000;

    private final SearcherManager searchers;
    private final AccessPolicy policy;

    public ReferenceGraph(SearcherManager searchers, AccessPolicy policy) {
        this.searchers = searchers;
        this.policy = policy;
    }

    /** The ids the cable cites, in REF order; empty when the cable is unknown or not visible. */
    public List<String> references(String referenceId, Principal reader) {
        return withSearcher(s -> {
            Map<String, List<String>> refs =
                    referencesOf(s, Set.of(CableIds.key(referenceId)), reader, new LinkedHashMap<>());
            return List.copyOf(refs.getOrDefault(CableIds.key(referenceId), List.of()));
        });
    }

    /** The visible cables that cite the given id, sorted. */
    public List<String> citedBy(String referenceId, Principal reader) {
        return withSearcher(s -> {
            Map<String, Set<String>> citing = citersOf(s, Set.of(CableIds.key(referenceId)), reader);
            return List.copyOf(new TreeSet<>(citing.getOrDefault(CableIds.key(referenceId), Set.of())));
        });
    }

    /**
     * The thread around a cable: everything reachable by following references and citations, either way, up to
     * {@code maxDepth} steps (and {@link #MAX_NODES} cables).
     */
    public CableThread thread(String referenceId, int maxDepth, Principal reader) {
        String root = CableIds.key(referenceId);
        return withSearcher(s -> {
            Map<String, Integer> depth = new LinkedHashMap<>();
            Set<CableThread.Citation> edges = new LinkedHashSet<>();
            Set<String> missing = new TreeSet<>();
            Map<String, String> subjects = new LinkedHashMap<>();
            Set<String> frontier = Set.of(root);
            if (referencesOf(s, frontier, reader, subjects).isEmpty()) {
                return new CableThread(root, Map.of(), List.of(), List.of(root), Map.of());
            }
            depth.put(root, 0);
            for (int d = 1; d <= maxDepth && !frontier.isEmpty() && depth.size() < MAX_NODES; d++) {
                Map<String, List<String>> cites = referencesOf(s, frontier, reader, subjects);
                Map<String, Set<String>> citers = citersOf(s, frontier, reader);
                Set<String> candidates = new LinkedHashSet<>();
                for (var e : cites.entrySet()) {
                    for (String to : e.getValue()) {
                        edges.add(new CableThread.Citation(e.getKey(), to));
                        candidates.add(to);
                    }
                }
                for (var e : citers.entrySet()) {
                    for (String from : e.getValue()) {
                        edges.add(new CableThread.Citation(from, e.getKey()));
                        candidates.add(from);
                    }
                }
                candidates.removeAll(depth.keySet());
                Set<String> visible =
                        referencesOf(s, candidates, reader, subjects).keySet();
                Set<String> next = new LinkedHashSet<>();
                for (String id : candidates) {
                    if (!visible.contains(id)) {
                        missing.add(id);
                    } else if (depth.size() < MAX_NODES) {
                        depth.put(id, d);
                        next.add(id);
                    }
                }
                frontier = next;
            }
            subjects.keySet().retainAll(depth.keySet());
            return new CableThread(root, depth, new ArrayList<>(edges), new ArrayList<>(missing), subjects);
        });
    }

    /**
     * For each visible cable among {@code ids}, the ids it cites (a visible cable with no references maps to []); its
     * subject goes into {@code subjects} when it has one.
     */
    private Map<String, List<String>> referencesOf(
            IndexSearcher s, Collection<String> ids, Principal reader, Map<String, String> subjects)
            throws IOException {
        Map<String, List<String>> result = new LinkedHashMap<>();
        for (int hit : matching(s, IndexFields.ID, ids, reader)) {
            var doc = s.storedFields().document(hit, NODE_FIELDS);
            String id = doc.get(IndexFields.ID);
            result.put(id, List.of(doc.getValues(IndexFields.REFS)));
            String subject = doc.get(IndexFields.SUBJECT);
            if (subject != null && !subject.isBlank()) {
                subjects.put(id, subject);
            }
        }
        return result;
    }

    private static final Set<String> NODE_FIELDS = Set.of(IndexFields.ID, IndexFields.REFS, IndexFields.SUBJECT);

    /** For each of {@code ids}, the visible cables citing it. */
    private Map<String, Set<String>> citersOf(IndexSearcher s, Collection<String> ids, Principal reader)
            throws IOException {
        Map<String, Set<String>> result = new LinkedHashMap<>();
        for (int hit : matching(s, IndexFields.REFS, ids, reader)) {
            var doc = s.storedFields().document(hit, Set.of(IndexFields.ID, IndexFields.REFS));
            String from = doc.get(IndexFields.ID);
            for (String to : doc.getValues(IndexFields.REFS)) {
                if (ids.contains(to)) {
                    result.computeIfAbsent(to, k -> new TreeSet<>()).add(from);
                }
            }
        }
        return result;
    }

    /**
     * The visible cables with one of {@code values} in {@code field}, as doc ids in index order, at most
     * {@link #MAX_NODES}. One pass that keeps only what matches: a top-hits queue would be sized for
     * {@code MAX_NODES} on every cable page (a twentieth of the reading room's allocation under load) or need a
     * counting pass first, and nothing here is ranked.
     */
    private List<Integer> matching(IndexSearcher s, String field, Collection<String> values, Principal reader)
            throws IOException {
        List<Integer> docs = new ArrayList<>();
        if (values.isEmpty()) {
            return docs;
        }
        List<BytesRef> terms = new ArrayList<>();
        for (String v : values) {
            terms.add(new BytesRef(v));
        }
        Query query = AccessFilters.restrict(new TermInSetQuery(field, terms), policy, reader);
        for (FacetsCollector.MatchingDocs segment :
                s.search(query, new FacetsCollectorManager()).getMatchingDocs()) {
            var it = segment.bits() == null ? null : segment.bits().iterator();
            if (it == null) {
                continue;
            }
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (docs.size() == MAX_NODES) {
                    return docs;
                }
                docs.add(segment.context().docBase + doc);
            }
        }
        return docs;
    }

    private <T> T withSearcher(SearcherWork<T> work) {
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return work.run(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @FunctionalInterface
    private interface SearcherWork<T> {
        T run(IndexSearcher searcher) throws IOException;
    }
}
