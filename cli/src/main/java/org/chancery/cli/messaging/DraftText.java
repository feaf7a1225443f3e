package org.chancery.cli.messaging;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chancery.messaging.draft.DraftAddressee;
import org.chancery.messaging.draft.DraftContent;
import org.chancery.messaging.draft.DraftParagraph;
import org.chancery.telegram.model.Precedence;
import org.chancery.telegram.read.text.ParagraphStart;
import org.chancery.telegram.read.text.TagsReader;
import org.chancery.telegram.write.LineWrapper;

/**
 * A draft as a text file, written the way a cable reads: header fields ({@code TO:}, {@code TAGS:}, {@code SUBJECT:}
 * ...) one per line, then the numbered, portion-marked paragraphs; a paragraph's further lines continue it (an indented
 * line always does). {@code chancery draft show} writes this form and {@code draft new|edit --file} reads it back;
 * lines starting with {@code #} are notes and are skipped.
 */
final class DraftText {

    /** The header fields in the order they are written. */
    static final List<String> FIELDS = List.of(
            "CLASSIFICATION",
            "CAPTIONS",
            "HANDLING",
            "TO",
            "INFO",
            "DECL",
            "CLASSIFIED BY",
            "TAGS",
            "SUBJECT",
            "REF",
            "SIGNATURE");

    private static final LineWrapper WRAP = new LineWrapper(LineWrapper.DEFAULT_WIDTH);

    private DraftText() {}

    static String write(DraftContent d) {
        StringBuilder s = new StringBuilder();
        field(s, "CLASSIFICATION", d.classification());
        field(s, "CAPTIONS", String.join(", ", d.captions()));
        field(s, "HANDLING", String.join(", ", d.handling()));
        for (DraftAddressee a : d.to()) {
            field(s, "TO", line(a));
        }
        for (DraftAddressee a : d.info()) {
            field(s, "INFO", line(a));
        }
        field(s, "DECL", d.declassify());
        field(s, "CLASSIFIED BY", d.classifiedBy());
        field(s, "TAGS", String.join(", ", d.tags()));
        field(s, "SUBJECT", d.subject());
        field(s, "REF", String.join(", ", d.references()));
        field(s, "SIGNATURE", d.signature());
        int n = 1;
        for (DraftParagraph p : d.paragraphs()) {
            String opening = n++ + ". " + (p.marking().isEmpty() ? "" : "(" + p.marking() + ") ");
            // continuation lines are indented, so that one starting "12." is never read as a new paragraph
            s.append('\n')
                    .append(WRAP.fill(opening + p.text(), 0).replace("\n", "\n   "))
                    .append('\n');
        }
        return s.toString();
    }

    /**
     * Reads a draft file.
     *
     * @param name the file's name, for messages
     * @throws UnreadableDraftException naming the line when a header line is not a known field
     */
    static DraftContent read(String name, String text) {
        Fields d = new Fields();
        String[] lines = text.replace("\r\n", "\n").split("\n", -1);
        StringBuilder paragraph = null;
        String marking = null;
        for (int i = 0; i < lines.length; i++) {
            String line = lines[i];
            if (line.startsWith("#")) {
                continue;
            }
            boolean continues = paragraph != null && !line.isBlank() && Character.isWhitespace(line.charAt(0));
            Optional<ParagraphStart> start = continues ? Optional.empty() : ParagraphStart.read(line);
            boolean inBody = paragraph != null || !d.paragraphs.isEmpty();
            if (!inBody && !line.isBlank() && start.isEmpty()) {
                header(d, name, i + 1, line);
                continue;
            }
            if (line.isBlank()) {
                marking = flush(d, marking, paragraph);
                paragraph = null;
                continue;
            }
            if (start.isPresent()) {
                marking = flush(d, marking, paragraph);
                paragraph = new StringBuilder(start.get().rest().strip());
                marking = start.get().marking() == null ? "" : start.get().marking();
            } else if (paragraph == null) {
                paragraph = new StringBuilder(line.strip());
                marking = "";
            } else {
                paragraph.append(' ').append(line.strip());
            }
        }
        flush(d, marking, paragraph);
        return d.content();
    }

