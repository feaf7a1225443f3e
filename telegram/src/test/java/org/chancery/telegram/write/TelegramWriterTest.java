package org.chancery.telegram.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Paragraph;
import org.junit.jupiter.api.Test;

class TelegramWriterTest {
    private final TelegramWriter writer = new TelegramWriter();

    @Test
    void writesHeaderAndTextLikeStateTraffic() {
        String telegram = writer.write(SampleCables.oslo());

        assertThat(telegram).isEqualTo("""
                        VZCZCXRO1234
                        OO RUEHSM
                        DE RUEHNY #0777 3331632
                        ZNY CCCCC ZZH
                        O 281632Z NOV 08
                        FM AMEMBASSY OSLO
                        TO RUEHC/SECSTATE WASHDC IMMEDIATE 0520
                        INFO RUEHSM/AMEMBASSY STOCKHOLM IMMEDIATE 0112
                        RUEKJCS/SECDEF WASHDC PRIORITY
                        C O N F I D E N T I A L OSLO 000777

                        SIPDIS
                        NOFORN

                        E.O. 12958: DECL: 11/28/2018
                        TAGS: PGOV ECON NO
                        SUBJECT: NORWAY: FINANCE COMMITTEE DELAYS FJORD TOLL BILL

                        REF: A. OSLO 700
                             B. 07 STATE 12345

                        Classified By: PolCouns Ansel Hartwick, reasons 1.4 (b/d).

                        ¶1. (C) Summary: The Storting finance committee will delay
                        the fjord toll bill. End summary.

                        ¶2. (C/NF) Committee chair Wenna Dorlund told PolOff the
                        delay was agreed privately.

                        ¶3. (U) Embassy will report further.

                        FENWICK
                        NNNN
                        """);
    }

    @Test
    void securityWarningFollowsTheClassificationNotTheRecordedHeader() {
        Cable secret = withClassification(SampleCables.oslo(), Classification.SECRET);
        Cable unclassified = withClassification(SampleCables.oslo(), Classification.UNCLASSIFIED);

        assertThat(lines(writer.write(secret))).contains("ZNY SSSSS ZZH").doesNotContain("ZNY CCCCC ZZH");
        assertThat(lines(writer.write(unclassified))).contains("ZNR UUUUU ZZH");
        assertThat(writer.write(unclassified)).contains("\nUNCLAS OSLO 000777\n");
        assertThat(writer.write(secret)).contains("\nS E C R E T OSLO 000777\n");
    }

    @Test
    void prosignComesFromTheHighestAddresseePrecedence() {
        Cable c = SampleCables.oslo();
        Cable flash = withAddressees(c, List.of(new Addressee("RUEHC", "SECSTATE WASHDC", "FLASH", "0521")), c.info());
        Cable routine = withAddressees(
                c,
                List.of(new Addressee("RUEHC", "SECSTATE WASHDC", "ROUTINE", "0521")),
                List.of(new Addressee("RUEHSM", "AMEMBASSY STOCKHOLM", "PRIORITY", "0113")));

        assertThat(lines(writer.write(flash))).contains("Z 281632Z NOV 08");
        assertThat(lines(writer.write(routine))).contains("P 281632Z NOV 08");
    }

    @Test
    void overlongParagraphLinesAreRewrapped() {
        String longLine = "word ".repeat(40).trim();
        Cable c = SampleCables.oslo(List.of(new Paragraph(1, "C", longLine)));

        List<String> text = lines(writer.write(c));

        assertThat(text).allMatch(line -> line.length() <= LineWrapper.DEFAULT_WIDTH);
        assertThat(String.join(" ", text)).contains(longLine);
    }

