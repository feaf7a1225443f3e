package org.chancery.archive.search;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Map.Entry;
import org.chancery.telegram.model.Cable;

/**
 * Counts of the cables a reader may see, by year, origin, classification and tag.
 *
 * <p>The reading room computes them from the index's facets, under the same access filter as a search; an archive
 * with no index yet is counted with a {@link Tally} of the cables the access decision permits.
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

    /** Counts cables one at a time; the caller feeds it only the cables the reader may see. */
    public static final class Tally {
        private final Map<String, Long> years = new HashMap<>();
        private final Map<String, Long> origins = new HashMap<>();
        private final Map<String, Long> levels = new HashMap<>();
        private final Map<String, Long> tags = new HashMap<>();
        private long total;

        public void add(Cable c) {
            total++;
            years.merge(c.date() == null ? "unknown" : String.valueOf(c.date().getYear()), 1L, Long::sum);
            origins.merge(c.origin() == null ? "unknown" : c.origin(), 1L, Long::sum);
            levels.merge(
                    c.classification() == null ? "unknown" : c.classification().label(), 1L, Long::sum);
            c.tags().stream().distinct().forEach(t -> tags.merge(t, 1L, Long::sum));
        }

        /** The stats so far, keeping the {@code top} most frequent origins and tags. */
        public ArchiveStats result(int top) {
            return new ArchiveStats(
                    total,
                    sorted(years, Entry.comparingByKey(), Integer.MAX_VALUE),
                    sorted(origins, byFrequency(), top),
                    sorted(
                            levels,
                            Entry.comparingByKey(Comparator.comparing(ArchiveStats::levelRank)),
                            Integer.MAX_VALUE),
                    sorted(tags, byFrequency(), top));
        }
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
