package org.chancery.telegram.read;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * What a layout states about a cable outside its telegram text: the record lines, the CSV columns, the HTML metadata
 * table. Every field may be null (or empty) when the layout has no such value.
 *
 * @param referenceId the reference id as the layout writes it (not yet canonical)
 * @param subject the subject line (record layout only)
 * @param date the record's creation date
 * @param classification the classification as written, e.g. {@code CONFIDENTIAL//NOFORN} or {@code
 *     UNCLASSIFIED//FOR OFFICIAL USE ONLY}
 * @param origin the originating post as the archive names it, e.g. {@code Embassy London}
 * @param references reference ids listed by the layout (the CSV's sixth column)
 */
public record RecordMetadata(
        String referenceId,
        String subject,
        OffsetDateTime date,
        String classification,
        String origin,
        List<String> references) {

    public RecordMetadata {
        references = references == null ? List.of() : List.copyOf(references);
    }

    public static final RecordMetadata NONE = new RecordMetadata(null, null, null, null, null, List.of());
}
