package org.chancery.telegram.read.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Paragraph;
import org.chancery.telegram.read.CableParser;
import org.chancery.telegram.read.CableSource;
import org.chancery.telegram.read.CableSources;
import org.chancery.telegram.read.RawCable;
import org.chancery.telegram.write.LineWrapper;
import org.chancery.telegram.write.SampleCables;
import org.chancery.telegram.write.TelegramWriter;
import org.chancery.telegram.write.WrittenTelegram;
import org.junit.jupiter.api.Test;

/** The telegram reader joins the sections of one cable back into one, and only those (invented post Valdoria). */
class SectionJoiningTest {

    private static String section(String serial, int k, int n, String body) {
        return """
                VZCZCXYZ00%d
                PP RUEHQQ
                DE RUEHVX #%s/0%d 0451200
                ZNY CCCCC ZZH
                P 141200Z FEB 09
                FM AMEMBASSY VALDORIA
                TO RUEHC/SECSTATE WASHDC PRIORITY 0311
                C O N F I D E N T I A L SECTION 0%d OF 0%d VALDORIA 00%s

                %sNNNN
                """.formatted(k, serial, k, k, n, serial, body);
    }

    private static final String PART_1 = """
            E.O. 12958: DECL: 02/14/2019
            TAGS: PREL PGOV
            SUBJECT: VALDORIA: RIVER TREATY TALKS

            ¶1. (C) The river commission met on
            February 12.

            ¶2. (C) The minister said the talks
            """;
    private static final String PART_2 = """
            would resume in March.

            ¶3. (C) Embassy will follow up.
            """;
    private static final String PART_3 = """
            ¶4. (C) The ferry question stays open.

            HARTWELL
            """;

    @Test
    void consecutiveSectionsBecomeOneCable() throws IOException {
        String input = section("4120", 1, 3, PART_1) + section("4120", 2, 3, PART_2) + section("4120", 3, 3, PART_3);

        List<RawCable> raw = readRaw(input);

        assertThat(raw).hasSize(1);
        assertThat(raw.get(0).header())
                .startsWith("VZCZCXYZ001")
                .contains("#4120/01")
                .doesNotContain("#4120/02");
        assertThat(raw.get(0).text())
                .isEqualTo("C O N F I D E N T I A L SECTION 01 OF 03 VALDORIA 004120\n\n" + PART_1 + PART_2 + PART_3);
        Cable cable = new CableParser().parse(raw.get(0));
        assertThat(cable.partial()).isFalse();
        assertThat(cable.sections()).isEqualTo(3);
        assertThat(cable.paragraphs()).extracting(Paragraph::number).containsExactly(1, 2, 3, 4);
        assertThat(cable.paragraphs().get(1).text()).isEqualTo("The minister said the talks\nwould resume in March.");
        assertThat(cable.signers()).containsExactly("HARTWELL");
    }

    @Test
    void sectionsOfDifferentCablesStayApart() throws IOException {
        String input = section("4120", 1, 2, PART_1)
                + section("4121", 2, 2, PART_2)
                + section("4122", 1, 2, PART_1)
                + section("4122", 2, 2, PART_3);

        List<RawCable> raw = readRaw(input);

        assertThat(raw).hasSize(3);
        assertThat(raw.get(0).text())
                .contains("SECTION 01 OF 02 VALDORIA 004120")
                .doesNotContain("would resume");
        assertThat(raw.get(1).text()).contains("SECTION 02 OF 02 VALDORIA 004121");
        assertThat(raw.get(2).text()).contains("VALDORIA 004122").contains("ferry question");
        // section 1 alone reads like an archived cable (all text under section 1's banner): not flagged
        assertThat(IncompleteSections.in(raw.get(0))).isFalse();
        assertThat(IncompleteSections.in(raw.get(1))).isTrue();
        assertThat(IncompleteSections.in(raw.get(2))).isFalse();
    }

