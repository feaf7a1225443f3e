package org.chancery.telegram.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * One cable, as faithfully as its source allows. Whatever the layout it was read from, a cable lands in this one
 * model; absent values are null or empty lists, never made up.
 *
 * @param referenceId canonical reference id: two-digit year, post, serial without leading zeros ({@code 08LONDON2968})
 * @param origin the originating post as the archive names it ({@code Embassy London}), or the originator PLAD
 * @param date the DTG when the header has one, else the record date
 * @param classification the banner's level; SBU and FOUO cables are {@link Classification#UNCLASSIFIED} with
 *     {@code SBU}/{@code FOUO} in {@code handling}
 * @param handling handling caveats: {@code NOFORN}, {@code REL TO ...}, {@code ORCON}, {@code SBU}, {@code FOUO}...
 * @param captions distribution captions: {@code SIPDIS}, {@code NODIS}, {@code EXDIS}, {@code LIMDIS}...
 * @param subject the subject, unwrapped onto one line
 * @param tags TAGS in the order written, normalised to upper case, person tags kept whole
 * @param references the REF entries
 * @param declassification the E.O./DECL instruction, or null when the cable has none
 * @param classifiedBy the "Classified By" line, or null
 * @param signers the signature names at the end of the text
 * @param summary the summary paragraph's text without the "Summary" markers, or null
 * @param to action addressees
 * @param info information addressees
 * @param paragraphs the text's paragraphs
 * @param partial whether the source is a partial extract (no header, text cut short)
 * @param transmission the transmission header FL1–FL6
 * @param sections the number of sections the telegram was sent in, or null when unknown
 * @param header the header exactly as the source gave it (empty when none)
 * @param body the text exactly as the source gave it
 */
public record Cable(
        String referenceId,
        String origin,
        OffsetDateTime date,
        Classification classification,
        List<String> handling,
        List<String> captions,
        String subject,
        List<String> tags,
        List<Reference> references,
        Declassification declassification,
        ClassifiedBy classifiedBy,
        List<String> signers,
        String summary,
        List<Addressee> to,
        List<Addressee> info,
        List<Paragraph> paragraphs,
        boolean partial,
        Transmission transmission,
        Integer sections,
        String header,
        String body) {

    public Cable {
        handling = List.copyOf(handling);
        captions = List.copyOf(captions);
        tags = List.copyOf(tags);
        references = List.copyOf(references);
        signers = List.copyOf(signers);
        to = List.copyOf(to);
        info = List.copyOf(info);
        paragraphs = List.copyOf(paragraphs);
        transmission = transmission == null ? Transmission.EMPTY : transmission;
        header = header == null ? "" : header;
        body = body == null ? "" : body;
    }

    /** The same cable without its source text, for comparing what two layouts or a round trip understood. */
    public Cable withoutSourceText() {
        return new Cable(
                referenceId,
                origin,
                date,
                classification,
                handling,
                captions,
                subject,
                tags,
                references,
                declassification,
                classifiedBy,
                signers,
                summary,
                to,
                info,
                paragraphs,
                partial,
                transmission,
                sections,
                "",
                "");
    }
}
