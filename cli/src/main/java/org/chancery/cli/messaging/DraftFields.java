package org.chancery.cli.messaging;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.chancery.messaging.draft.DraftAddressee;
import org.chancery.messaging.draft.DraftContent;
import org.chancery.messaging.draft.DraftJson;
import org.chancery.telegram.read.text.TagsReader;
import picocli.CommandLine.Option;

/**
 * The options that write a draft's fields. A file ({@code --file}, the text form of {@link DraftText} or the JSON of
 * {@link DraftJson}) replaces the whole draft; each option given then replaces its field.
 */
final class DraftFields {

    @Option(
            names = {"-f", "--file"},
            paramLabel = "FILE",
            description = "The draft as a text file (as `draft show` writes it) or as JSON; - reads stdin.")
    String file;

    @Option(
            names = {"-c", "--classification"},
            paramLabel = "LEVEL",
            description = "UNCLASSIFIED, CONFIDENTIAL, SECRET or TOP SECRET.")
    String classification;

    @Option(names = "--subject", paramLabel = "TEXT", description = "The subject line, e.g. \"(C) HMG VIEWS ON ...\".")
    String subject;

    @Option(names = "--tags", paramLabel = "TAGS", description = "TAGS, e.g. \"PREL, PGOV, UK\".")
    String tags;

    @Option(
            names = "--to",
            paramLabel = "ADDRESSEE",
            description = "An action addressee, with its precedence or --precedence's: \"RUEHC/SECSTATE WASHDC FLASH\","
                    + " RUEHLO, \"AMEMBASSY PARIS\". Repeatable; replaces the draft's TO list.")
    List<String> to;

    @Option(
            names = "--info",
            paramLabel = "ADDRESSEE",
            description = "An information addressee, as --to. Repeatable; replaces the INFO list.")
    List<String> info;

    @Option(
            names = "--precedence",
            paramLabel = "P",
            description = "Precedence of the TO addressees that name none: FLASH, NIACT IMMEDIATE, IMMEDIATE,"
                    + " PRIORITY, ROUTINE (given alone, it changes every TO addressee's). Default ROUTINE.")
    String precedence;

    @Option(
            names = "--info-precedence",
            paramLabel = "P",
            description = "Precedence of the INFO addressees that name none (default ROUTINE).")
    String infoPrecedence;

    @Option(
            names = {"-p", "--paragraph"},
            paramLabel = "TEXT",
            description = "A paragraph with its portion mark: \"(C) Text\". Repeatable, in order; replaces the text.")
    List<String> paragraphs;

    @Option(names = "--caption", paramLabel = "CAPTIONS", description = "Captions, e.g. \"SIPDIS\" or \"NODIS\".")
    String captions;

    @Option(names = "--handling", paramLabel = "CAVEATS", description = "Handling caveats, e.g. \"NOFORN\".")
    String handling;

    @Option(names = "--decl", paramLabel = "DECL", description = "Declassify on: a date (12/06/2036) or 25X1...")
    String declassify;

    @Option(names = "--classified-by", paramLabel = "TEXT", description = "Who classified it, and the reasons.")
    String classifiedBy;

    @Option(
            names = "--ref",
            paramLabel = "ID",
            description = "A cited cable of the archive (08LONDON2968). Repeatable; replaces the REF list.")
    List<String> references;

    @Option(names = "--signature", paramLabel = "NAME", description = "The name the cable is signed with.")
    String signature;

    /** Whether any field is given. */
    boolean any() {
        return file != null
                || classification != null
                || subject != null
                || tags != null
                || to != null
                || info != null
                || precedence != null
                || infoPrecedence != null
                || paragraphs != null
                || captions != null
                || handling != null
                || declassify != null
                || classifiedBy != null
                || references != null
                || signature != null;
    }

    /** The draft with the file and the options applied over {@code base}. */
    DraftContent applyTo(DraftContent base) {
        DraftContent d = file == null ? base : readFile();
        String toDefault = precedence == null ? "ROUTINE" : precedence;
        String infoDefault = infoPrecedence == null ? "ROUTINE" : infoPrecedence;
        List<DraftAddressee> toList = to != null
                ? to.stream().map(a -> DraftText.addressee(a, toDefault)).toList()
                : reprecedence(d.to(), precedence);
        List<DraftAddressee> infoList = info != null
                ? info.stream().map(a -> DraftText.addressee(a, infoDefault)).toList()
                : reprecedence(d.info(), infoPrecedence);
        return new DraftContent(
                classification != null ? classification.toUpperCase(java.util.Locale.ROOT) : d.classification(),
                captions != null ? DraftText.list(captions) : d.captions(),
                handling != null ? DraftText.list(handling) : d.handling(),
                declassify != null ? declassify : d.declassify(),
                classifiedBy != null ? classifiedBy : d.classifiedBy(),
                tags != null ? TagsReader.read(tags) : d.tags(),
                subject != null ? subject : d.subject(),
                references != null
                        ? references.stream()
                                .flatMap(r -> DraftText.list(r).stream())
                                .toList()
                        : d.references(),
                paragraphs != null
                        ? paragraphs.stream().map(DraftText::paragraph).toList()
                        : d.paragraphs(),
                toList,
                infoList,
                signature != null ? signature : d.signature());
    }

    private static List<DraftAddressee> reprecedence(List<DraftAddressee> current, String precedence) {
        return precedence == null
                ? current
                : current.stream()
                        .map(a -> new DraftAddressee(a.addressee(), DraftText.precedence(precedence)))
                        .toList();
    }

    private DraftContent readFile() {
        String text;
        try {
            text = file.equals("-")
                    ? new String(System.in.readAllBytes(), StandardCharsets.UTF_8)
                    : Files.readString(Path.of(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UnreadableDraftException(file + ": no such file");
        } catch (IOException | java.io.UncheckedIOException e) {
            throw new UnreadableDraftException(file + ": cannot be read as UTF-8 text (" + e.getMessage() + ")");
        }
        if (text.stripLeading().startsWith("{")) {
            try {
                return DraftJson.read(text);
            } catch (IllegalArgumentException notADraft) {
                throw new UnreadableDraftException(file + ": " + notADraft.getMessage());
            }
        }
        return DraftText.read(file, text);
    }

    /** An empty draft, for {@code draft new} without a file. */
    static DraftContent empty() {
        return new DraftContent(null, null, null, null, null, null, null, null, null, null, null, null);
    }
}
