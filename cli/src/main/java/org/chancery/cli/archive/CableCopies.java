package org.chancery.cli.archive;

import org.chancery.telegram.model.Cable;

/** Copies of a cable with one field changed, for generated benchmark data. */
final class CableCopies {
    private CableCopies() {}

    static Cable withReferenceId(Cable c, String referenceId) {
        return new Cable(
                referenceId,
                c.origin(),
                c.date(),
                c.classification(),
                c.handling(),
                c.captions(),
                c.subject(),
                c.tags(),
                c.references(),
                c.declassification(),
                c.classifiedBy(),
                c.signers(),
                c.summary(),
                c.to(),
                c.info(),
                c.paragraphs(),
                c.partial(),
                c.transmission(),
                c.sections(),
                c.header(),
                c.body());
    }
}
