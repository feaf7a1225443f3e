package org.chancery.telegram.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Declassification;
import org.chancery.telegram.model.Paragraph;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.read.ParsedText;
import org.chancery.telegram.read.TextContext;
import org.chancery.telegram.read.TextParser;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The golden values of the example cable 08LONDON2968, read from the shared seed at run time. */
class SeedCableTest {
    private static ParsedText text;

    @BeforeAll
    static void parseSeed() throws Exception {
        Path shared = SharedCorpus.folder().orElse(null);
        Assumptions.assumeTrue(shared != null, "shared folder absent");
        Path seed = shared.resolve("seed/08LONDON2968.txt");
        Assumptions.assumeTrue(Files.exists(seed), "seed absent");
        String record = SharedCorpus.read(seed);
        text = TextParser.parse(SharedCorpus.text(record), new TextContext(SharedCorpus.referenceId(record)));
    }

    @Test
    void bannerGivesLevelSectionsPostAndSerial() {
        assertThat(text.classification()).isEqualTo(Classification.CONFIDENTIAL);
        assertThat(text.sections()).isEqualTo(2);
        assertThat(text.bannerPost()).isEqualTo("LONDON");
        assertThat(text.bannerSerial()).isEqualTo("002968");
    }

    @Test
    void captionsAndHandling() {
        assertThat(text.captions()).containsExactly("SIPDIS");
        assertThat(text.handling()).containsExactly("NOFORN");
    }

    @Test
    void declassificationDate() {
        assertThat(text.declassification())
                .isEqualTo(new Declassification(
                        "E.O. 12958", Declassification.Kind.DATE, LocalDate.of(2018, 11, 28), "11/28/2018"));
    }

    @Test
    void tagsSubjectAndReference() {
        assertThat(text.tags()).containsExactly("PREL", "PGOV", "PTER", "IN", "PK", "UK");
        assertThat(text.subject()).isEqualTo("PAKISTAN: MILIBAND'S \"POSITIVE\" NOVEMBER 25 VISIT");
        assertThat(text.references()).containsExactly(new Reference("08LONDON2961", "LONDON 2961"));
    }

    @Test
    void classifiedBy() {
        assertThat(text.classifiedBy().text()).isEqualTo("PolMinCons Greg Berry, reasons 1.4 (b/d).");
        assertThat(text.classifiedBy().names()).containsExactly("Greg Berry");
        assertThat(text.classifiedBy().reasons()).containsExactly("1.4(b)", "1.4(d)");
    }

    @Test
    void sixMarkedParagraphsWithoutHeadingsOrPageBreaks() {
        assertThat(text.paragraphs()).extracting(Paragraph::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(text.paragraphs()).extracting(Paragraph::marking).containsExactly("C", "C", "C", "C", "C", "C/NF");
        assertThat(text.paragraphs().get(0).text()).startsWith("Summary.  UK Foreign Secretary");
        assertThat(text.paragraphs().get(0).text()).doesNotContain("Outreach Efforts ---");
        String last = text.paragraphs().get(5).text();
        assertThat(last).contains("would likely strengthen his resolve");
        assertThat(last)
                .doesNotContain("002 OF 002")
                .doesNotContain("Visit London")
                .doesNotContain("TUTTLE");
        assertThat(last).endsWith("derailing any progress.");
    }

    @Test
    void summaryAndSigner() {
        assertThat(text.summary()).startsWith("UK Foreign Secretary David Miliband had a \"positive\" November 25");
        assertThat(text.summary()).endsWith("are high (reftel).");
        assertThat(text.signers()).containsExactly("TUTTLE");
        assertThat(text.partial()).isFalse();
    }
}