    /**
     * An addressee as written on a TO or INFO line: the addressee, then its precedence ({@code RUEHC/SECSTATE WASHDC
     * FLASH}); without one, the default.
     */
    static DraftAddressee addressee(String written, String defaultPrecedence) {
        String w = written.strip().replaceAll("\\s+", " ");
        String[] words = w.split(" ");
        for (int take = Math.min(2, words.length - 1); take >= 1; take--) {
            String tail = String.join(" ", java.util.Arrays.copyOfRange(words, words.length - take, words.length));
            if (Precedence.fromLabel(tail).isPresent()) {
                return new DraftAddressee(
                        String.join(" ", java.util.Arrays.copyOfRange(words, 0, words.length - take)),
                        Precedence.fromLabel(tail).get().label());
            }
        }
        return new DraftAddressee(w, precedence(defaultPrecedence));
    }

    /** A precedence as the cable writes it ({@code niact} is {@code NIACT IMMEDIATE}); kept as typed when unknown. */
    static String precedence(String typed) {
        return typed == null
                ? ""
                : Precedence.fromLabel(typed).map(Precedence::label).orElse(typed.strip());
    }

    /** A paragraph as typed on the command line: {@code (C) Text} or {@code 2. (S/NF) Text}; unmarked otherwise. */
    static DraftParagraph paragraph(String written) {
        return ParagraphStart.read(written)
                .map(p -> new DraftParagraph(p.marking(), p.rest()))
                .orElseGet(() -> new DraftParagraph("", written));
    }

    /** A comma- or semicolon-separated list ({@code SIPDIS, NODIS}). */
    static List<String> list(String written) {
        List<String> items = new ArrayList<>();
        for (String item : written.split("[,;]")) {
            if (!item.isBlank()) {
                items.add(item.strip().toUpperCase(Locale.ROOT));
            }
        }
        return items;
    }

    private static String line(DraftAddressee a) {
        return (a.addressee() + " " + a.precedence()).strip();
    }

    private static void field(StringBuilder s, String name, String value) {
        if (value != null && !value.isBlank()) {
            s.append(name).append(": ").append(value).append('\n');
        }
    }

    private static void header(Fields d, String name, int lineNumber, String line) {
        int colon = line.indexOf(':');
        String key = colon < 0 ? "" : line.substring(0, colon).strip().toUpperCase(Locale.ROOT);
        String value = colon < 0 ? "" : line.substring(colon + 1).strip();
        if (key.equals("E.O. 13526") || key.equals("E.O. 12958")) {
            // the cable's own spelling: E.O. 13526: DECL: 12/06/2036
            int decl = value.toUpperCase(Locale.ROOT).indexOf("DECL:");
            key = "DECL";
            value = decl < 0 ? value : value.substring(decl + 5).strip();
        }
        switch (key) {
            case "CLASSIFICATION" -> d.classification = value;
            case "CAPTIONS" -> d.captions.addAll(list(value));
            case "HANDLING" -> d.handling.addAll(list(value));
            case "TO" -> d.to.add(addressee(value, null));
            case "INFO" -> d.info.add(addressee(value, null));
            case "DECL" -> d.declassify = value;
            case "CLASSIFIED BY" -> d.classifiedBy = value;
            case "TAGS" -> d.tags.addAll(TagsReader.read(value));
            case "SUBJECT" -> d.subject = value;
            case "REF" -> d.references.addAll(list(value));
            case "SIGNATURE" -> d.signature = value;
            default ->
                throw new UnreadableDraftException(name + ", line " + lineNumber + ": "
                        + (colon < 0
                                ? "neither a field (FIELD: value) nor a numbered paragraph (1. (C) Text)"
                                : "unknown field " + key)
                        + "; the fields are " + String.join(", ", FIELDS));
        }
    }

    private static String flush(Fields d, String marking, StringBuilder paragraph) {
        if (paragraph != null && !paragraph.isEmpty()) {
            d.paragraphs.add(new DraftParagraph(marking, paragraph.toString()));
        }
        return null;
    }

    /** The fields read so far. */
    private static final class Fields {
        String classification;
        final List<String> captions = new ArrayList<>();
        final List<String> handling = new ArrayList<>();
        final List<DraftAddressee> to = new ArrayList<>();
        final List<DraftAddressee> info = new ArrayList<>();
        String declassify;
        String classifiedBy;
        final List<String> tags = new ArrayList<>();
        String subject;
        final List<String> references = new ArrayList<>();
        String signature;
        final List<DraftParagraph> paragraphs = new ArrayList<>();

        DraftContent content() {
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
                    to,
                    info,
                    signature);
        }
    }
}
