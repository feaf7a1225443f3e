package org.chancery.archive.room;

import java.time.OffsetDateTime;
import java.util.List;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;

/**
 * What a list of cables shows of each (an inbox, a queue): its heading, never its text. Reading the text is opening
 * the cable, audited and watched as a read.
 *
 * @param referenceId the cable
 * @param classification the banner's level
 * @param handling handling caveats
 * @param captions distribution captions
 * @param subject the subject line
 * @param tags TAGS
 * @param origin the originating post
 * @param date the cable's date
 */
public record CableHeading(
        String referenceId,
        Classification classification,
        List<String> handling,
        List<String> captions,
        String subject,
        List<String> tags,
        String origin,
        OffsetDateTime date) {

    static CableHeading of(Cable c) {
        return new CableHeading(
                c.referenceId(),
                c.classification(),
                c.handling(),
                c.captions(),
                c.subject(),
                c.tags(),
                c.origin(),
                c.date());
    }
}
