package org.chancery.telegram.read;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Hand-written telegrams (invented posts and serials) in the shapes real exports take. */
class HeaderSplitterTest {

    private static final String ADDRESSING = """
            VZCZCXRO0412
            PP RUEHQQ
            DE RUEHVX #0412/01 0451200
            ZNY CCCCC ZZH
            P 141200Z FEB 09
            FM AMEMBASSY VALDORIA
            TO RUEHC/SECSTATE WASHDC PRIORITY 0311
            INFO RUEHZL/EUROPEAN POLITICAL COLLECTIVE
            RHEHNSC/NSC WASHDC
            """;

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            spelled-out banner glued to a precedence | RUEHQQ/AMCONSUL PORT ELMA PRIORITY | C O N F I D E N T I A L SECTION 01 OF 02 VALDORIA 000412
            banner glued to an MCN                   | RUEHQQ/AMCONSUL PORT ELMA 0077     | S E C R E T VALDORIA 000412
            banner glued to a plain name             | RUEKJCS/SECDEF WASHDC              | C O N F I D E N T I A L VALDORIA 000412
            doubled first letter after a known word  | RHEHNSC/NSC WASHDC                 | CC O N F I D E N T I A L VALDORIA 000412
            lost first letter                        | RHMFISS/CJTF HOA                   | E C R E T VALDORIA 000412
            state code kept with the header          | RHCUAAA/HQ AMC TACC SCOTT AFB IL   | C O N F I D E N T I A L VALDORIA 000412
            unspaced UNCLAS                          | RUEHQQ/AMCONSUL PORT ELMA          | UNCLAS SECTION 01 OF 03 VALDORIA 000412
            unspaced CONFIDENTIAL                    | RUEHQQ/AMCONSUL PORT ELMA          | CONFIDENTIAL VALDORIA 000412
            lower-case spelled-out banner            | RUEHQQ/AMCONSUL PORT ELMA 0077     | S e c r e t valdoria 000412
            weekday date line                        | RUEHQQ/AMCONSUL PORT ELMA          | Tuesday, 14 February 2009, 12:00
            SIPDIS caption                           | RUEHQQ/AMCONSUL PORT ELMA          | SIPDIS
            export noise after a precedence          | RUEHQQ/AMCONSUL PORT ELMA PRIORITY | ID: 123456
            """)
    void findsTextGluedToTheLastAddressee(String shape, String lastAddressee, String firstTextLine) {
        String raw = ADDRESSING + lastAddressee + firstTextLine + "\n\nE.O. 12958: DECL: 02/14/2019\n";

        SplitTelegram split = HeaderSplitter.split(raw);

        assertThat(split.header()).isEqualTo(ADDRESSING + lastAddressee);
        assertThat(split.text()).startsWith(firstTextLine + "\n\nE.O. 12958");
    }

    @Test
    void anAddresseeNamedSecretServiceDoesNotEndTheHeader() {
        String header = ADDRESSING + "RUCNSE/US SECRET SERVICE WASHDC PRIORITY 0042";
        SplitTelegram split = HeaderSplitter.split(header + "S E C R E T VALDORIA 000412\n");

        assertThat(split.header()).isEqualTo(header);
    }

    @Test
    void oldHeaderWithoutFormatLinesOneToFour() {
        String header = """
                P R 031405Z MAR 67
                FM AMEMBASSY VALDORIA
                TO SECSTATE WASHDC PRIORITY
                INFO USCINCSO
                AMEMBASSY PORT ELMA""";
        SplitTelegram split = HeaderSplitter.split(header + "UNCLASSIFIED VALDORIA 0412 \n \nSUBJECT: FISHERIES\n");

        assertThat(split.header()).isEqualTo(header);
        assertThat(split.text()).startsWith("UNCLASSIFIED VALDORIA 0412");
    }

    @Test
    void partialExtractWithOnlyADateTimeGroup() {
        String header = "This record is a partial extract of the original cable.\n\n141200Z Feb 04";
        SplitTelegram split = HeaderSplitter.split(header + "C O N F I D E N T I A L VALDORIA 000412\n");

        assertThat(split.header()).isEqualTo(header);
        assertThat(split.text()).startsWith("C O N F I D E N T I A L");
    }

    @Test
    void bannerRepeatedAboveTheFormatLinesStaysInTheHeader() {
        String header = "S E C R E T   VALDORIA   00000412\n" + ADDRESSING + "RUEHQQ/AMCONSUL PORT ELMA";
        SplitTelegram split = HeaderSplitter.split(header + "S E C R E T SECTION 01 OF 02 VALDORIA 000412\n");

        assertThat(split.header()).isEqualTo(header);
    }

    @Test
    void headerEndingWithALineBreakSplitsAtTheBannerLine() {
        SplitTelegram split = HeaderSplitter.split(ADDRESSING + "UNCLAS VALDORIA 000412\n\nSIPDIS\n");

        assertThat(split.header()).isEqualTo(ADDRESSING.strip());
        assertThat(split.text()).startsWith("UNCLAS VALDORIA 000412");
    }

    @Test
    void addresseesFollowedByProseEndAtTheProse() {
        SplitTelegram split = HeaderSplitter.split(ADDRESSING + "The ambassador met the minister today.\n");

        assertThat(split.header()).isEqualTo(ADDRESSING.strip());
        assertThat(split.text()).isEqualTo("The ambassador met the minister today.\n");
    }

    @Test
    void bareFragmentHasNoHeader() {
        String text = "C O N F I D E N T I A L SECTION 02 OF 02 VALDORIA 000412\n\nE.O. 12958: DECL: 02/14/2019\n"
                + "QUOTE: RHEHNSC/NSC WASHDC S E C R E T\n";

        assertThat(HeaderSplitter.split(text)).isEqualTo(new SplitTelegram("", text));
        assertThat(HeaderSplitter.split("the minister said")).isEqualTo(new SplitTelegram("", "the minister said"));
        assertThat(HeaderSplitter.split("")).isEqualTo(new SplitTelegram("", ""));
    }

    @Test
    void headerWithoutTextIsAllHeader() {
        assertThat(HeaderSplitter.split(ADDRESSING)).isEqualTo(new SplitTelegram(ADDRESSING.strip(), ""));
    }

    @Test
    @Timeout(60) // hang detection only: a backtracking regex would take hours here
    void hostileSingleLineInputIsHandled() {
        String longLine = "S E C R E".repeat(1_000_000) + "SECRET SECRET ".repeat(200_000);
        String withHeader = "FM AMEMBASSY VALDORIA\nTO SECSTATE WASHDC\n" + "RUEHQQ/X PRIORITY".repeat(500_000);

        long started = System.nanoTime();
        SplitTelegram a = HeaderSplitter.split(longLine);
        SplitTelegram b = HeaderSplitter.split(withHeader);
        System.out.printf(
                "hostile input (%d MB): split in %d ms%n",
                (longLine.length() + withHeader.length()) >> 20,
                Duration.ofNanos(System.nanoTime() - started).toMillis());

        assertThat(a.header() + a.text()).isEqualTo(longLine);
        assertThat(b.header() + b.text()).hasSameSizeAs(withHeader);
    }
}
