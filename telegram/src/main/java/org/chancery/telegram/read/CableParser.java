package org.chancery.telegram.read;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.model.Transmission;
import org.chancery.telegram.post.PostNames;
import org.chancery.telegram.read.layout.CableSizeLimit;
import org.chancery.telegram.read.layout.IncompleteSections;
import org.chancery.telegram.read.layout.MetadataClassification;
import org.chancery.telegram.read.layout.WikiLeaksDateLine;

/**
 * Turns a {@link RawCable} from any layout into the one {@link Cable} model: splits the header from the text when the
 * layout did not, lets {@link HeaderParser} and {@link TextParser} read them, and merges what they found with what
 * the layout states outside the telegram ({@link RecordMetadata}).
 *
 * <p>The layout's metadata wins for the reference id, origin and classification level, because the archive's
 * naming comes from there; the telegram wins for the date (the DTG is to the minute, record dates are not) and for
 * everything only the telegram has. Text input never makes it throw, except for the two refusals every reader
 * shares: not text, and over 20 MB.
 */
public final class CableParser {
    private static final String PARTIAL_EXTRACT_NOTE = "partial extract of the original cable";

    public Cable parse(RawCable raw) {
        return parse(raw, null);
    }

    /**
     * Reads a bare telegram or fragment of one, as typed or piped to the CLI.
     *
     * @param referenceIdContext the cable's id when known from elsewhere: its year dates REF lines without a year,
     *     and it is the cable's id when the text yields none; may be null
     */
    public Cable parseText(String text, String referenceIdContext) {
        String source = text == null ? "" : text;
        if (source.length() > CableSizeLimit.MAX_CHARS) {
            throw CableSizeLimit.exceeded("text");
        }
        if (source.indexOf('\0') >= 0) {
            throw new CableParseException("text", "not text: contains NUL characters");
        }
        return parse(new RawCable("text", Layout.TELEGRAM, RecordMetadata.NONE, null, source), referenceIdContext);
    }

    private Cable parse(RawCable raw, String fallbackId) {
        if (raw == null) {
            throw new CableParseException(null, "no cable");
        }
        RecordMetadata metadata = raw.metadata() == null ? RecordMetadata.NONE : raw.metadata();
        String source = raw.text() == null ? "" : raw.text();
        SplitTelegram split = raw.header() == null ? splitHeader(source) : new SplitTelegram(raw.header(), source);
        ParsedHeader header = parseHeader(split.header());
        // The stamp WikiLeaks put before many texts is not the telegram's first line (layouts drop it; a split may
        // leave it when it was glued to the header).
        String text = WikiLeaksDateLine.dropLeading(split.text());

        String metadataId = canonicalId(metadata.referenceId());
        if (metadataId == null && fallbackId == null && split.header().isBlank()) {
            metadataId = bareId(text); // a pasted id alone names the cable it is
        }
        String contextId = metadataId != null ? metadataId : canonicalId(fallbackId);
        ParsedText parsed = readText(text, contextId);
        String referenceId = metadataId;
        if (referenceId == null) {
            String built = idFromTelegram(header.transmission(), parsed, metadata.date());
            referenceId = built != null ? built : contextId;
            if (built != null && !built.equals(contextId)) {
                parsed = readText(text, built); // the id's year dates REF lines that give none
            }
        }

        MetadataClassification marked = MetadataClassification.parse(metadata.classification());
        Classification classification = marked.level() != null ? marked.level() : parsed.classification();
        boolean noHeader = split.header().isBlank();
        boolean partial = parsed.partial()
                || IncompleteSections.in(raw)
                || (noHeader && parsed.classification() == null)
                || split.header().toLowerCase(Locale.ROOT).contains(PARTIAL_EXTRACT_NOTE);
        Transmission transmission = header.transmission();
        OffsetDateTime date = transmission.dateTime() != null ? transmission.dateTime() : metadata.date();
        String origin = metadata.origin() != null && !metadata.origin().isBlank()
                ? metadata.origin().strip()
                : PostNames.origin(transmission.originator());
        String subject =
                parsed.subject() != null && !parsed.subject().isBlank() ? parsed.subject() : metadata.subject();
        Integer sections = parsed.sections() != null ? parsed.sections() : transmission.section();

        return new Cable(
                referenceId,
                origin,
                date,
                classification,
                handling(marked.caveats(), parsed.handling()),
                parsed.captions(),
                subject,
                parsed.tags(),
                references(parsed.references(), metadata.references()),
                parsed.declassification(),
                parsed.classifiedBy(),
                parsed.signers(),
                parsed.summary(),
                header.to(),
                header.info(),
                parsed.paragraphs(),
                partial,
                transmission,
                sections,
                split.header(),
                split.text());
    }

