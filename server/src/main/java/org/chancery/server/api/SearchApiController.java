package org.chancery.server.api;

import org.chancery.archive.room.ReadingRoom;
import org.chancery.archive.search.ArchiveStats;
import org.chancery.archive.search.SearchRequest;
import org.chancery.archive.search.SearchResult;
import org.chancery.archive.search.SortOrder;
import org.chancery.server.web.Readers;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** {@code /api/search} and {@code /api/stats}: over what the caller may see only. */
@RestController
public class SearchApiController {

    static final int MAX_SIZE = 200;

    private final ReadingRoom room;

    public SearchApiController(ReadingRoom room) {
        this.room = room;
    }

    /** A page of hits with the exact total, facets and highlights; a bad query is a 400 naming the column. */
    @GetMapping("/api/search")
    public ApiSearchResult search(
            @RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(defaultValue = "1") int page,
            @RequestParam(defaultValue = "20") int size,
            Authentication authentication) {
        SortOrder order = switch (sort) {
            case "relevance" -> SortOrder.RELEVANCE;
            case "date" -> SortOrder.DATE;
            default -> throw new IllegalArgumentException("sort must be relevance or date, not '" + sort + "'");
        };
        if (page < 1 || size < 1 || size > MAX_SIZE) {
            throw new IllegalArgumentException("page must be >= 1 and size between 1 and " + MAX_SIZE);
        }
        long offset = (long) (page - 1) * size;
        if (offset + size > SearchRequest.MAX_LIMIT) {
            throw new IllegalArgumentException("pages reach at most hit " + SearchRequest.MAX_LIMIT);
        }
        SearchResult result = room.search(
                Readers.of(authentication), new SearchRequest(query, order, (int) offset, size, true, true));
        return new ApiSearchResult(
                query,
                sort,
                page,
                size,
                result.total(),
                result.hits().stream().map(ApiHit::of).toList(),
                result.facets());
    }

    @GetMapping("/api/stats")
    public ArchiveStats stats(@RequestParam(defaultValue = "20") int top, Authentication authentication) {
        if (top < 1 || top > 1000) {
            throw new IllegalArgumentException("top must be between 1 and 1000");
        }
        return room.stats(Readers.of(authentication), top);
    }
}
