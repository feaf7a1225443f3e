package org.chancery.server.web;

import java.util.List;
import org.chancery.archive.room.ReadingRoom;
import org.chancery.archive.search.Facet;
import org.chancery.archive.search.FacetCount;
import org.chancery.archive.search.SearchRequest;
import org.chancery.archive.search.SearchResult;
import org.chancery.archive.search.SortOrder;
import org.chancery.server.view.SearchLinks;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** Browse by origin, TAGS and date: the archive's facets over everything the reader may see, as links. */
@Controller
public class BrowseController {

    private final ReadingRoom room;

    public BrowseController(ReadingRoom room) {
        this.room = room;
    }

    /** A value to browse to, with its count. */
    public record Entry(String value, long count, String href) {}

    /** A year with links to each of its months. */
    public record Year(String year, long count, String href, List<Entry> months) {}

    @GetMapping("/browse")
    public String browse(Authentication authentication, Model model) {
        SearchResult all =
                room.search(Readers.of(authentication), new SearchRequest("", SortOrder.DATE, 0, 0, true, false));
        model.addAttribute("total", all.total());
        model.addAttribute("origins", entries(all, Facet.ORIGIN.key()));
        model.addAttribute("tags", entries(all, Facet.TAGS.key()));
        model.addAttribute(
                "years",
                all.facets().getOrDefault(Facet.YEAR.key(), List.of()).stream()
                        .sorted((a, b) -> b.value().compareTo(a.value()))
                        .map(BrowseController::year)
                        .toList());
        return "browse";
    }

    private static List<Entry> entries(SearchResult result, String dimension) {
        return result.facets().getOrDefault(dimension, List.of()).stream()
                .map(c -> new Entry(
                        c.value(),
                        c.count(),
                        SearchLinks.search(SearchLinks.narrowed("", dimension, c.value()), "date", 1)))
                .toList();
    }

    private static Year year(FacetCount c) {
        List<Entry> months = java.util.stream.IntStream.rangeClosed(1, 12)
                .mapToObj(m -> new Entry(
                        java.time.Month.of(m)
                                .getDisplayName(java.time.format.TextStyle.SHORT, java.util.Locale.ENGLISH),
                        0,
                        SearchLinks.search("date:" + c.value() + "-%02d".formatted(m), "date", 1)))
                .toList();
        return new Year(c.value(), c.count(), SearchLinks.search("date:" + c.value(), "date", 1), months);
    }
}
