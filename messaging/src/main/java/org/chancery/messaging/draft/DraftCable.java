package org.chancery.messaging.draft;

import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Paragraph;
import org.chancery.telegram.model.Precedence;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.model.Transmission;
import org.chancery.telegram.post.PostNames;
import org.chancery.telegram.read.text.ClassifiedByReader;
import org.chancery.telegram.read.text.DeclassificationReader;
import org.chancery.telegram.read.text.SubjectReader;

/**
 * A draft as the cable it becomes: the one place that turns a draft's fields into the format's model, for checking
 * on every save (with provisional numbers) and for the release (with the numbers it assigns).
 */
public final class DraftCable {

    private static final DateTimeFormatter DTG = DateTimeFormatter.ofPattern("ddHHmm'Z' MMM yy", Locale.ROOT);
    private static final DateTimeFormatter FILING = DateTimeFormatter.ofPattern("DDDHHmm", Locale.ROOT);

    /** The numbers a release assigns; a check uses provisional ones. */
    public record Numbers(String referenceId, int serial, OffsetDateTime date, String stationSerial) {}

    /** An addressee line as it will be sent: the directory's entry, the precedence and the MCN. */
    public record Line(RoutingEntry entry, Precedence precedence, String mcn) {
        Addressee addressee() {
            return new Addressee(entry.route(), entry.address(), precedence.label(), mcn);
        }
    }

    private DraftCable() {}

    public static Cable build(
            DraftContent d, RoutingEntry post, Numbers numbers, List<Line> to, List<Line> info, List<Reference> refs) {
        Classification level = Classification.fromText(d.classification()).orElse(Classification.UNCLASSIFIED);
        List<Paragraph> paragraphs = new ArrayList<>();
        int n = 1;
        for (DraftParagraph p : d.paragraphs()) {
            paragraphs.add(new Paragraph(n++, p.marking().isEmpty() ? null : p.marking(), p.text()));
        }
        Precedence highest = java.util.stream.Stream.concat(to.stream(), info.stream())
                .map(Line::precedence)
                .min(Enum::compareTo)
                .orElse(Precedence.ROUTINE);
        String prosign = highest.prosign();
        List<String> routes = new ArrayList<>();
        for (Line l : to) {
            if (!routes.contains(l.entry().route())) {
                routes.add(l.entry().route());
            }
        }
        Transmission transmission = new Transmission(
                null,
                null,
                null,
                prosign + prosign,
                routes,
                post.route(),
                numbers.stationSerial(),
                null,
                FILING.format(numbers.date()),
                level.securityWarning() + " ZZH",
                prosign,
                DTG.format(numbers.date()).toUpperCase(Locale.ROOT),
                numbers.date(),
                post.address(),
                post.route(),
                List.of(),
                List.of(),
                List.of());
        return Cable.builder()
                .referenceId(numbers.referenceId())
                .origin(post.origin())
                .date(numbers.date())
                .classification(level)
                .handling(d.handling().stream()
                        .map(s -> s.toUpperCase(Locale.ROOT))
                        .toList())
                .captions(d.captions().stream()
                        .map(s -> s.toUpperCase(Locale.ROOT))
                        .toList())
                // a leading "(C)" is the subject's portion marking, not its text: the reader drops it, so must the
                // cable
                .subject(d.subject() == null ? null : SubjectReader.read(d.subject()))
                .tags(d.tags().stream().map(s -> s.toUpperCase(Locale.ROOT)).toList())
                .references(refs)
                .declassification(declassification(d.declassify()))
                .classifiedBy(d.classifiedBy() == null ? null : ClassifiedByReader.read(d.classifiedBy()))
                .signers(
                        d.signature() == null
                                ? List.of()
                                : List.of(d.signature().toUpperCase(Locale.ROOT)))
                .to(to.stream().map(Line::addressee).toList())
                .info(info.stream().map(Line::addressee).toList())
                .paragraphs(paragraphs)
                .transmission(transmission)
                .sections(1)
                .build();
    }

    /** A REF entry for a cited archive cable, written the way REF lines spell ids: {@code 08 LONDON 2968}. */
    public static Reference reference(String referenceId) {
        return new Reference(
                referenceId,
                PostNames.parts(referenceId)
                        .map(p -> p.year() + " " + p.post() + " " + p.serial())
                        .orElse(referenceId));
    }

    private static org.chancery.telegram.model.Declassification declassification(String decl) {
        if (decl == null) {
            return null;
        }
        String line = decl.toUpperCase(Locale.ROOT).startsWith("E.O.") ? decl : "E.O. 13526: DECL: " + decl;
        return DeclassificationReader.read(line).orElse(null);
    }
}
