package org.chancery.telegram.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.read.ParsedText;
import org.chancery.telegram.read.TextContext;
import org.chancery.telegram.read.TextParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Reads the text of every record of the shared corpus and checks that what is plainly there is found. Prints the
 * coverage figures (share of cables with each field found).
 */
class CorpusTextTest {
    private static final Pattern BANNER_LINE = Pattern.compile(
            "(?i)^\\s*(?:C O N F I D E N T I A L|S E C R E T|T O P S E C R E T|UNCLAS|UNCLASSIFIED|CONFIDENTIAL|SECRET)\\b.*");
    private static final Pattern TAGS_LINE = Pattern.compile("(?im)^\\s*TAGS?\\b\\s*:?\\s*[A-Z]");
    private static final Pattern SUBJECT_LINE = Pattern.compile("(?im)^\\s*SUBJ(?:ECT)?\\s*:");
    private static final Pattern EO_LINE = Pattern.compile("(?im)^\\s*E\\.?\\s?O\\.?\\s?1\\d{4}\\b");
    private static final Pattern CLASSIFIED_BY_LINE = Pattern.compile("(?im)^\\s*(?:\\(U\\)\\s*)?Classified\\s+by\\b");

    /** "DOHA 152 (08)": the year written after the serial. */
    private static final Pattern YEAR_AFTER = Pattern.compile("\\d\\s?\\(\\d{2}(?:\\d{2})?\\)");

    private static final List<Case> cases = new ArrayList<>();

    record Case(String id, String record, String text, ParsedText parsed) {}

    @BeforeAll
    static void parseCorpus() throws Exception {
        Path shared = SharedCorpus.folder().orElse(null);
        Assumptions.assumeTrue(shared != null, "shared folder absent");
        for (Path p : SharedCorpus.records(shared)) {
            String record = SharedCorpus.read(p);
            String id = SharedCorpus.referenceId(record);
            String text = SharedCorpus.text(record);
            cases.add(new Case(id, record, text, TextParser.parse(text, new TextContext(id))));
        }
        printCoverage();
    }

    @Test
    void everyRecordIsRead() {
        assertThat(cases).hasSizeGreaterThan(1000);
        assertThat(cases).allSatisfy(c -> assertThat(c.parsed()).isNotNull());
    }

    @Test
    void classificationFoundWhereverTheTextOpensWithABanner() {
        List<String> missing = cases.stream()
                .filter(c -> BANNER_LINE.matcher(firstLine(c.text())).matches())
                .filter(c -> c.parsed().classification() == null)
                .map(Case::id)
                .toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void classificationAgreesWithTheRecordMetadata() {
        long agree = cases.stream()
                .filter(c -> c.parsed().classification() != null)
                .filter(c -> c.parsed().classification() == metadataLevel(c.record()))
                .count();
        long withBanner =
                cases.stream().filter(c -> c.parsed().classification() != null).count();
        assertThat((double) agree / withBanner).isGreaterThan(0.98);
    }

    @Test
    void tagsFoundWhereverATagsLineExists() {
        List<String> missing = cases.stream()
                .filter(c -> TAGS_LINE.matcher(head(c.text())).find())
                .filter(c -> c.parsed().tags().isEmpty())
                .map(Case::id)
                .toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void subjectFoundWhereverASubjectLineExists() {
        List<String> missing = cases.stream()
                .filter(c -> SUBJECT_LINE.matcher(head(c.text())).find())
                .filter(c -> c.parsed().subject() == null)
                .map(Case::id)
                .toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void declassificationFoundWhereverAnEoLineExists() {
        List<String> missing = cases.stream()
                .filter(c -> EO_LINE.matcher(head(c.text())).find())
                .filter(c -> c.parsed().declassification() == null)
                .map(Case::id)
                .toList();
        assertThat(missing).isEmpty();
    }

    @Test
    void classifiedByFoundWhereverItsLineExistsAndUsuallyNamesSomeone() {
        List<Case> with = cases.stream()
                .filter(c -> CLASSIFIED_BY_LINE.matcher(head(c.text())).find())
                .toList();
        assertThat(with.stream().filter(c -> c.parsed().classifiedBy() == null).map(Case::id))
                .isEmpty();
        long named = with.stream()
                .filter(c -> !c.parsed().classifiedBy().names().isEmpty())
                .count();
        long reasoned = with.stream()
                .filter(c -> !c.parsed().classifiedBy().reasons().isEmpty())
                .count();
        assertThat((double) named / with.size()).isGreaterThan(0.9);
        assertThat((double) reasoned / with.size()).isGreaterThan(0.95);
    }

    @Test
    void everyWholeTextHasParagraphs() {
        assertThat(cases.stream()
                        .filter(c -> !c.parsed().partial())
                        .filter(c -> c.parsed().paragraphs().isEmpty())
                        .map(Case::id))
                .isEmpty();
    }

    @Test
    void referencesCarryTheCitingYearWhenTheyHaveNone() {
        for (Case c : cases) {
            for (Reference r : c.parsed().references()) {
                boolean yearWritten = Character.isDigit(r.text().charAt(0))
                        || YEAR_AFTER.matcher(r.text()).find();
                if (r.id() != null && !yearWritten) {
                    assertThat(r.id()).as(c.id() + " " + r.text()).startsWith(c.id().substring(0, 2));
                }
            }
        }
    }

    private static Classification metadataLevel(String record) {
        String line = record.lines().skip(3).findFirst().orElse("");
        String level = line.split("//")[0].strip().toUpperCase(Locale.ROOT);
        return Classification.fromText(level).orElse(null);
    }

    private static String firstLine(String text) {
        return text.lines().filter(l -> !l.isBlank()).findFirst().orElse("");
    }

    /** The top of a text, where the fields are (a TAGS word deep in the text is prose). */
    private static String head(String text) {
        return text.lines().limit(40).reduce("", (a, b) -> a + "\n" + b);
    }

    private static void printCoverage() {
        int n = cases.size();
        System.out.printf(
                Locale.ROOT,
                "Corpus text coverage over %d records: banner %s, subject %s, tags %s, refs %s, decl %s,"
                        + " classified-by %s (names %s, reasons %s), paragraphs %s, summary %s, signer %s, partial %d%n",
                n,
                share(c -> c.parsed().classification() != null),
                share(c -> c.parsed().subject() != null),
                share(c -> !c.parsed().tags().isEmpty()),
                share(c -> !c.parsed().references().isEmpty()),
                share(c -> c.parsed().declassification() != null),
                share(c -> c.parsed().classifiedBy() != null),
                share(c -> c.parsed().classifiedBy() != null
                        && !c.parsed().classifiedBy().names().isEmpty()),
                share(c -> c.parsed().classifiedBy() != null
                        && !c.parsed().classifiedBy().reasons().isEmpty()),
                share(c -> !c.parsed().paragraphs().isEmpty()),
                share(c -> c.parsed().summary() != null),
                share(c -> !c.parsed().signers().isEmpty()),
                cases.stream().filter(c -> c.parsed().partial()).count());
    }

    private static String share(java.util.function.Predicate<Case> p) {
        long k = cases.stream().filter(p).count();
        return String.format(Locale.ROOT, "%.1f%%", 100.0 * k / cases.size());
    }
}
