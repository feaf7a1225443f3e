package org.chancery.messaging.directory;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chancery.archive.access.Principal;
import org.chancery.archive.room.ReadingRoom;

/**
 * Learns routing indicators from the FM, TO and INFO lines of the archive's headers: every line that names both a
 * routing indicator and an address is a vote, and each indicator takes the address it was seen with most. It reads
 * the headers' routing lines through the reading room as the administrator who asked ({@code ReadingRoom.routing}),
 * so it learns from what that account may read, audited, without reading any cable's text.
 */
public final class DirectoryLearner {

    /** What a learning run found. */
    public record Learned(long cables, List<RoutingEntry> entries, List<String> conflicts) {}

    private final ReadingRoom room;

    public DirectoryLearner(ReadingRoom room) {
        this.room = room;
    }

    public Learned learn(Principal administrator) {
        Map<String, Map<String, Long>> votes = new HashMap<>();
        long cables = room.routing(administrator, seen -> vote(votes, seen.route(), seen.address()));
        List<RoutingEntry> entries = new ArrayList<>();
        List<String> conflicts = new ArrayList<>();
        votes.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> {
            Map<String, Long> byAddress = e.getValue();
            var best = byAddress.entrySet().stream()
                    .max(Map.Entry.<String, Long>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                    .orElseThrow();
            long total = byAddress.values().stream().mapToLong(Long::longValue).sum();
            if (byAddress.size() > 1) {
                conflicts.add(e.getKey() + ": " + byAddress + " (kept " + best.getKey() + ")");
            }
            try {
                entries.add(new RoutingEntry(
                        e.getKey(),
                        best.getKey(),
                        RoutingEntry.kindOf(best.getKey()),
                        RoutingEntry.Source.LEARNED,
                        total,
                        List.of()));
            } catch (IllegalArgumentException notAnIndicator) {
                conflicts.add(e.getKey() + ": not a routing indicator, skipped");
            }
        });
        return new Learned(cables, entries, conflicts);
    }

    private static void vote(Map<String, Map<String, Long>> votes, String route, String address) {
        if (route == null || address == null || route.isBlank() || address.isBlank()) {
            return;
        }
        String r = RoutingEntry.normal(route);
        String a = RoutingEntry.normal(address);
        votes.computeIfAbsent(r, k -> new HashMap<>()).merge(a, 1L, Long::sum);
    }
}
