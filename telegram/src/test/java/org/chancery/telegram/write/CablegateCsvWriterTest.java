package org.chancery.telegram.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Paragraph;
import org.junit.jupiter.api.Test;

class CablegateCsvWriterTest {

    @Test
    void writesEightQuotedFieldsPerRow() throws IOException {
        StringWriter out = new StringWriter();
        CablegateCsvWriter csv = new CablegateCsvWriter(out);

        csv.write(SampleCables.oslo());
        csv.write(SampleCables.oslo());

        List<List<String>> rows = parse(out.toString());
        assertThat(rows).hasSize(2);
        List<String> row = rows.get(0);
        assertThat(row).hasSize(8);
        assertThat(row.subList(0, 6))
                .containsExactly(
                        "1",
                        "11/28/2008 16:32",
                        "08OSLO777",
                        "Embassy Oslo",
                        "CONFIDENTIAL//NOFORN",
                        "08OSLO700|07STATE12345");
        assertThat(row.get(6)).startsWith("VZCZCXRO1234\nOO RUEHSM\n").endsWith("RUEKJCS/SECDEF WASHDC PRIORITY");
        assertThat(row.get(7))
                .startsWith("C O N F I D E N T I A L OSLO 000777\n\nSIPDIS\n")
                .endsWith("\n\nFENWICK");
        assertThat(rows.get(1).get(0)).isEqualTo("2");
        assertThat(csv.rows()).isEqualTo(2);
    }

    @Test
    void escapesQuotesAndBackslashes() throws IOException {
        Cable c = SampleCables.oslo(List.of(new Paragraph(1, "C", "He said \"no\" to C:\\temp.")));
        StringWriter out = new StringWriter();

        new CablegateCsvWriter(out).write(c);

        assertThat(out.toString()).contains("He said \\\"no\\\" to C:\\\\temp.");
        assertThat(parse(out.toString()).get(0).get(7)).contains("He said \"no\" to C:\\temp.");
    }

    @Test
    void classificationColumnCarriesOnlyWhatCablegateWrites() {
        Cable c = SampleCables.oslo();

        assertThat(CablegateCsvWriter.classification(c)).isEqualTo("CONFIDENTIAL//NOFORN");
        assertThat(CablegateCsvWriter.classification(TelegramWriterTest.withClassification(c, Classification.SECRET)))
                .isEqualTo("SECRET//NOFORN");
    }

    @Test
    void onlyFouoMakesTheColumnForOfficialUseOnly() {
        Cable c = SampleCables.oslo();
        // SBU travels in the text (its SENSITIVE line); the column's FOUO would add a caveat the cable lacks
        assertThat(CablegateCsvWriter.classification(unclassified(c, List.of("SBU"))))
                .isEqualTo("UNCLASSIFIED");
        assertThat(CablegateCsvWriter.classification(unclassified(c, List.of("FOUO"))))
                .isEqualTo("UNCLASSIFIED//FOR OFFICIAL USE ONLY");
        assertThat(CablegateCsvWriter.classification(unclassified(c, List.of("SBU", "FOUO"))))
                .isEqualTo("UNCLASSIFIED//FOR OFFICIAL USE ONLY");
    }

    private static Cable unclassified(Cable c, List<String> handling) {
        return new Cable(
                c.referenceId(),
                c.origin(),
                c.date(),
                Classification.UNCLASSIFIED,
                handling,
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
                false,
                c.transmission(),
                null,
                "",
                "");
    }

    @Test
    void sectionedCablesKeepTheFirstHeaderAndMarkPageBreaks() throws IOException {
        TelegramWriter small = new TelegramWriter(1_500, LineWrapper.DEFAULT_WIDTH);
        StringWriter out = new StringWriter();

        new CablegateCsvWriter(out, small).write(SampleCables.longOslo(60));

        List<String> row = parse(out.toString()).get(0);
        assertThat(row.get(6)).contains("DE RUEHNY #0777/01 3331632").doesNotContain("/02");
        // as in the release, a blank line on both sides of the page-break line
        assertThat(row.get(7)).contains("\n\nOSLO 00000777 002 OF 0").doesNotContain("SECTION 02 OF");
        assertThat(row.get(7)).startsWith("C O N F I D E N T I A L SECTION 01 OF 0");
    }

    /** A strict reader of the layout, to check what was written (the project's reader is tested elsewhere). */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        int i = 0;
        while (i < csv.length()) {
            assertThat(csv.charAt(i)).isEqualTo('"');
            StringBuilder field = new StringBuilder();
            i++;
            while (csv.charAt(i) != '"') {
                if (csv.charAt(i) == '\\') {
                    i++;
                }
                field.append(csv.charAt(i++));
            }
            i++;
            row.add(field.toString());
            char sep = csv.charAt(i++);
            if (sep == '\n') {
                rows.add(row);
                row = new ArrayList<>();
            } else {
                assertThat(sep).isEqualTo(',');
            }
        }
        return rows;
    }
}
