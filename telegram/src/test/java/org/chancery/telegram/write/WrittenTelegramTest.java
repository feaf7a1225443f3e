package org.chancery.telegram.write;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** How a written telegram's sections are laid out again as one text (invented post Valdoria). */
class WrittenTelegramTest {

    private static WrittenTelegram twoSections(String firstContinuation, String secondContinuation) {
        return new WrittenTelegram(List.of(
                new WrittenSection(1, "FM AMEMBASSY VALDORIA", firstContinuation, firstContinuation, null),
                new WrittenSection(
                        2,
                        "FM AMEMBASSY VALDORIA",
                        "UNCLAS SECTION 02 OF 02 VALDORIA 000012\n\n" + secondContinuation,
                        secondContinuation,
                        "VALDORIA 00000012 002 OF 002")));
    }

    @Test
    void aCutInsideAParagraphGetsBlankLinesOnBothSidesOfThePageBreak() {
        WrittenTelegram written = twoSections("¶1. (U) The minister said the talks\n", "would resume.\n");

        assertThat(written.cablegateText())
                .isEqualTo("¶1. (U) The minister said the talks\n\nVALDORIA 00000012 002 OF 002\n\nwould resume.");
        assertThat(written.continuousText()).isEqualTo("¶1. (U) The minister said the talks\nwould resume.\n");
    }

    @Test
    void aCutAfterAParagraphAddsNoSecondBlankLine() {
        WrittenTelegram written = twoSections("¶1. (U) Talks ended.\n\n", "¶2. (U) Next.\n");

        assertThat(written.cablegateText())
                .isEqualTo("¶1. (U) Talks ended.\n\nVALDORIA 00000012 002 OF 002\n\n¶2. (U) Next.");
    }

    @Test
    void eachSectionIsATransmissionEndingInNnnn() {
        WrittenTelegram written = twoSections("¶1. (U) Talks ended.\n\n", "¶2. (U) Next.\n");

        assertThat(written.transmissions())
                .containsExactly(
                        "FM AMEMBASSY VALDORIA\n¶1. (U) Talks ended.\n\nNNNN\n",
                        "FM AMEMBASSY VALDORIA\nUNCLAS SECTION 02 OF 02 VALDORIA 000012\n\n¶2. (U) Next.\nNNNN\n");
    }
}
