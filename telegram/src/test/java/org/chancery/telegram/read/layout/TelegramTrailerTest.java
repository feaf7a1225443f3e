package org.chancery.telegram.read.layout;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.chancery.telegram.read.RawCable;
import org.junit.jupiter.api.Test;

/** What follows the last NNNN: an archive's trailer is no cable, a real fragment is. */
class TelegramTrailerTest {
    private static final String CABLE = """
            VZCZCXYZ0042
            RR RUEHC
            DE RUEHVD #0042 0451230
            ZNR UUUUU ZZH
            R 141230Z FEB 09
            FM AMEMBASSY VALDORIA
            TO RUEHC/SECSTATE WASHDC 0417
            BT
            UNCLAS VALDORIA 000042

            SIPDIS

            E.O. 12958: N/A
            TAGS: PGOV ECON XX
            SUBJECT: VALDORIA: PORT TARIFF REVIEW STALLS

            1. (U) The port authority has again postponed its tariff review.

            BROOKWELL
            """;

    @Test
    void aShortTrailerAfterTheLastEndOfMessageIsNoCable() throws IOException {
        for (String trailer : List.of(
                "Closing Line Of Archive\n",
                "\n\n   \nClosing Line Of Archive\n   \n",
                "2009VALDOR00042 - UNCLASSIFIED\n",
                "Closing Line Of Archive\n ############\n")) {
            List<RawCable> cables = readAll(CABLE + "NNNN\n" + trailer);

            assertThat(cables).as("trailer %s", trailer).hasSize(1);
            assertThat(cables.getFirst().text()).contains("port authority");
        }
    }

    @Test
    void aFragmentAfterTheLastEndOfMessageIsStillACable() throws IOException {
        String bannerOnly = "UNCLAS VALDORIA 000043\n";
        String paragraph = "1. (U) Talks resumed.\n";
        String field = "SUBJECT: FERRY STRIKE\n";
        String longer = "The ferry operators walked out on Monday and the harbor has been closed since then.\n";
        for (String fragment : List.of(bannerOnly, paragraph, field, longer)) {
            List<RawCable> cables = readAll(CABLE + "NNNN\n" + fragment);

            assertThat(cables).as("fragment %s", fragment).hasSize(2);
            assertThat(cables.get(1).text()).isEqualTo(fragment);
        }
    }

    @Test
    void aLoneShortTextWithoutAnyEndOfMessageIsStillRead() throws IOException {
        // with no NNNN there is no "after the last one": the input is the telegram, however short
        assertThat(readAll("Closing Line Of Archive\n")).hasSize(1);
    }

    @Test
    void aTrailerBetweenTwoTelegramsIsNotDropped() throws IOException {
        // only what follows the LAST end-of-message can be a trailer; between two, it is a transmission of its own
        List<RawCable> cables = readAll(CABLE + "NNNN\nClosing Line Of Archive\nNNNN\n" + CABLE + "NNNN\n");

        assertThat(cables).hasSize(3);
    }

    private static List<RawCable> readAll(String input) throws IOException {
        List<RawCable> out = new ArrayList<>();
        try (TelegramTextReader reader = new TelegramTextReader(new StringReader(input), "t")) {
            for (RawCable c = reader.next(); c != null; c = reader.next()) {
                out.add(c);
            }
        }
        return out;
    }
}