    private static SplitTelegram splitHeader(String source) {
        try {
            return HeaderSplitter.split(source);
        } catch (RuntimeException e) {
            // a splitter defect must not lose the cable: keep it all as text
            return new SplitTelegram("", source);
        }
    }

    private static ParsedHeader parseHeader(String header) {
        if (header.isBlank()) {
            return ParsedHeader.EMPTY;
        }
        try {
            return HeaderParser.parse(header);
        } catch (RuntimeException e) {
            return ParsedHeader.EMPTY;
        }
    }

    private static ParsedText readText(String text, String referenceId) {
        try {
            return TextParser.parse(text, new TextContext(referenceId));
        } catch (RuntimeException e) {
            // degrade to "nothing understood", flagged partial, rather than refuse a readable cable
            return new ParsedText(
                    null, List.of(), List.of(), null, List.of(), List.of(), null, null, List.of(), null, List.of(),
                    null, null, null, true);
        }
    }

    private static String canonicalId(String id) {
        if (id == null || id.isBlank()) {
            return null;
        }
        // an id the canonicaliser does not recognise is still the layout's name for the cable: keep it
        return ReferenceIds.canonical(id).orElse(id.strip());
    }

    /** The canonical id when the whole text is one reference id ({@code 08 rio 0346}), else null. */
    private static String bareId(String text) {
        String line = text.strip();
        if (line.isEmpty() || line.length() > 40 || line.indexOf('\n') >= 0) {
            return null;
        }
        return ReferenceIds.canonical(line).orElse(null);
    }

    /** {@code 08} (DTG year, else record year) + banner post + banner serial, when the telegram has them. */
    private static String idFromTelegram(Transmission transmission, ParsedText parsed, OffsetDateTime recordDate) {
        OffsetDateTime dated = transmission.dateTime() != null ? transmission.dateTime() : recordDate;
        if (dated == null || parsed.bannerPost() == null || parsed.bannerSerial() == null) {
            return null;
        }
        String year = String.format(Locale.ROOT, "%02d", dated.getYear() % 100);
        return ReferenceIds.of(year, parsed.bannerPost(), parsed.bannerSerial()).orElse(null);
    }

    /**
     * The layout's caveats, then the text's, each once. FOUO (how the layouts label unclassified cables with
     * handling restrictions) and SBU (the text's own SENSITIVE marking) are both kept: they come from different
     * sources, and dropping either would lose what one of them says.
     */
    private static List<String> handling(List<String> fromMetadata, List<String> fromText) {
        Set<String> all = new LinkedHashSet<>(fromMetadata);
        all.addAll(fromText);
        return List.copyOf(all);
    }

    private static List<Reference> references(List<Reference> fromText, List<String> fromLayout) {
        if (!fromText.isEmpty() || fromLayout.isEmpty()) {
            return fromText;
        }
        List<Reference> listed = new ArrayList<>();
        for (String id : fromLayout) {
            listed.add(new Reference(ReferenceIds.canonical(id).orElse(id), id));
        }
        return listed;
    }
}
