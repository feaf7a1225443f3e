package org.chancery.telegram.read;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.ClassifiedBy;
import org.chancery.telegram.model.Declassification;
import org.chancery.telegram.model.Paragraph;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.read.text.Banner;
import org.chancery.telegram.read.text.BannerReader;
import org.chancery.telegram.read.text.ClassifiedByReader;
import org.chancery.telegram.read.text.DeclassificationReader;
import org.chancery.telegram.read.text.Field;
import org.chancery.telegram.read.text.ParagraphReader;
import org.chancery.telegram.read.text.ParagraphStart;
import org.chancery.telegram.read.text.Preamble;
import org.chancery.telegram.read.text.PreambleReader;
import org.chancery.telegram.read.text.ReferenceReader;
import org.chancery.telegram.read.text.SignerReader;
import org.chancery.telegram.read.text.SubjectReader;
import org.chancery.telegram.read.text.SummaryReader;
import org.chancery.telegram.read.text.TagsReader;
import org.chancery.telegram.read.text.TextLines;
import org.chancery.telegram.read.text.UnbrokenText;

/**
 * Reads a telegram's text (everything after the transmission header): banner, captions, E.O. line, TAGS, subject,
 * references, Classified By, paragraphs, summary and signers. It never throws: whatever it cannot read stays null
 * or empty. It works line by line with bounded patterns, so its time is linear in the length of the text.
 *
 * <p>The banner is the first line, after any publication apparatus (WikiLeaks' date line, a bare DTG, the
 * partial-extract note), that reads as one; up to twelve lines of other matter (an archive's metadata block) may come
 * before it, but not a field or a paragraph.
 *
 * <p>Handling caveats are gathered, without duplicates and in this order, from the banner, the caption lines and the
 * paragraph markings ({@code (S/NF)} makes the cable NOFORN). {@code SBU}/{@code FOUO} paragraph markings only count
 * for an unclassified cable: a confidential cable with one SBU paragraph is not an SBU cable.
 *
 * <p><b>Partial texts.</b> A text is {@linkplain ParsedText#partial() partial} when it carries the "partial extract
 * of the original cable" note in its opening lines; when it is unsigned and its last line ends in "..." (the
 * publisher cut it short); when it is unsigned and has no paragraph at all (cut off after its fields); or when it
 * has lost both ends of a telegram: no banner, no E.O. line, no TAGS and no
 * subject at the top, and no signature at the bottom.
 */
public final class TextParser {
    private static final int BANNER_WINDOW = 12;
    private static final ParsedText NOTHING = new ParsedText(
            null, List.of(), List.of(), null, List.of(), List.of(), null, null, List.of(), null, List.of(), null, null,
            null, true);

    private TextParser() {}

    public static ParsedText parse(String text, TextContext context) {
        if (text == null || text.isBlank()) {
            return NOTHING;
        }
        TextContext ctx = context == null ? TextContext.NONE : context;
        try {
            return read(text, ctx);
        } catch (RuntimeException | StackOverflowError e) {
            // the contract is to never fail on a text; an unforeseen shape yields what nothing could be read from
            return NOTHING;
        }
    }

