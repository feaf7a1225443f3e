package org.chancery.archive.room;

import java.util.List;
import org.chancery.archive.store.StoredCable;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;

/**
 * A cable as one reader may see it. Paragraphs the reader is not cleared for keep their number and marking but their
 * text is replaced, in {@link #cable()} and in {@link #telegram()} alike; the summary goes when it would carry
 * withheld text.
 *
 * @param referenceId the cable
 * @param version the stored version shown
 * @param versions how many versions of the cable the reader may see
 * @param cable the cable with withheld text replaced
 * @param withheld indexes into {@code cable().paragraphs()} of the withheld paragraphs
 * @param effectiveClassification the level the cable has now (UNCLASSIFIED once declassified)
 * @param declassified whether the cable has been declassified by date or by a records officer
 * @param telegram the header and text as sent, with withheld paragraphs replaced
 * @param stored the stored version (for import time and sequence); its cable is <em>not</em> redacted
 */
public record CableView(
        String referenceId,
        int version,
        int versions,
        Cable cable,
        List<Integer> withheld,
        Classification effectiveClassification,
        boolean declassified,
        String telegram,
        StoredCable stored) {

    public CableView {
        withheld = List.copyOf(withheld);
    }

    public boolean anyWithheld() {
        return !withheld.isEmpty();
    }
}
