package org.chancery.server.api;

import java.time.LocalDate;
import java.util.List;
import org.chancery.archive.search.SearchHit;

/**
 * One hit in an API search result.
 *
 * @param highlights passages with matches in {@code <b>...</b>}, HTML-escaped
 */
public record ApiHit(
        String id,
        LocalDate date,
        String subject,
        String origin,
        String classification,
        float score,
        List<String> highlights) {

    static ApiHit of(SearchHit hit) {
        return new ApiHit(
                hit.id(),
                hit.date(),
                hit.subject(),
                hit.origin(),
                hit.classification() == null ? null : hit.classification().label(),
                hit.score(),
                hit.highlights());
    }
}