    private static ParsedText read(String text, TextContext ctx) {
        List<String> lines = UnbrokenText.layOut(TextLines.split(text));
        boolean partialNote = false;
        int first = 0;
        while (first < lines.size() && (lines.get(first).isBlank() || TextLines.isApparatus(lines.get(first)))) {
            partialNote |= TextLines.isPartialNote(lines.get(first));
            first++;
        }
        Banner banner = null;
        int preambleStart = first;
        int seen = 0;
        for (int i = first; i < lines.size() && seen < BANNER_WINDOW; i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            seen++;
            Optional<Banner> b = BannerReader.read(line);
            if (b.isPresent()) {
                banner = b.get();
                preambleStart = i + 1;
                break;
            }
            if (line.length() < 2000 && Field.opening(line) != null
                    || ParagraphStart.read(line).isPresent()) {
                break;
            }
        }
        String post = banner != null && banner.post() != null
                ? banner.post()
                : ReferenceIds.post(ctx.referenceId()).orElse(null);
        String year = ReferenceIds.year(ctx.referenceId()).orElse(null);

        Preamble preamble = PreambleReader.read(lines, preambleStart, post);
        SignerReader.Result signature = SignerReader.read(lines, preamble.bodyStart());
        List<String> body = new ArrayList<>(lines.subList(preamble.bodyStart(), signature.signatureStart()));
        if (signature.lastTextLine() != null && !body.isEmpty()) {
            body.set(body.size() - 1, signature.lastTextLine());
        }
        if (preamble.bodyLead() != null) {
            body.add(0, preamble.bodyLead());
        }
        ParagraphReader.Result paragraphs = ParagraphReader.read(body, post);

        Declassification declassification = preamble.declassification() == null
                ? null
                : DeclassificationReader.read(preamble.declassification()).orElse(null);
        List<String> tags = TagsReader.read(preamble.tags());
        List<Reference> references = ReferenceReader.read(preamble.references(), year);
        ClassifiedBy classifiedBy = classifiedBy(preamble, paragraphs.paragraphs());
        String subject = SubjectReader.read(preamble.subject());

        Classification classification = banner == null ? null : banner.classification();
        List<String> captions = distinct(preamble.captions(), paragraphs.captions());
        List<String> handling = handling(banner, preamble, paragraphs, classification);
        boolean unsigned = signature.signers().isEmpty();
        boolean partial = partialNote
                || (unsigned && endsTruncated(lines))
                || (unsigned && paragraphs.paragraphs().isEmpty())
                || (banner == null && declassification == null && tags.isEmpty() && subject == null && unsigned);
        return new ParsedText(
                classification,
                handling,
                captions,
                subject,
                tags,
                references,
                declassification,
                classifiedBy,
                signature.signers(),
                SummaryReader.read(paragraphs.paragraphs(), paragraphs.summaryAt()),
                paragraphs.paragraphs(),
                banner == null ? null : banner.sections(),
                banner == null ? null : banner.post(),
                banner == null ? null : banner.serial(),
                partial);
    }

    /** The preamble's Classified By, else one written as the first paragraph ({@code ¶1. (U) Classified by ...}). */
    private static ClassifiedBy classifiedBy(Preamble preamble, List<Paragraph> paragraphs) {
        if (preamble.classifiedBy() != null) {
            return ClassifiedByReader.read(ClassifiedByReader.afterLabel(preamble.classifiedBy()));
        }
        if (!paragraphs.isEmpty()) {
            String firstLine = paragraphs.get(0).text().lines().findFirst().orElse("");
            if (ClassifiedByReader.isClassifiedByLine(firstLine)) {
                return ClassifiedByReader.read(ClassifiedByReader.afterLabel(firstLine));
            }
        }
        return null;
    }

    private static List<String> handling(
            Banner banner, Preamble preamble, ParagraphReader.Result paragraphs, Classification classification) {
        Set<String> handling = new LinkedHashSet<>();
        if (banner != null) {
            handling.addAll(banner.caveats());
        }
        handling.addAll(preamble.caveats());
        boolean unclassified = classification == null || classification == Classification.UNCLASSIFIED;
        for (String caveat : paragraphs.caveats()) {
            if (unclassified || !(caveat.equals("SBU") || caveat.equals("FOUO"))) {
                handling.add(caveat);
            }
        }
        return List.copyOf(handling);
    }

    /** Whether the last non-blank line ends in "..." (how publishers mark a text they cut short). */
    private static boolean endsTruncated(List<String> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (!lines.get(i).isBlank()) {
                return lines.get(i).strip().endsWith("...");
            }
        }
        return false;
    }

    private static List<String> distinct(List<String> a, List<String> b) {
        Set<String> all = new LinkedHashSet<>(a);
        all.addAll(b);
        return List.copyOf(all);
    }
}
