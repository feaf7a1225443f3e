package org.chancery.telegram.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.telegram.model.Paragraph;
import org.junit.jupiter.api.Test;

/** Where summaries start and end, including texts that say "summary" in other places than the end marker. */
class SummaryReaderTest {

    private static List<Paragraph> paragraphs(String... texts) {
        return java.util.stream.IntStream.range(0, texts.length)
                .mapToObj(i -> new Paragraph(i + 1, "C", texts[i]))
                .toList();
    }

    @Test
    void endsAtTheFirstEndMarkerAfterOtherMentionsOfSummary() {
        String first = "Summary: the summary of the talks in Valdoria is short.  A summary\n"
                + "memo follows.  (End  Summary)  Other text.";
        assertThat(SummaryReader.read(paragraphs(first), -1))
                .isEqualTo("the summary of the talks in Valdoria is short. A summary memo follows.");
    }

    @Test
    void runsOnOverParagraphsUntilEndOfSummary() {
        List<Paragraph> ps = paragraphs(
                "SUMMARY AND COMMENT: The minister agreed.", "He asked for a summary. End of\nsummary.", "Detail.");
        assertThat(SummaryReader.read(ps, -1)).isEqualTo("The minister agreed. He asked for a summary.");
    }

    @Test
    void endMarkerInAnEarlyParagraphWithoutOpening() {
        List<Paragraph> ps = paragraphs("The talks went well. end summary.", "Detail follows.");
        assertThat(SummaryReader.read(ps, -1)).isEqualTo("The talks went well.");
    }

    @Test
    void wordsEndingLikeTheMarkerDoNotEndIt() {
        // "summaryx" has no word boundary after it, so "defend summaryx" (which holds "end summary") is no marker
        List<Paragraph> ps = paragraphs("Summary. They will defend summaryx points. end summary");
        assertThat(SummaryReader.read(ps, -1)).isEqualTo("They will defend summaryx points.");
    }

    @Test
    void noSummary() {
        assertThat(SummaryReader.read(paragraphs("The talks went well.", "Nothing to sum up."), -1))
                .isNull();
    }
}
