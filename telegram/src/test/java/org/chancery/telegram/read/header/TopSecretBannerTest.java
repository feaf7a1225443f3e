package org.chancery.telegram.read.header;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.telegram.read.HeaderParser;
import org.chancery.telegram.read.HeaderSplitter;
import org.chancery.telegram.read.ParsedHeader;
import org.chancery.telegram.read.SplitTelegram;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A TOP SECRET banner is one banner: its {@code T O P} must neither stay behind as an addressee nor let the text start
 * at the {@code S} of SECRET (invented post Valdoria).
 */
class TopSecretBannerTest {

    private static final String HEADER = """
            VZCZCXYZ0007
            OO RUEHVX
            DE RUEHVX #0007/01 0451200
            ZNY TTTTT ZZH
            O 141200Z FEB 09
            FM AMEMBASSY VALDORIA
            TO RUEHC/SECSTATE WASHDC IMMEDIATE 0311
            INFO RUEHQQ/AMCONSUL PORT ELMA IMMEDIATE 0077""";

    @ParameterizedTest
    @ValueSource(strings = {"T O P S E C R E T VALDORIA 000007", "TOP SECRET VALDORIA 000007"})
    void bannerOnItsOwnLineStartsTheText(String banner) {
        SplitTelegram split = HeaderSplitter.split(HEADER + "\n" + banner + "\n\nE.O. 13526: DECL: 02/14/2034\n");

        assertThat(split.header()).isEqualTo(HEADER);
        assertThat(split.text()).startsWith(banner + "\n");
        ParsedHeader parsed = HeaderParser.parse(split.header());
        assertThat(parsed.info())
                .singleElement()
                .satisfies(a -> assertThat(a.name()).isEqualTo("AMCONSUL PORT ELMA"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", " "})
    void bannerGluedToTheLastAddresseeStartsAtItsT(String gap) {
        String banner = "T O P S E C R E T SECTION 01 OF 02 VALDORIA 000007";
        SplitTelegram split = HeaderSplitter.split(HEADER + gap + banner + "\n\nE.O. 13526: DECL: 02/14/2034\n");

        assertThat(split.text()).startsWith(banner);
        assertThat(split.header().strip()).isEqualTo(HEADER);
    }

    @ParameterizedTest
    @ValueSource(strings = {"TOP", "T O P"})
    void anAddresseeEndingInTopIsNotABanner(String top) {
        String header = HEADER + "\nRUEHZZ/AMEMBASSY HILL " + top;
        SplitTelegram split = HeaderSplitter.split(header + "\nC O N F I D E N T I A L VALDORIA 000007\n");

        assertThat(split.header()).isEqualTo(header);
        assertThat(split.text()).startsWith("C O N F I D E N T I A L");
    }
}
