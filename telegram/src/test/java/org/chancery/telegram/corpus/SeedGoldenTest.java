package org.chancery.telegram.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Declassification;
import org.chancery.telegram.model.Paragraph;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.model.Transmission;
import org.chancery.telegram.read.CableParser;
import org.chancery.telegram.read.CableSource;
import org.chancery.telegram.read.CableSources;
import org.chancery.telegram.read.Layout;
import org.chancery.telegram.read.RawCable;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * The seed cable, every field of it, as read by hand from {@code seed/08LONDON2968.txt} (see DESIGN.md §1). Whatever
 * changes in the readers and parsers, this cable must come out exactly so.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class SeedGoldenTest {
    private Cable cable;

    @BeforeAll
    void readSeed() throws IOException {
        try (CableSource source = CableSources.open(SharedCorpus.root().resolve("seed/08LONDON2968.txt"))) {
            assertThat(source.layout()).isEqualTo(Layout.RECORD);
            RawCable raw = source.next();
            assertThat(source.next()).isNull();
            cable = new CableParser().parse(raw);
        }
    }

    @Test
    void recordMetadata() {
        assertThat(cable.referenceId()).isEqualTo("08LONDON2968");
        assertThat(cable.origin()).isEqualTo("Embassy London");
        assertThat(cable.date()).isEqualTo(OffsetDateTime.of(2008, 11, 28, 16, 32, 0, 0, ZoneOffset.UTC));
        assertThat(cable.classification()).isEqualTo(Classification.CONFIDENTIAL);
        assertThat(cable.handling()).containsExactly("NOFORN");
        assertThat(cable.captions()).containsExactly("SIPDIS");
        assertThat(cable.partial()).isFalse();
        assertThat(cable.sections()).isEqualTo(2);
    }

    @Test
    void textFront() {
        assertThat(cable.subject()).isEqualTo("PAKISTAN: MILIBAND'S \"POSITIVE\" NOVEMBER 25 VISIT");
        assertThat(cable.tags()).containsExactly("PREL", "PGOV", "PTER", "IN", "PK", "UK");
        assertThat(cable.references()).containsExactly(new Reference("08LONDON2961", "LONDON 2961"));
        assertThat(cable.declassification())
                .isEqualTo(new Declassification(
                        "E.O. 12958", Declassification.Kind.DATE, LocalDate.of(2018, 11, 28), "11/28/2018"));
        assertThat(cable.classifiedBy()).isNotNull();
        assertThat(cable.classifiedBy().text()).isEqualTo("PolMinCons Greg Berry, reasons 1.4 (b/d).");
        assertThat(cable.classifiedBy().names()).containsExactly("Greg Berry");
        assertThat(cable.classifiedBy().reasons()).containsExactly("1.4(b)", "1.4(d)");
        assertThat(cable.signers()).containsExactly("TUTTLE");
    }

    @Test
    void summary() {
        assertThat(cable.summary())
                .startsWith("UK Foreign Secretary David Miliband had a \"positive\" November 25 trip to Pakistan")
                .endsWith("Pakistani expectations for the proposed mid-December donor conference are high (reftel).")
                .doesNotContain("Summary.")
                .doesNotContain("End summary");
    }

    @Test
    void paragraphs() {
        List<Paragraph> paragraphs = cable.paragraphs();
        assertThat(paragraphs).extracting(Paragraph::number).containsExactly(1, 2, 3, 4, 5, 6);
        assertThat(paragraphs).extracting(Paragraph::marking).containsExactly("C", "C", "C", "C", "C", "C/NF");
        assertThat(paragraphs.get(0).text()).startsWith("Summary.  UK Foreign Secretary David Miliband");
        assertThat(paragraphs.get(1).text()).startsWith("During his November 25 visit to Pakistan");
        assertThat(paragraphs.get(4).text())
                .startsWith("Pakistani expectations for the proposed donor conference are high (reftel)");
        assertThat(paragraphs.get(5).text())
                .startsWith("Hickey said following his trip, Miliband was resolved")
                .doesNotContain("002 OF 002")
                .doesNotContain("TUTTLE");
    }

    @Test
    void addressees() {
        assertThat(cable.to()).containsExactly(new Addressee("RUEHC", "SECSTATE WASHDC", "IMMEDIATE", "0520"));
        assertThat(cable.info())
                .containsExactly(
                        new Addressee("RUEHIL", "AMEMBASSY ISLAMABAD", "IMMEDIATE", "0909"),
                        new Addressee("RUEHBUL", "AMEMBASSY KABUL", "IMMEDIATE", "0748"),
                        new Addressee("RUEHNE", "AMEMBASSY NEW DELHI", "IMMEDIATE", "0826"),
                        new Addressee("RUEHKP", "AMCONSUL KARACHI", "IMMEDIATE", "0063"),
                        new Addressee("RUEHLH", "AMCONSUL LAHORE", "IMMEDIATE", "0028"),
                        new Addressee("RUEHBI", "AMCONSUL MUMBAI", "IMMEDIATE", "0069"),
                        new Addressee("RUEHPW", "AMCONSUL PESHAWAR", "IMMEDIATE", "0080"),
                        new Addressee("RUEAIIA", "CIA WASHINGTON DC", "IMMEDIATE", null),
                        new Addressee("RHMCSUU", "FBI WASHINGTON DC", "IMMEDIATE", null),
                        new Addressee("RUEKJCS", "SECDEF WASHDC", "IMMEDIATE", null),
                        new Addressee("RUMICEA", "USCENTCOM INTEL CEN MACDILL AFB FL", "IMMEDIATE", null));
    }

    @Test
    void transmissionHeader() {
        Transmission t = cable.transmission();
        assertThat(t.transmissionId()).isEqualTo("VZCZCXRO1840");
        assertThat(t.channel()).isEqualTo("XRO");
        assertThat(t.channelSequence()).isEqualTo("1840");
        assertThat(t.precedenceProsigns()).isEqualTo("OO");
        assertThat(t.routingIndicators()).containsExactly("RUEHBI", "RUEHLH", "RUEHPW");
        assertThat(t.originatingStation()).isEqualTo("RUEHLO");
        assertThat(t.stationSerial()).isEqualTo("2968");
        assertThat(t.section()).isEqualTo(1);
        assertThat(t.filingTime()).isEqualTo("3331632");
        assertThat(t.securityWarning()).isEqualTo("ZNY CCCCC ZZH");
        assertThat(t.precedence()).isEqualTo("O");
        assertThat(t.dateTimeGroup()).isEqualTo("281632Z NOV 08");
        assertThat(t.dateTime()).isEqualTo(OffsetDateTime.of(2008, 11, 28, 16, 32, 0, 0, ZoneOffset.UTC));
        assertThat(t.originator()).isEqualTo("AMEMBASSY LONDON");
        assertThat(t.originatorRoute()).isNull();
        assertThat(t.relayRoutes()).isEmpty();
        assertThat(t.actionOffices()).isEmpty();
        assertThat(t.infoOffices()).isEmpty();
    }

    @Test
    void sourceTextIsKeptAsGiven() {
        assertThat(cable.header())
                .startsWith("VZCZCXRO1840\nOO RUEHBI RUEHLH RUEHPW\n")
                .endsWith("RUMICEA/USCENTCOM INTEL CEN MACDILL AFB FL IMMEDIATE");
        assertThat(cable.body())
                .startsWith("C O N F I D E N T I A L SECTION 01 OF 02 LONDON 002968")
                .contains("LONDON 00002968  002 OF 002")
                .endsWith("TUTTLE");
    }
}
