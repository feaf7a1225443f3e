package org.chancery.archive.store;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import org.chancery.archive.access.Principal;
import org.chancery.telegram.model.Cable;

/**
 * Counts of the cables a reader may see, by year, origin, classification and tag.
 *
 * <p>Computed by visiting every permitted cable through {@link ArchiveReader}, so that a restrictive policy cannot
 * leak through counts. That costs a full scan; once the search index's facets (filtered by the same policy) exist,
 * stats should come from there.
 *
 * @param cables number of permitted cables
 * @param byYear count per year of the cable's date ("unknown" when undated), by year
 * @param byOrigin top origins, most frequent first
 * @param byClassification count per classification, lowest level first
 * @param byTag top tags, most frequent first
 */
public record ArchiveStats(
        long cables, List<Count> byYear, List<Count> byOrigin, List<Count> byClassification, List<Count> byTag) {

    /** One value and how many cables have it. */
    public record Count(String value, long count) {}

    /** Computes the stats over what {@code reader} may see, keeping the {@code top} most frequent origins and tags. */
    public static ArchiveStats compute(ArchiveReader archive, Principal reader, int top) {
        Map<String, Long> years = new HashMap<>();
        Map<String, Long> origins = new HashMap<>();
        Map<String, Long> levels = new HashMap<>();
        Map<String, Long> tags = new HashMap<>();
        long[] total = {0};
        archive.forEachLatest(reader, stored -> {
            Cable c = stored.cable();
            total[0]++;
            years.merge(c.date() == null ? "unknown" : String.valueOf(c.date().getYear()), 1L, Long::sum);
            origins.merge(c.origin() == null ? "unknown" : c.origin(), 1L, Long::sum);
            levels.merge(
                    c.classification() == null ? "unknown" : c.classification().label(), 1L, Long::sum);
            c.tags().stream().distinct().forEach(t -> tags.merge(t, 1L, Long::sum));
        });
        return new ArchiveStats(
                total[0],
                sorted(years, Entry.comparingByKey(), Integer.MAX_VALUE),
                sorted(origins, byFrequency(), top),
                sorted(levels, Entry.comparingByKey(Comparator.comparing(ArchiveStats::levelRank)), Integer.MAX_VALUE),
                sorted(tags, byFrequency(), top));
    }

    private static Comparator<Entry<String, Long>> byFrequency() {
        return Entry.<String, Long>comparingByValue().reversed().thenComparing(Entry.comparingByKey());
    }

    private static int levelRank(String label) {
        for (var level : org.chancery.telegram.model.Classification.values()) {
            if (level.label().equals(label)) {
                return level.ordinal();
            }
        }
        return Integer.MAX_VALUE;
    }

    private static List<Count> sorted(Map<String, Long> counts, Comparator<Entry<String, Long>> order, int limit) {
        return counts.entrySet().stream()
                .sorted(order)
                .limit(limit)
                .map(e -> new Count(e.getKey(), e.getValue()))
                .toList();
    }
}