    @Test
    void longCablesAreCutIntoSectionsEachWithItsOwnHeaderAndBanner() {
        Cable c = SampleCables.longOslo(80);
        TelegramWriter small = new TelegramWriter(1_500, LineWrapper.DEFAULT_WIDTH);

        WrittenTelegram written = small.layout(c);

        int n = written.sectionCount();
        assertThat(n).isGreaterThan(2);
        for (WrittenSection s : written.sections()) {
            String number = String.format("%02d", s.number());
            assertThat(s.header()).contains("DE RUEHNY #0777/" + number + " 3331632");
            assertThat(s.text().lines().findFirst().orElseThrow())
                    .isEqualTo("C O N F I D E N T I A L SECTION " + number + " OF " + String.format("%02d", n)
                            + " OSLO 000777");
            assertThat(s.continuation().length()).isLessThanOrEqualTo(1_500);
            assertThat(s.transmission()).endsWith("\nNNNN\n");
        }
        assertThat(written.sections().get(1).header()).startsWith("VZCZCXRO1235\n");
        assertThat(written.sections().get(1).pageMarker())
                .isEqualTo("OSLO 00000777 002 OF " + String.format("%03d", n));
        assertThat(written.joined()).isEqualTo(String.join("", written.transmissions()));
        assertThat(small.writeSections(c)).hasSize(n).first().asString().contains("DE RUEHNY #0777/01 ");
    }

    @Test
    void joiningSectionsByTheDocumentedRuleGivesBackTheWholeText() {
        WrittenTelegram written =
                new TelegramWriter(1_500, LineWrapper.DEFAULT_WIDTH).layout(SampleCables.longOslo(80));

        // the reader's rule: split at NNNN lines, take each section's text, drop banner + blank line from section 2 on
        String[] transmissions = written.joined().split("(?m)^NNNN\n");
        StringBuilder text = new StringBuilder();
        for (int k = 0; k < transmissions.length; k++) {
            String t = transmissions[k];
            String sectionText = t.substring(t.indexOf(k == 0 ? "C O N F" : "C O N F"));
            if (k > 0) {
                List<String> l = new ArrayList<>(Arrays.asList(sectionText.split("\n", -1)));
                sectionText = String.join("\n", l.subList(2, l.size()));
            }
            text.append(sectionText);
        }
        assertThat(text.toString()).isEqualTo(written.continuousText());
        assertThat(written.continuousText()).contains("¶80. (C) The committee discussed item 80");
    }

    @Test
    void sectionsPreferToEndAtAParagraphBoundary() {
        WrittenTelegram written =
                new TelegramWriter(1_500, LineWrapper.DEFAULT_WIDTH).layout(SampleCables.longOslo(80));

        for (WrittenSection s : written.sections().subList(1, written.sectionCount())) {
            assertThat(s.continuation()).startsWith("¶");
        }
    }

    @Test
    void unsectionedCableHasNoSectionNumberInFl3() {
        assertThat(lines(writer.write(SampleCables.oslo()))).contains("DE RUEHNY #0777 3331632");
        assertThat(writer.layout(SampleCables.oslo()).sectionCount()).isEqualTo(1);
    }

    private static List<String> lines(String s) {
        return s.lines().toList();
    }

    static Cable withClassification(Cable c, Classification level) {
        return new Cable(
                c.referenceId(),
                c.origin(),
                c.date(),
                level,
                c.handling(),
                c.captions(),
                c.subject(),
                c.tags(),
                c.references(),
                c.declassification(),
                c.classifiedBy(),
                c.signers(),
                c.summary(),
                c.to(),
                c.info(),
                c.paragraphs(),
                c.partial(),
                c.transmission(),
                c.sections(),
                c.header(),
                c.body());
    }

    static Cable withAddressees(Cable c, List<Addressee> to, List<Addressee> info) {
        return new Cable(
                c.referenceId(),
                c.origin(),
                c.date(),
                c.classification(),
                c.handling(),
                c.captions(),
                c.subject(),
                c.tags(),
                c.references(),
                c.declassification(),
                c.classifiedBy(),
                c.signers(),
                c.summary(),
                to,
                info,
                c.paragraphs(),
                c.partial(),
                c.transmission(),
                c.sections(),
                c.header(),
                c.body());
    }
}
