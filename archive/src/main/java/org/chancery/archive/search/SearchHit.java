package org.chancery.archive.search;

import java.time.LocalDate;
import java.util.List;
import org.chancery.telegram.model.Classification;

/**
 * One cable in a result page, with what a hit list shows; the full cable comes from the store.
 *
 * @param id reference id
 * @param date the cable's calendar date, or null when unknown
 * @param subject the subject, or null
 * @param origin the originating post, or null
 * @param classification the banner's level
 * @param score relevance score (also computed when sorting by date)
 * @param highlights text passages with matches wrapped in {@code <b>...</b>}, HTML-escaped; empty when none were
 *     asked for or the body has no match
 */
public record SearchHit(
        String id,
        LocalDate date,
        String subject,
        String origin,
        Classification classification,
        float score,
        List<String> highlights) {

    public SearchHit {
        highlights = List.copyOf(highlights);
    }
}
