package org.chancery.server.web;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page. The URL holds the whole state (query, sort, page), so any page is a permalink; htmx requests
 * get only the results part and push the URL.
 */
@Controller
public class SearchController {

    private final SearchPages pages;
    private final MonthlyHits monthly;

    public SearchController(SearchPages pages, MonthlyHits monthly) {
        this.pages = pages;
        this.monthly = monthly;
    }

    @GetMapping("/search")
    public String search(
            @RequestParam(name = "q", defaultValue = "") String query,
            @RequestParam(defaultValue = "relevance") String sort,
            @RequestParam(defaultValue = "1") int page,
            @RequestHeader(name = "HX-Request", required = false) String htmx,
            Authentication authentication,
            Model model,
            HttpServletResponse response) {
        SearchPage result = pages.search(Readers.of(authentication), query, sort, page);
        if (result.error() != null) {
            response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        }
        model.addAttribute("result", result);
        return htmx != null ? "search :: results" : "search";
    }

    @GetMapping("/search/chart")
    public String chart(
            @RequestParam(name = "q", defaultValue = "") String query, Authentication authentication, Model model) {
        model.addAttribute("chart", monthly.chart(Readers.of(authentication), query));
        return "charts :: column";
    }
}
