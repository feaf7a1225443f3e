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
        return toBuilder().header("").body("").build();
    }

    /** A builder holding this cable's values, to make a copy with some of them changed. */
    public Builder toBuilder() {
        return new Builder(this);
    }

    /** A builder for a new cable: every value absent (null, empty lists, not partial). */
    public static Builder builder() {
        return new Builder();
    }

    /** Builds cables value by value; the one place that knows the order of the record's components. */
    public static final class Builder {
        private String referenceId;
        private String origin;
        private OffsetDateTime date;
        private Classification classification;
        private List<String> handling = List.of();
        private List<String> captions = List.of();
        private String subject;
        private List<String> tags = List.of();
        private List<Reference> references = List.of();
        private Declassification declassification;
        private ClassifiedBy classifiedBy;
        private List<String> signers = List.of();
        private String summary;
        private List<Addressee> to = List.of();
        private List<Addressee> info = List.of();
        private List<Paragraph> paragraphs = List.of();
        private boolean partial;
        private Transmission transmission;
        private Integer sections;
        private String header;
        private String body;

        private Builder() {}

        private Builder(Cable c) {
            referenceId = c.referenceId;
            origin = c.origin;
            date = c.date;
            classification = c.classification;
            handling = c.handling;
            captions = c.captions;
            subject = c.subject;
            tags = c.tags;
            references = c.references;
            declassification = c.declassification;
            classifiedBy = c.classifiedBy;
            signers = c.signers;
            summary = c.summary;
            to = c.to;
            info = c.info;
            paragraphs = c.paragraphs;
            partial = c.partial;
            transmission = c.transmission;
            sections = c.sections;
            header = c.header;
            body = c.body;
        }

        public Builder referenceId(String value) {
            this.referenceId = value;
            return this;
        }

        public Builder origin(String value) {
            this.origin = value;
            return this;
        }

        public Builder date(OffsetDateTime value) {
            this.date = value;
            return this;
        }

        public Builder classification(Classification value) {
            this.classification = value;
            return this;
        }

        public Builder handling(List<String> value) {
            this.handling = value;
            return this;
        }

        public Builder captions(List<String> value) {
            this.captions = value;
            return this;
        }

        public Builder subject(String value) {
            this.subject = value;
            return this;
        }

        public Builder tags(List<String> value) {
            this.tags = value;
            return this;
        }

        public Builder references(List<Reference> value) {
            this.references = value;
            return this;
        }

        public Builder declassification(Declassification value) {
            this.declassification = value;
            return this;
        }

        public Builder classifiedBy(ClassifiedBy value) {
            this.classifiedBy = value;
            return this;
        }

        public Builder signers(List<String> value) {
            this.signers = value;
            return this;
        }

        public Builder summary(String value) {
            this.summary = value;
            return this;
        }

        public Builder to(List<Addressee> value) {
            this.to = value;
            return this;
        }

        public Builder info(List<Addressee> value) {
            this.info = value;
            return this;
        }

        public Builder paragraphs(List<Paragraph> value) {
            this.paragraphs = value;
            return this;
        }

        public Builder partial(boolean value) {
            this.partial = value;
            return this;
        }

        public Builder transmission(Transmission value) {
            this.transmission = value;
            return this;
        }

        public Builder sections(Integer value) {
            this.sections = value;
            return this;
        }

        public Builder header(String value) {
            this.header = value;
            return this;
        }

        public Builder body(String value) {
            this.body = value;
            return this;
        }

        public Cable build() {
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
                    header,
                    body);
        }
    }
}
