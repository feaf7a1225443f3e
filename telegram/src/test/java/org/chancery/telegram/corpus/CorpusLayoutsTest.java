package org.chancery.telegram.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.read.CableParser;
import org.chancery.telegram.read.CableSource;
import org.chancery.telegram.read.CableSources;
import org.chancery.telegram.read.Layout;
import org.chancery.telegram.read.RawCable;
import org.chancery.telegram.read.ReferenceIds;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.Timeout;

/**
 * The 1,097 corpus cables in all three layouts: every one reads, and the layouts agree on what they say about each
 * cable. Metadata must agree exactly; for what the header and text parsers understand, the agreement rate per field
 * is printed with the disagreeing ids, and must stay high.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CorpusLayoutsTest {
    private static final int CORPUS_SIZE = 1097;
    private static final double MIN_PARSER_AGREEMENT = 0.95;

    private final CableParser parser = new CableParser();
    private final Map<String, Read> csv = new TreeMap<>();
    private final Map<String, Read> html = new TreeMap<>();
    private final Map<String, Read> records = new TreeMap<>();

    /** One cable as one layout gave it and as the parser understood it. */
    record Read(RawCable raw, Cable cable) {}

    @BeforeAll
    void readAllLayouts() throws IOException {
        Path corpus = SharedCorpus.root().resolve("corpus");
        readInto(csv, corpus.resolve("cables.csv"));
        try (Stream<Path> files = Files.walk(corpus.resolve("wikileaks-html"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".html")).toList()) {
                readInto(html, file);
            }
        }
        try (Stream<Path> files = Files.list(corpus.resolve("records"))) {
            for (Path file : files.filter(p -> p.toString().endsWith(".txt")).toList()) {
                readInto(records, file);
            }
        }
    }

    private void readInto(Map<String, Read> byId, Path file) throws IOException {
        try (CableSource source = CableSources.open(file)) {
            RawCable raw;
            while ((raw = source.next()) != null) {
                Cable cable = parser.parse(raw);
                assertThat(cable.referenceId()).as(raw.position()).isNotNull();
                assertThat(byId.put(cable.referenceId(), new Read(raw, cable)))
                        .as("duplicate %s at %s", cable.referenceId(), raw.position())
                        .isNull();
            }
        }
    }

    @Test
    void everyCableReadsInEveryLayout() {
        assertThat(csv).hasSize(CORPUS_SIZE);
        assertThat(html.keySet()).isEqualTo(csv.keySet());
        assertThat(records.keySet()).isEqualTo(csv.keySet());
        assertThat(csv.values()).allSatisfy(r -> assertThat(r.raw().layout()).isEqualTo(Layout.CABLEGATE_CSV));
        assertThat(html.values()).allSatisfy(r -> assertThat(r.raw().layout()).isEqualTo(Layout.WIKILEAKS_HTML));
        assertThat(records.values())
                .allSatisfy(r -> assertThat(r.raw().layout()).isEqualTo(Layout.RECORD));
    }

    @Test
    void layoutMetadataAgreesWithTheWikiLeaksTable() {
        List<String> problems = new ArrayList<>();
        for (String id : csv.keySet()) {
            var table = html.get(id).raw().metadata();
            var row = csv.get(id).raw().metadata();
            var record = records.get(id).raw().metadata();
            check(problems, id, "csv id", table.referenceId(), row.referenceId());
            check(problems, id, "record id", table.referenceId(), record.referenceId());
            check(problems, id, "csv classification", table.classification(), row.classification());
            check(problems, id, "record classification", table.classification(), record.classification());
            check(problems, id, "csv origin", table.origin(), row.origin());
            check(problems, id, "record origin", table.origin(), record.origin());
            check(problems, id, "csv date", table.date(), row.date());
            check(
                    problems,
                    id,
                    "record day",
                    table.date().toLocalDate(),
                    record.date().toLocalDate());
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void parsedMetadataAgreesAcrossLayouts() {
        Map<String, Integer> disagreements = new LinkedHashMap<>();
        List<String> examples = new ArrayList<>();
        for (String id : csv.keySet()) {
            Cable c = csv.get(id).cable();
            Cable h = html.get(id).cable();
            Cable r = records.get(id).cable();
            count(disagreements, examples, id, "referenceId", Cable::referenceId, c, h, r);
            count(disagreements, examples, id, "classification", Cable::classification, c, h, r);
            count(disagreements, examples, id, "origin", Cable::origin, c, h, r);
            count(disagreements, examples, id, "handling", Cable::handling, c, h, r);
            if (!sameDate(c, h) || !sameDate(c, r)) {
                disagreements.merge("date", 1, Integer::sum);
                examples.add(id + " date: " + c.date() + " / " + h.date() + " / " + r.date());
            }
            assertThat(ReferenceIds.canonical(id)).as("canonical id").contains(id);
        }
        System.out.println("[corpus] metadata disagreements across layouts: " + disagreements);
        examples.stream().limit(20).forEach(e -> System.out.println("[corpus]   " + e));
        assertThat(disagreements).isEmpty();
    }

    @Test
    void parsedTelegramFieldsAgreeAcrossLayouts() {
        Map<String, Function<Cable, Object>> fields = new LinkedHashMap<>();
        fields.put("subject", Cable::subject);
        fields.put("tags", Cable::tags);
        fields.put("references", Cable::references);
        fields.put("paragraphs", c -> c.paragraphs().size());
        fields.put("signers", Cable::signers);
        fields.put("to", Cable::to);
        fields.put("info", Cable::info);
        fields.put("captions", Cable::captions);
        fields.put("declassification", Cable::declassification);
        fields.put("classifiedBy", Cable::classifiedBy);
        fields.put("summary", Cable::summary);
        fields.put("transmission", Cable::transmission);
        fields.put("sections", Cable::sections);
        fields.put("partial", Cable::partial);
        fields.put("whole cable", Cable::withoutSourceText);
        Map<String, List<String>> disagreeing = new LinkedHashMap<>();
        fields.keySet().forEach(f -> disagreeing.put(f, new ArrayList<>()));
        for (String id : csv.keySet()) {
            Cable c = csv.get(id).cable();
            Cable h = html.get(id).cable();
            Cable r = records.get(id).cable();
            fields.forEach((name, field) -> {
                Object cv = field.apply(name.equals("whole cable") ? comparable(c) : c);
                Object hv = field.apply(name.equals("whole cable") ? comparable(h) : h);
                Object rv = field.apply(name.equals("whole cable") ? comparable(r) : r);
                if (!Objects.equals(cv, hv) || !Objects.equals(cv, rv)) {
                    disagreeing.get(name).add(id);
                }
            });
        }
        int total = csv.size();
        disagreeing.forEach((name, ids) -> System.out.printf(
                "[corpus] %-18s agree %4d/%d (%.1f%%)%s%n",
                name,
                total - ids.size(),
                total,
                100.0 * (total - ids.size()) / total,
                ids.isEmpty() ? "" : " e.g. " + ids.subList(0, Math.min(8, ids.size()))));
        disagreeing.forEach((name, ids) -> {
            if (!name.equals("whole cable")) {
                assertThat(1.0 - (double) ids.size() / total)
                        .as("agreement on %s; disagreeing: %s", name, ids)
                        .isGreaterThanOrEqualTo(MIN_PARSER_AGREEMENT);
            }
        });
    }

    /** The whole cable without the fields that legitimately differ by layout: source text, and a record's day date. */
    private static Cable comparable(Cable c) {
        Cable bare = c.withoutSourceText();
        return new Cable(
                bare.referenceId(),
                bare.origin(),
                null,
                bare.classification(),
                bare.handling(),
                bare.captions(),
                bare.subject(),
                bare.tags(),
                bare.references(),
                bare.declassification(),
                bare.classifiedBy(),
                bare.signers(),
                bare.summary(),
                bare.to(),
                bare.info(),
                bare.paragraphs(),
                bare.partial(),
                bare.transmission(),
                bare.sections(),
                "",
                "");
    }

    /** To the minute when both carry a time; to the day when one is a record date (midnight, day precision). */
    private static boolean sameDate(Cable a, Cable b) {
        OffsetDateTime x = a.date();
        OffsetDateTime y = b.date();
        if (x == null || y == null) {
            return x == y;
        }
        boolean dayOnly = isRecordDay(a) || isRecordDay(b);
        if (dayOnly) {
            return x.toLocalDate().equals(y.toLocalDate());
        }
        return x.toInstant()
                .truncatedTo(ChronoUnit.MINUTES)
                .equals(y.toInstant().truncatedTo(ChronoUnit.MINUTES));
    }

    private static boolean isRecordDay(Cable c) {
        return c.transmission().dateTime() == null && c.date().toLocalTime().equals(java.time.LocalTime.MIDNIGHT);
    }

    private static void count(
            Map<String, Integer> disagreements,
            List<String> examples,
            String id,
            String field,
            Function<Cable, Object> value,
            Cable c,
            Cable h,
            Cable r) {
        Object cv = value.apply(c);
        Object hv = value.apply(h);
        Object rv = value.apply(r);
        if (!Objects.equals(cv, hv) || !Objects.equals(cv, rv)) {
            disagreements.merge(field, 1, Integer::sum);
            examples.add(id + " " + field + ": " + cv + " / " + hv + " / " + rv);
        }
    }

    private static void check(List<String> problems, String id, String what, Object expected, Object actual) {
        if (!Objects.equals(expected, actual)) {
            problems.add(id + " " + what + ": table " + expected + " vs " + actual);
        }
    }
}
