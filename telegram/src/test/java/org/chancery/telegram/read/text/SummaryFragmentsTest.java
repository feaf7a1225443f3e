package org.chancery.telegram.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.telegram.read.CableParser;
import org.junit.jupiter.api.Test;

/**
 * Summaries read from hand-written fragments of cable text (invented posts and people), as pasted to {@code chancery
 * parse --reference-id}: each label form, and each way a summary ends, so that it never runs into the rest of the
 * body.
 */
class SummaryFragmentsTest {
    private static String summary(String fragment) {
        return new CableParser().parseText(fragment, "77VALDORIA1234").summary();
    }

    @Test
    void beginAndEndSummaryIn1970sTraffic() {
        assertThat(summary("""
                CONFIDENTIAL VALDORIA 1234

                E.O. 11652: GDS
                TAGS: PINT, VD
                SUBJECT: ELECTION OUTLOOK

                1. BEGIN SUMMARY: THE RULING PARTY EXPECTS TO WIN.

                THE OPPOSITION IS DIVIDED. END SUMMARY.

                2. THE CAMPAIGN OPENS IN MAY.
                """)).isEqualTo("THE RULING PARTY EXPECTS TO WIN. THE OPPOSITION IS DIVIDED.");
    }

    @Test
    void beginSummaryRightUnderTheSubjectWithoutABlankLine() {
        assertThat(summary("""
                UNCLAS VALDORIA 0099
                E.O. 12065: N/A
                TAGS: MARR
                SUBJECT: SHIP VISIT
                BEGIN SUMMARY. THE FRIGATE WILL CALL ON MARCH 20. END SUMMARY.
                1. DETAILS FOLLOW.
                """)).isEqualTo("THE FRIGATE WILL CALL ON MARCH 20.");
    }

    @Test
    void numberedSummaryEndsAtTheNextParagraph() {
        assertThat(summary("""
                1. SUMMARY. THE MINISTER WILL VISIT ON MAY 3 AND
                WANTS TO SEE THE SECRETARY.
                2. HE WILL BRING HIS DEPUTY.
                """)).isEqualTo("THE MINISTER WILL VISIT ON MAY 3 AND WANTS TO SEE THE SECRETARY.");
    }

    @Test
    void markedSummaryInMixedCaseEndsAtTheNextParagraph() {
        assertThat(summary("""
                C O N F I D E N T I A L VALDORIA 000412

                E.O. 12958: DECL: 06/10/2018
                TAGS: PREL, PGOV, VD
                SUBJECT: CABINET RESHUFFLE

                Classified By: Ambassador Ruth Calder for reasons 1.4 (b) and (d).

                1. (C) SUMMARY: The Prime Minister named three new ministers on
                June 9. The finance portfolio went to a technocrat.

                2. (C) The new foreign minister is a career diplomat.
                """))
                .isEqualTo("The Prime Minister named three new ministers on June 9. The finance portfolio went to a "
                        + "technocrat.");
    }

    @Test
    void withoutAnEndMarkerTheSummaryEndsAtABlankLine() {
        assertThat(summary("""
                DECLASSIFY ON: 2018-12-31
                TAGS: PREL
                SUBJECT: VOTE COUNT

                SUMMARY: The minister expects a close vote.
                He asked for observers.

                The minister then spoke at length about the budget.
                """)).isEqualTo("The minister expects a close vote. He asked for observers.");
    }

    @Test
    void anEndMarkerLetsTheSummaryRunOverParagraphs() {
        assertThat(summary("""
                1. (C) Summary: The talks went well.

                2. (C) Both sides will meet again in June. End Summary.

                3. (C) The delegation arrived on Monday.
                """)).isEqualTo("The talks went well. Both sides will meet again in June.");
    }

    @Test
    void summaryWithADashAndAHeadingThatNamesMoreThanTheSummary() {
        assertThat(summary("1. (C) SUMMARY -- The talks went well.\n\n2. (C) Rest.\n"))
                .isEqualTo("The talks went well.");
        assertThat(summary("1. (S/NF) SUMMARY AND BACKGROUND: The envoys met twice.\n\n2. (S/NF) Rest.\n"))
                .isEqualTo("The envoys met twice.");
        assertThat(summary("SUMMARY AND TABLE OF CONTENTS\n\n1. (U) This guidance replaces ref A.\n\n2. (U) Rest.\n"))
                .isEqualTo("This guidance replaces ref A.");
    }

    @Test
    void otherLabelForms() {
        assertThat(summary("1. (C) Summary/Comment: The talks failed.\n\n2. (C) Rest.\n"))
                .isEqualTo("The talks failed.");
        assertThat(summary("1. (C) (BEGIN SUMMARY) THE TALKS FAILED. (END SUMMARY)\n\n2. REST.\n"))
                .isEqualTo("THE TALKS FAILED.");
        assertThat(summary("1. (LOU) SUMMARY: THE TALKS\nFAILED.\n-- POINT ONE\n\n2. REST.\n"))
                .as("a marking the paragraph reader does not know")
                .isEqualTo("THE TALKS FAILED. -- POINT ONE");
        assertThat(summary("1. (C) Overview.\n\n2. (C) SUMMARY: The second paragraph sums up.\n3. (C) Rest.\n"))
                .isEqualTo("The second paragraph sums up.");
    }

    @Test
    void anUnderlinedSummaryHeadingDoesNotTakeTheNextHeadingsText() {
        assertThat(summary("""
                E.O. 12958: DECL: 25X1-HUMAN
                TAGS: PTER
                SUBJECT: REPORTED PLOT

                Summary
                -------

                The source reported a plot against the ministry.

                Details
                -------

                The source said more.
                """)).isEqualTo("The source reported a plot against the ministry.");
    }

    @Test
    void aParagraphWithoutLineBreaks() {
        assertThat(summary("1. (C) SUMMARY: The minister expects a close vote. He asked for observers. "
                        + "2. (C) The minister said more. 3. (C) Comment: nothing new."))
                .isEqualTo("The minister expects a close vote. He asked for observers.");
    }

    @Test
    void aWholeTextWithoutLineBreaks() {
        assertThat(summary("E.O. 12958: DECL: 06/10/2018 TAGS: PREL, PGOV, VD SUBJECT: VALDORIAN MINISTER ON "
                        + "ELECTIONS REF: STATE 12345 Classified By: Ambassador J. Doe, reasons 1.4 (b) and (d). "
                        + "1. (C) Summary: The minister expects a close vote. End Summary. 2. (C) He said more."))
                .isEqualTo("The minister expects a close vote.");
        assertThat(summary("E.O. 12958: N/A TAGS: ECON SUBJECT: TRADE FIGURES SUMMARY: Exports rose. 2. Details."))
                .isEqualTo("Exports rose.");
    }

    @Test
    void numbersInsideTheSummaryDoNotEndIt() {
        assertThat(summary("1. (C) Summary: Turnout was 61.5 percent. Article 2. of the law was not applied. "
                        + "About 3. million voted.\n\n2. (C) Rest.\n"))
                .isEqualTo("Turnout was 61.5 percent. Article 2. of the law was not applied. About 3. million voted.");
    }
}
