package org.chancery.telegram.read;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatCode;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Transmission;
import org.junit.jupiter.api.Test;

/** Hand-written headers (invented posts, stations and serials) in every layout the corpus shows. */
class HeaderParserTest {

    @Test
    void fullAcp127Header() {
        ParsedHeader parsed = HeaderParser.parse("""
                VZCZCXYZ0093
                RR RUEHAA RUEHBB
                RUEHCC
                DE RUEHVX #0412 0451200
                ZNY SSSSS ZZH (CCY AD000000 MSI0000-000)
                R P 141200Z FEB 09 ZDK
                FM RUEHVX/AMEMBASSY VALDORIA
                TO RUEHC/SECSTATE WASHDC NIACT IMMEDIATE 0311
                ALL DIPLOMATIC POSTS COLLECTIVE PRIORITY
                INFO RUEHZL/EUROPEAN POLITICAL COLLECTIVE
                ZEN/AMCONSUL PORT ELMA 0007
                RUEKJCS/SECDEF WASHDC//J-3// ROUTINE
                XMT AMCONSUL NORTH HAVEN
                AMCONSUL SOUTH HAVEN
                BT""");
        Transmission t = parsed.transmission();

        assertThat(t.transmissionId()).isEqualTo("VZCZCXYZ0093");
        assertThat(t.channel()).isEqualTo("XYZ");
        assertThat(t.channelSequence()).isEqualTo("0093");
        assertThat(t.precedenceProsigns()).isEqualTo("RR");
        assertThat(t.routingIndicators()).containsExactly("RUEHAA", "RUEHBB", "RUEHCC");
        assertThat(t.originatingStation()).isEqualTo("RUEHVX");
        assertThat(t.stationSerial()).isEqualTo("0412");
        assertThat(t.section()).isNull();
        assertThat(t.filingTime()).isEqualTo("0451200");
        assertThat(t.securityWarning()).startsWith("ZNY SSSSS ZZH");
        assertThat(t.precedence()).isEqualTo("R P");
        assertThat(t.dateTimeGroup()).isEqualTo("141200Z FEB 09");
        assertThat(t.dateTime()).isEqualTo(OffsetDateTime.of(2009, 2, 14, 12, 0, 0, 0, ZoneOffset.UTC));
        assertThat(t.originatorRoute()).isEqualTo("RUEHVX");
        assertThat(t.originator()).isEqualTo("AMEMBASSY VALDORIA");
        assertThat(parsed.to())
                .containsExactly(
                        new Addressee("RUEHC", "SECSTATE WASHDC", "NIACT IMMEDIATE", "0311"),
                        new Addressee(null, "ALL DIPLOMATIC POSTS COLLECTIVE", "PRIORITY", null));
        assertThat(parsed.info())
                .containsExactly(
                        new Addressee("RUEHZL", "EUROPEAN POLITICAL COLLECTIVE", null, null),
                        new Addressee(null, "AMCONSUL PORT ELMA", null, "0007"),
                        new Addressee("RUEKJCS", "SECDEF WASHDC//J-3//", "ROUTINE", null));
    }

    @Test
    void oldHeaderStartsAtFormatLineFive() {
        ParsedHeader parsed = HeaderParser.parse("""
                P R 031405Z MAR 67
                FM AMEMBASSY VALDORIA
                TO SECSTATE WASHDC PRIORITY
                INFO USCINCSO
                CINCLANT
                AMEMBASSY PORT ELMA
                STATE GRNC""");

        assertThat(parsed.transmission().transmissionId()).isNull();
        assertThat(parsed.transmission().precedence()).isEqualTo("P R");
        assertThat(parsed.transmission().dateTime())
                .isEqualTo(OffsetDateTime.of(1967, 3, 3, 14, 5, 0, 0, ZoneOffset.UTC));
        assertThat(parsed.to()).containsExactly(new Addressee(null, "SECSTATE WASHDC", "PRIORITY", null));
        assertThat(parsed.info())
                .extracting(Addressee::name)
                .containsExactly("USCINCSO", "CINCLANT", "AMEMBASSY PORT ELMA", "STATE GRNC");
    }

    @Test
    void pageLineAndOfficeBlock() {
        ParsedHeader parsed = HeaderParser.parse("""
                CONFIDENTIAL

                PAGE 01        VALDOR  00412  01 OF 02  150101Z
                ACTION EUR-00

                INFO  LOG-00   INR-05   SS-00    CIAE-00
                      H-01     NSCE-00  /012 W
                                    ------------------123ABC  150102Z /38
                R 141200Z FEB 89
                FM AMEMBASSY VALDORIA
                TO SECSTATE WASHDC 5365
                INFO AMCONSUL PORT ELMA""");
        Transmission t = parsed.transmission();

        assertThat(t.actionOffices()).containsExactly("EUR");
        assertThat(t.infoOffices()).containsExactly("LOG", "INR", "SS", "CIAE", "H", "NSCE");
        assertThat(t.dateTimeGroup())
                .as("the PAGE line's time is the print time")
                .isEqualTo("141200Z FEB 89");
        assertThat(parsed.to()).containsExactly(new Addressee(null, "SECSTATE WASHDC", null, "5365"));
        assertThat(parsed.info()).containsExactly(new Addressee(null, "AMCONSUL PORT ELMA", null, null));
    }

    @Test
    void relayLinesGoToRelayRoutes() {
        ParsedHeader parsed = HeaderParser.parse("""
                ZEX RUEHAA RUEHBB
                O 010000Z JAN 10
                FM AMEMBASSY VALDORIA
                TO RUEHC/SECSTATE WASHDC IMMEDIATE""");

        assertThat(parsed.transmission().relayRoutes()).containsExactly("RUEHAA", "RUEHBB");
        assertThat(parsed.to()).hasSize(1);
    }

    @Test
    void partialExtractYieldsOnlyItsDateTimeGroup() {
        ParsedHeader parsed =
                HeaderParser.parse("This record is a partial extract of the original cable.\n\n141200Z Feb 04");

        assertThat(parsed.transmission().precedence()).isNull();
        assertThat(parsed.transmission().dateTime())
                .isEqualTo(OffsetDateTime.of(2004, 2, 14, 12, 0, 0, 0, ZoneOffset.UTC));
        assertThat(parsed.transmission().originator()).isNull();
        assertThat(parsed.to()).isEmpty();
    }

    @Test
    void emptyAndOddHeadersNeverThrow() {
        assertThat(HeaderParser.parse("")).isEqualTo(ParsedHeader.EMPTY);
        assertThat(HeaderParser.parse(null)).isEqualTo(ParsedHeader.EMPTY);
        assertThat(HeaderParser.parse("\n \n")).isEqualTo(ParsedHeader.EMPTY);
        assertThatCode(() -> HeaderParser.parse("DE R #\nTO \nINFO /\nFM \n999999Z XXX 99\nVZCZC\nACTION -\n"))
                .doesNotThrowAnyException();
        assertThat(HeaderParser.parse("TO RUEHC/\nINFO 0520").to()).isEmpty();
    }
}
