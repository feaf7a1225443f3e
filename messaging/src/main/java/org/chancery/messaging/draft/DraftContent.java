package org.chancery.messaging.draft;

import java.util.List;

/**
 * What a drafter writes: everything of a cable except what the release assigns (reference id, DTG, serials, MCNs).
 * Saved as one version per save; stored and exchanged as JSON in this shape.
 *
 * @param classification {@code UNCLASSIFIED}, {@code CONFIDENTIAL}, {@code SECRET} or {@code TOP SECRET}
 * @param captions distribution captions: {@code SIPDIS}, {@code NODIS}, {@code EXDIS}...
 * @param handling caveats: {@code NOFORN}, {@code REL TO UK, CAN}...
 * @param declassify the DECL instruction: a date ({@code 12/06/2036}) or an exemption ({@code 25X1}); required for a
 *     classified cable
 * @param classifiedBy who classified it and why: {@code Jane Roe, Political Counselor, reasons 1.4 (b) and (d)}
 * @param tags TAGS
 * @param subject the subject line
 * @param references ids of archive cables the draft cites, in REF order
 * @param paragraphs the text's paragraphs, numbered in this order
 * @param to action addressees
 * @param info information addressees
 * @param signature the name the cable is signed with
 */
public record DraftContent(
        String classification,
        List<String> captions,
        List<String> handling,
        String declassify,
        String classifiedBy,
        List<String> tags,
        String subject,
        List<String> references,
        List<DraftParagraph> paragraphs,
        List<DraftAddressee> to,
        List<DraftAddressee> info,
        String signature) {

    public DraftContent {
        captions = copy(captions);
        handling = copy(handling);
        tags = copy(tags);
        references = copy(references);
        paragraphs = paragraphs == null ? List.of() : List.copyOf(paragraphs);
        to = to == null ? List.of() : List.copyOf(to);
        info = info == null ? List.of() : List.copyOf(info);
        classification = blankToNull(classification);
        declassify = blankToNull(declassify);
        classifiedBy = blankToNull(classifiedBy);
        subject = blankToNull(subject);
        signature = blankToNull(signature);
    }

    public DraftContent withClassification(String value) {
        return new DraftContent(
                value,
                captions,
                handling,
                declassify,
                classifiedBy,
                tags,
                subject,
                references,
                paragraphs,
                to,
                info,
                signature);
    }

    public DraftContent withSubject(String value) {
        return new DraftContent(
                classification,
                captions,
                handling,
                declassify,
                classifiedBy,
                tags,
                value,
                references,
                paragraphs,
                to,
                info,
                signature);
    }

    public DraftContent withReferences(List<String> value) {
        return new DraftContent(
                classification,
                captions,
                handling,
                declassify,
                classifiedBy,
                tags,
                subject,
                value,
                paragraphs,
                to,
                info,
                signature);
    }

    public DraftContent withParagraphs(List<DraftParagraph> value) {
        return new DraftContent(
                classification,
                captions,
                handling,
                declassify,
                classifiedBy,
                tags,
                subject,
                references,
                value,
                to,
                info,
                signature);
    }

    public DraftContent withAddressees(List<DraftAddressee> newTo, List<DraftAddressee> newInfo) {
        return new DraftContent(
                classification,
                captions,
                handling,
                declassify,
                classifiedBy,
                tags,
                subject,
                references,
                paragraphs,
                newTo,
                newInfo,
                signature);
    }

    private static List<String> copy(List<String> values) {
        return values == null
                ? List.of()
                : values.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