    @Test
    void aMissingLastSectionShowsOnceSectionsWereJoined() throws IOException {
        List<RawCable> raw = readRaw(section("4120", 1, 3, PART_1) + section("4120", 2, 3, PART_2));

        assertThat(raw).hasSize(1);
        assertThat(raw.get(0).text()).endsWith(PART_1 + PART_2);
        assertThat(raw.get(0).position()).contains("incomplete: sections 1, 2 of 3");
        assertThat(new CableParser().parse(raw.get(0)).partial()).isTrue();
    }

    @Test
    void aMissingSectionLeavesOnePartialCableWithAllTheTextThatArrived() throws IOException {
        String input = section("4120", 1, 3, PART_1) + section("4120", 3, 3, PART_3);

        List<RawCable> raw = readRaw(input);

        assertThat(raw).hasSize(1);
        // the banner of the section after the gap stays, to show where text is missing
        assertThat(raw.get(0).text()).contains(PART_1, "SECTION 03 OF 03 VALDORIA 004120", PART_3);
        assertThat(raw.get(0).position()).contains("incomplete: sections 1, 3 of 3");
        Cable cable = new CableParser().parse(raw.get(0));
        assertThat(cable.partial()).isTrue();
        assertThat(cable.paragraphs()).extracting(Paragraph::number).contains(1, 2, 4);
    }

    @Test
    void aLaterSectionAloneIsAPartialCable() throws IOException {
        List<RawCable> raw = readRaw(section("4120", 2, 3, PART_2));

        assertThat(raw).hasSize(1);
        assertThat(raw.get(0).text()).contains("would resume in March.");
        assertThat(new CableParser().parse(raw.get(0)).partial()).isTrue();
    }

    @Test
    void aTelegramThatIsNotSectionedIsHandedOverWhole() throws IOException {
        String single = "FM AMEMBASSY VALDORIA\nTO RUEHC/SECSTATE WASHDC PRIORITY 0311\n"
                + "UNCLAS VALDORIA 004123\n\nTAGS: PREL\nSUBJECT: FERRY\n\n¶1. (U) Text.\n";

        List<RawCable> raw = readRaw(single + "NNNN\n" + section("4120", 1, 1, PART_3));

        assertThat(raw).hasSize(2);
        assertThat(raw.get(0).header()).isNull();
        assertThat(raw.get(0).text()).isEqualTo(single);
        assertThat(IncompleteSections.in(raw.get(0))).isFalse();
    }

    @Test
    void theWritersSectionsReadBackAsItsContinuousText() throws IOException {
        WrittenTelegram written =
                new TelegramWriter(1_500, LineWrapper.DEFAULT_WIDTH).layout(SampleCables.longOslo(40));
        assertThat(written.sectionCount()).isGreaterThan(2);

        List<RawCable> raw = readRaw(written.joined());

        assertThat(raw).hasSize(1);
        assertThat(raw.get(0).header()).isEqualTo(written.header());
        assertThat(raw.get(0).text()).isEqualTo(written.continuousText());
        assertThat(IncompleteSections.in(raw.get(0))).isFalse();
    }

    @Test
    void twoWrittenCablesInOneFileStayTwo() throws IOException {
        TelegramWriter writer = new TelegramWriter(1_500, LineWrapper.DEFAULT_WIDTH);
        WrittenTelegram a = writer.layout(SampleCables.longOslo(30));
        WrittenTelegram b = writer.layout(SampleCables.longOslo(25));

        List<RawCable> raw = readRaw(a.joined() + b.joined());

        // same cable id on both: the section numbering starting again at 1 separates them
        assertThat(raw).hasSize(2);
        assertThat(raw.get(0).text()).isEqualTo(a.continuousText());
        assertThat(raw.get(1).text()).isEqualTo(b.continuousText());
    }

    private static List<RawCable> readRaw(String input) throws IOException {
        List<RawCable> all = new ArrayList<>();
        try (CableSource source =
                CableSources.open(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)), "sections")) {
            RawCable raw;
            while ((raw = source.next()) != null) {
                all.add(raw);
            }
        }
        return all;
    }
}
