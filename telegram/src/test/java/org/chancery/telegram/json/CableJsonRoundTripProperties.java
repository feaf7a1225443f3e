package org.chancery.telegram.json;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Builders;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.ClassifiedBy;
import org.chancery.telegram.model.Declassification;
import org.chancery.telegram.model.Paragraph;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.model.Transmission;

/** Any cable, with any text (control characters, quotes, non-BMP characters), survives the JSON round trip. */
class CableJsonRoundTripProperties {

    @Property(tries = 300)
    void cableToJsonToCableIsIdentity(@ForAll("cables") Cable cable) {
        assertThat(CableJson.read(CableJson.compact().withText().write(cable))).isEqualTo(cable);
    }

    @Property(tries = 100)
    void prettyAndCompactReadTheSame(@ForAll("cables") Cable cable) {
        assertThat(CableJson.read(CableJson.compact().pretty().write(cable)))
                .isEqualTo(CableJson.read(CableJson.compact().write(cable)));
    }

    @Provide
    Arbitrary<Cable> cables() {
        return Builders.withBuilder(CableBuilder::new)
                .use(text().injectNull(0.3))
                .in((b, v) -> {
                    b.referenceId = v;
                    return b;
                })
                .use(text().injectNull(0.3))
                .in((b, v) -> {
                    b.origin = v;
                    return b;
                })
                .use(dateTimes().injectNull(0.3))
                .in((b, v) -> {
                    b.date = v;
                    return b;
                })
                .use(Arbitraries.of(Classification.class).injectNull(0.2))
                .in((b, v) -> {
                    b.classification = v;
                    return b;
                })
                .use(texts())
                .in((b, v) -> {
                    b.tags = v;
                    return b;
                })
                .use(references())
                .in((b, v) -> {
                    b.references = v;
                    return b;
                })
                .use(declassifications().injectNull(0.3))
                .in((b, v) -> {
                    b.declassification = v;
                    return b;
                })
                .use(Combinators.combine(text(), texts(), texts())
                        .as(ClassifiedBy::new)
                        .injectNull(0.3))
                .in((b, v) -> {
                    b.classifiedBy = v;
                    return b;
                })
                .use(addressees())
                .in((b, v) -> {
                    b.to = v;
                    return b;
                })
                .use(paragraphs())
                .in((b, v) -> {
                    b.paragraphs = v;
                    return b;
                })
                .use(Arbitraries.of(true, false))
                .in((b, v) -> {
                    b.partial = v;
                    return b;
                })
                .use(transmissions())
                .in((b, v) -> {
                    b.transmission = v;
                    return b;
                })
                .use(Arbitraries.integers().injectNull(0.3))
                .in((b, v) -> {
                    b.sections = v;
                    return b;
                })
                .use(text())
                .in((b, v) -> {
                    b.body = v;
                    return b;
                })
                .build(CableBuilder::build);
    }

    private static Arbitrary<String> text() {
        return Arbitraries.strings().all().ofMaxLength(40);
    }

    private static Arbitrary<List<String>> texts() {
        return text().list().ofMaxSize(4);
    }

    private static Arbitrary<OffsetDateTime> dateTimes() {
        return Combinators.combine(
                        Arbitraries.longs().between(-2_000_000_000L, 4_000_000_000L),
                        Arbitraries.integers().between(-12, 14),
                        Arbitraries.integers().between(0, 999_999_999))
                .as((seconds, hours, nanos) -> OffsetDateTime.ofInstant(
                        java.time.Instant.ofEpochSecond(seconds, nanos), ZoneOffset.ofHours(hours)));
    }

    private static Arbitrary<List<Reference>> references() {
        return Combinators.combine(text().injectNull(0.3), text())
                .as(Reference::new)
                .list()
                .ofMaxSize(3);
    }

    private static Arbitrary<Declassification> declassifications() {
        return Combinators.combine(
                        text().injectNull(0.2),
                        Arbitraries.of(Declassification.Kind.class).injectNull(0.1),
                        Arbitraries.integers()
                                .between(-100_000, 100_000)
                                .map(d -> LocalDate.of(2000, 1, 1).plusDays(d))
                                .injectNull(0.3),
                        text())
                .as(Declassification::new);
    }

    private static Arbitrary<List<Addressee>> addressees() {
        Arbitrary<String> part = text().injectNull(0.3);
        return Combinators.combine(part, part, part, part)
                .as(Addressee::new)
                .list()
                .ofMaxSize(3);
    }

    private static Arbitrary<List<Paragraph>> paragraphs() {
        return Combinators.combine(Arbitraries.integers().injectNull(0.3), text().injectNull(0.3), text())
                .as(Paragraph::new)
                .list()
                .ofMaxSize(4);
    }

    private static Arbitrary<Transmission> transmissions() {
        Arbitrary<String> s = text().injectNull(0.3);
        return Combinators.combine(
                        s,
                        texts(),
                        Arbitraries.integers().injectNull(0.5),
                        dateTimes().injectNull(0.3))
                .as((v, list, section, at) ->
                        new Transmission(v, v, v, v, list, v, v, section, v, v, v, v, at, v, v, list, list, list));
    }

    /** Mutable holder for jqwik's builder; the record itself stays immutable. */
    static final class CableBuilder {
        String referenceId;
        String origin;
        OffsetDateTime date;
        Classification classification;
        List<String> tags = List.of();
        List<Reference> references = List.of();
        Declassification declassification;
        ClassifiedBy classifiedBy;
        List<Addressee> to = List.of();
        List<Paragraph> paragraphs = List.of();
        boolean partial;
        Transmission transmission;
        Integer sections;
        String body;

        Cable build() {
            return new Cable(
                    referenceId,
                    origin,
                    date,
                    classification,
                    tags,
                    tags,
                    origin,
                    tags,
                    references,
                    declassification,
                    classifiedBy,
                    tags,
                    referenceId,
                    to,
                    to,
                    paragraphs,
                    partial,
                    transmission,
                    sections,
                    body,
                    body);
        }
    }
}
