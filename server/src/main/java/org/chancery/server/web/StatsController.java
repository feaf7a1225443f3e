package org.chancery.server.web;

import java.util.List;
import org.chancery.archive.room.ReadingRoom;
import org.chancery.archive.search.ArchiveStats;
import org.chancery.archive.search.Facet;
import org.chancery.server.view.BarList;
import org.chancery.server.view.ColumnChart;
import org.chancery.server.view.SearchLinks;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Statistics with charts: volume over time, by classification, top TAGS and origins, over what the reader sees. */
@Controller
public class StatsController {

    static final int TOP = 15;

    private final ReadingRoom room;

    public StatsController(ReadingRoom room) {
        this.room = room;
    }

    @GetMapping("/stats")
    public String stats(Authentication authentication, Model model) {
        ArchiveStats stats = room.stats(Readers.of(authentication), TOP);
        model.addAttribute("cables", stats.cables());
        model.addAttribute(
                "volume",
                ColumnChart.of(
                        "Cables per year",
                        stats.byYear().stream()
                                .filter(c -> c.value().matches("\\d{4}"))
                                .map(c -> new ColumnChart.Value(
                                        c.value(), c.count(), SearchLinks.search("date:" + c.value(), "date", 1)))
                                .toList()));
        model.addAttribute(
                "levels",
                BarList.of(
                        "By classification",
                        values(stats.byClassification(), Facet.CLASSIFICATION.key()),
                        StatsController::level));
        model.addAttribute("tags", BarList.of("Top TAGS", values(stats.byTag(), Facet.TAGS.key())));
        model.addAttribute("origins", BarList.of("Top origins", values(stats.byOrigin(), Facet.ORIGIN.key())));
        return "stats";
    }

    private static List<ColumnChart.Value> values(List<ArchiveStats.Count> counts, String dimension) {
        return counts.stream()
                .map(c -> new ColumnChart.Value(
                        c.value(),
                        c.count(),
                        c.value().equals("unknown")
                                ? null
                                : SearchLinks.search(SearchLinks.narrowed("", dimension, c.value()), "date", 1)))
                .toList();
    }

    /** The css level of a classification label, for the same colours as the paragraph markings. */
    static String level(String label) {
        return switch (label) {
            case "TOP SECRET" -> "ts";
            case "SECRET" -> "s";
            case "CONFIDENTIAL" -> "c";
            default -> "u";
        };
    }
}
