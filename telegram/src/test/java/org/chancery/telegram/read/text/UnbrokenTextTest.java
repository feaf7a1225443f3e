package org.chancery.telegram.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a text without line breaks is laid out on lines before it is read. */
class UnbrokenTextTest {
    private static List<String> layOut(String line) {
        return UnbrokenText.layOut(List.of(line));
    }

    @Test
    void bannerFieldsAndNumberedParagraphsGetLinesOfTheirOwn() {
        assertThat(layOut("CONFIDENTIAL VALDORIA 000412 E.O. 12958: DECL: 1/8/2028 TAGS: PREL SUBJECT: RESHUFFLE "
                        + "1. (C) Summary: Three new ministers. 2. (C) Detail one. 3. (C) Detail two."))
                .containsExactly(
                        "CONFIDENTIAL VALDORIA 000412",
                        "E.O. 12958: DECL: 1/8/2028 TAGS: PREL SUBJECT: RESHUFFLE",
                        "",
                        "1. (C) Summary: Three new ministers.",
                        "",
                        "2. (C) Detail one.",
                        "",
                        "3. (C) Detail two.");
    }

    @Test
    void aSummaryLabelOpensTheBodyAfterTheFields() {
        assertThat(layOut("TAGS: ECON SUBJECT: TRADE FIGURES SUMMARY: Exports rose. 2. Details."))
                .containsExactly("TAGS: ECON SUBJECT: TRADE FIGURES", "", "SUMMARY: Exports rose.", "", "2. Details.");
    }

    @Test
    void numbersOutOfSequenceStayInTheirParagraph() {
        assertThat(layOut("1. The vote is on May 4. 3. Turnout may be low. 2. The count takes a week."))
                .containsExactly("1. The vote is on May 4. 3. Turnout may be low.", "", "2. The count takes a week.");
    }

    @Test
    void textsWithLineBreaksOrWithoutFieldsAndNumbersStayAsTheyAre() {
        List<String> lines = List.of("TAGS: PREL", "SUBJECT: X 1. (C) Y. 2. (C) Z.");
        assertThat(UnbrokenText.layOut(lines)).isSameAs(lines);
        List<String> prose = List.of("The minister said the talks would go on. Nobody objected.");
        assertThat(UnbrokenText.layOut(prose)).isSameAs(prose);
    }
}
