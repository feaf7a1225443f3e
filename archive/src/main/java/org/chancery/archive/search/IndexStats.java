package org.chancery.archive.search;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.chancery.archive.access.Principal;
import org.chancery.archive.index.IndexFields;
import org.chancery.archive.search.ArchiveStats.Count;
import org.chancery.telegram.model.Classification;

/**
 * {@link ArchiveStats} from the index's facet counts instead of a scan of the store: one pass over doc values, under
 * the reader's access filter exactly like a search, so a restrictive policy cannot leak through the counts and 250,000
 * cables take milliseconds rather than minutes.
 *
 * <p>Two differences from the store scan follow from what the index holds: a cable without a readable banner counts
 * as TOP SECRET (as the access rules treat it), and tags are counted in their normalised, upper-case form.
 */
public final class IndexStats {

    /** The value under which cables without a date or origin are counted, as the store scan does. */
    static final String UNKNOWN = "unknown";

    private IndexStats() {}

    /** The stats over what {@code reader} may see, keeping the {@code top} most frequent origins and tags. */
    public static ArchiveStats compute(CableSearcher searcher, Principal reader, int top) {
        SearchResult counted = searcher.countAll("", reader);
        Map<String, List<FacetCount>> facets = counted.facets();
        long total = counted.total();
        List<Count> years = withUnknown(facets.get(IndexFields.FACET_YEAR), total);
        years.sort(Comparator.comparing(Count::value));
        List<Count> levels = withUnknown(facets.get(IndexFields.FACET_CLASSIFICATION), total);
        levels.sort(Comparator.comparingInt(c -> levelRank(c.value())));
        List<Count> origins = withUnknown(facets.get(IndexFields.FACET_ORIGIN), total);
        origins.sort(Comparator.comparingLong(Count::count).reversed().thenComparing(Count::value));
        // tags are already most frequent first; a cable has several, so there is no "unknown" count for them
        List<Count> tags = counts(facets.get(IndexFields.FACET_TAGS));
        return new ArchiveStats(total, List.copyOf(years), first(origins, top), List.copyOf(levels), first(tags, top));
    }

    private static List<Count> first(List<Count> counts, int n) {
        return List.copyOf(counts.subList(0, Math.max(0, Math.min(n, counts.size()))));
    }

    /**
     * The counts of a single-valued dimension, plus the cables that have no value in it: every cable has at most one,
     * so those are the total minus the counted ones.
     */
    private static List<Count> withUnknown(List<FacetCount> values, long total) {
        List<Count> result = counts(values);
        long missing = total - result.stream().mapToLong(Count::count).sum();
        if (missing > 0) {
            result.add(new Count(UNKNOWN, missing));
        }
        return result;
    }

    private static List<Count> counts(List<FacetCount> values) {
        List<Count> result = new ArrayList<>();
        if (values != null) {
            values.forEach(v -> result.add(new Count(v.value(), v.count())));
        }
        return result;
    }

    private static int levelRank(String label) {
        for (Classification level : Classification.values()) {
            if (level.label().equals(label)) {
                return level.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }
}
