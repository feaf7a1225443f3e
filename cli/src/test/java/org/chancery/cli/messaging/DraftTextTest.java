package org.chancery.cli.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.chancery.messaging.draft.DraftAddressee;
import org.chancery.messaging.draft.DraftContent;
import org.chancery.messaging.draft.DraftParagraph;
import org.junit.jupiter.api.Test;

class DraftTextTest {

    private static DraftContent draft(List<DraftParagraph> paragraphs) {
        return new DraftContent(
                "SECRET",
                List.of("SIPDIS"),
                List.of("NOFORN"),
                "25X1",
                "Ann Roe, Deputy Chief of Mission, reasons 1.4 (b) and (d)",
                List.of("PREL", "PTER", "IZ"),
                "(S/NF) MINISTER ASKS FOR EARLY WARNING ON CONVOY ROUTES",
                List.of("26BAGHDAD12", "26STATE7"),
                paragraphs,
                List.of(new DraftAddressee("RUEHC/SECSTATE WASHDC", "NIACT IMMEDIATE")),
                List.of(new DraftAddressee("AMEMBASSY AMMAN", "PRIORITY"), new DraftAddressee("RUEHAK", "ROUTINE")),
                "ROE");
    }

    @Test
    void whatShowWritesReadsBackAsTheSameDraftEvenWhenAWrappedLineStartsWithANumber() {
        String votes = "The council voted on item 12. ".repeat(12).strip();
        DraftContent d = draft(List.of(
                new DraftParagraph("S/NF", "Summary. " + votes + " End summary."),
                new DraftParagraph("", "An unmarked paragraph."),
                new DraftParagraph("U", "Comment follows.")));

        String written = DraftText.write(d);

        assertThat(written.lines().map(String::strip))
                .as("the test wraps a line so that it starts like a paragraph number")
                .anyMatch(l -> l.startsWith("12."));
        assertThat(DraftText.read("d.txt", written)).isEqualTo(d);
    }

    @Test
    void readsTheCablesOwnSpellingsOfFieldsAndPrecedences() {
        DraftContent d = DraftText.read("d.txt", """
                # a note
                CLASSIFICATION: SECRET
                TO: RUEHC/SECSTATE WASHDC niact
                INFO: AMEMBASSY AMMAN PRIORITY
                INFO: RUEHAK
                E.O. 13526: DECL: 25X1
                TAGS: PREL PTER IZ
                SUBJECT: (S/NF) TEST
                REF: 26BAGHDAD12; 26STATE7

                1. (S/NF) First line
                of the first paragraph.
                2. (U) Second.
                """);

        assertThat(d.to()).containsExactly(new DraftAddressee("RUEHC/SECSTATE WASHDC", "NIACT IMMEDIATE"));
        assertThat(d.info())
                .containsExactly(new DraftAddressee("AMEMBASSY AMMAN", "PRIORITY"), new DraftAddressee("RUEHAK", ""));
        assertThat(d.declassify()).isEqualTo("25X1");
        assertThat(d.tags()).containsExactly("PREL", "PTER", "IZ");
        assertThat(d.references()).containsExactly("26BAGHDAD12", "26STATE7");
        assertThat(d.paragraphs())
                .containsExactly(
                        new DraftParagraph("S/NF", "First line of the first paragraph."),
                        new DraftParagraph("U", "Second."));
    }

    @Test
    void anUnknownFieldNamesItsLineAndTheFields() {
        assertThatThrownBy(() -> DraftText.read("d.txt", "SUBJECT: X\nPRECEDENCE: FLASH\n"))
                .isInstanceOf(UnreadableDraftException.class)
                .hasMessageStartingWith("d.txt, line 2: unknown field PRECEDENCE; the fields are CLASSIFICATION,");
        assertThatThrownBy(() -> DraftText.read("d.txt", "Dear colleagues,\n"))
                .hasMessageStartingWith("d.txt, line 1: neither a field (FIELD: value) nor a numbered paragraph");
    }
}
