package org.chancery.telegram.read.header;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.post.PostDirectory;
import org.chancery.telegram.read.CableParser;
import org.junit.jupiter.api.Test;

/**
 * TO and INFO lists read from whole hand-written telegrams (invented posts and serials), as pasted to {@code chancery
 * parse}: page headings and exempted addressees are no addressees, lists open on a line of their own, military
 * addressees keep their unit numbers.
 */
class AddresseeFragmentsTest {
    private static Cable parse(String telegram) {
        return new CableParser().parseText(telegram, null);
    }

    private static List<String> names(List<Addressee> addressees) {
        return addressees.stream().map(Addressee::name).toList();
    }

    @Test
    void pageHeadingsInsideTheAddressBlockAreSkippedAndTheListRunsOn() {
        Cable c = parse("""
                P 182318Z FEB 09
                FM SECSTATE WASHDC
                TO ALL DIPLOMATIC POSTS COLLECTIVE
                PAGE 02        STATE   123456  182333Z
                AMEMBASSY VALDORIA PRIORITY
                INFO RUEHZL/EUROPEAN POLITICAL COLLECTIVE
                PAGE 03        STATE   123456  182333Z
                RUEHXV/AMCONSUL NORTH PORT PRIORITY 0042
                BT
                UNCLAS STATE 123456

                TAGS: AMGT
                SUBJECT: POST HOURS

                1. Posts will close early on Friday.
                """);
        assertThat(c.to())
                .containsExactly(
                        new Addressee(null, "ALL DIPLOMATIC POSTS COLLECTIVE", null, null),
                        new Addressee(null, "AMEMBASSY VALDORIA", "PRIORITY", null));
        assertThat(c.info())
                .containsExactly(
                        new Addressee("RUEHZL", "EUROPEAN POLITICAL COLLECTIVE", null, null),
                        new Addressee("RUEHXV", "AMCONSUL NORTH PORT", "PRIORITY", "0042"));
    }

    @Test
    void aPageHeadingGluedOntoTheToLineIsNoAddressee() {
        Cable c = parse("""
                P 021500Z MAR 09
                FM SECSTATE WASHDC
                TO PAGE 02        STATE   654321  021512Z
                ALL DIPLOMATIC POSTS COLLECTIVE PRIORITY
                AMEMBASSY VALDORIA PRIORITY
                BT
                S E C R E T STATE 654321

                E.O. 12958: DECL: 03/02/2019
                TAGS: PTER
                SUBJECT: REQUEST FOR INFORMATION

                1. (S) Posts are asked to report by March 9.
                """);
        assertThat(names(c.to())).containsExactly("ALL DIPLOMATIC POSTS COLLECTIVE", "AMEMBASSY VALDORIA");
    }

    @Test
    void aPrintedPageHeadingWithItsRepeatedLevelIn1970sTraffic() {
        Cable c = parse("""
                R 011200Z MAR 78
                FM AMEMBASSY VALDORIA
                TO SECSTATE WASHDC 0812
                INFO AMEMBASSY LONDON
                PAGE 02        VALDOR  00412  011200Z
                CONFIDENTIAL
                AMEMBASSY PARIS
                USDAO VALDORIA
                BT
                CONFIDENTIAL VALDORIA 0412

                E.O. 12065: GDS 12/31/84
                TAGS: MARR, VD
                SUBJECT: SHIP VISIT

                1. THE FRIGATE WILL CALL AT PORT ELMA ON MARCH 20.
                """);
        assertThat(c.to()).containsExactly(new Addressee(null, "SECSTATE WASHDC", null, "0812"));
        assertThat(names(c.info())).containsExactly("AMEMBASSY LONDON", "AMEMBASSY PARIS", "USDAO VALDORIA");
    }

    @Test
    void exemptedAddresseesAreNotAddressees() {
        Cable c = parse("""
                O 101400Z JUN 08
                FM SECSTATE WASHDC
                TO SECURITY OFFICER COLLECTIVE IMMEDIATE
                INFO AMCONSUL PORT ELMA IMMEDIATE
                XMT AMCONSUL NORTH HAVEN
                AMCONSUL SOUTH HAVEN
                BT
                UNCLAS STATE 061010

                TAGS: ASEC
                SUBJECT: SECURITY NOTICE

                1. Officers should review the attached notice.
                """);
        assertThat(c.to()).containsExactly(new Addressee(null, "SECURITY OFFICER COLLECTIVE", "IMMEDIATE", null));
        assertThat(names(c.info())).containsExactly("AMCONSUL PORT ELMA");
    }

    @Test
    void xmtAloneOnItsLineExemptsTheLinesBelowIt() {
        Cable c = parse("""
                R 201200Z OCT 79
                FM SECSTATE WASHDC
                TO ALL AMERICAN REPUBLIC DIPLOMATIC POSTS
                INFO USCINCSO QUARRY HEIGHTS PM
                XMT
                AMEMBASSY PORT ELMA
                AMCONSUL NORTH HAVEN
                BT
                UNCLAS STATE 271100

                TAGS: AMGT
                SUBJECT: HOLIDAY

                1. POSTS WILL CLOSE ON THE HOLIDAY.
                """);
        assertThat(names(c.to())).containsExactly("ALL AMERICAN REPUBLIC DIPLOMATIC POSTS");
        assertThat(names(c.info())).containsExactly("USCINCSO QUARRY HEIGHTS PM");
    }

    @Test
    void aCollectiveWithoutPrecedenceAmongRoutedAddressees() {
        Cable c = parse("""
                VZCZCXYZ0410
                RR RUEHWEB
                DE RUEHVX #0410 0601200
                ZNR UUUUU ZZH
                R 011200Z MAR 09
                FM RUEHVX/AMEMBASSY VALDORIA
                TO RUEHC/SECSTATE WASHDC 2210
                INFO RUEHZL/EUROPEAN POLITICAL COLLECTIVE
                RUEHXI/EUROPEAN UNION POSTS COLLECTIVE ROUTINE
                BT
                UNCLAS VALDORIA 000410

                TAGS: PREL
                SUBJECT: EU PRESIDENCY

                1. The presidency passes to Valdoria in July.
                """);
        assertThat(c.info())
                .containsExactly(
                        new Addressee("RUEHZL", "EUROPEAN POLITICAL COLLECTIVE", null, null),
                        new Addressee("RUEHXI", "EUROPEAN UNION POSTS COLLECTIVE", "ROUTINE", null));
    }

    @Test
    void infoAloneOnItsLineOpensTheListBelowIt() {
        Cable c = parse("""
                O 041230Z APR 77
                FM AMEMBASSY VALDORIA
                TO SECSTATE WASHDC IMMEDIATE 4417
                INFO
                AMEMBASSY LONDON
                AMEMBASSY PARIS PRIORITY
                BT
                C O N F I D E N T I A L VALDORIA 1234

                E.O. 11652: GDS
                TAGS: PFOR, VD
                SUBJECT: MINISTER'S VISIT

                1. THE MINISTER WILL ARRIVE ON MAY 3.
                """);
        assertThat(c.to()).containsExactly(new Addressee(null, "SECSTATE WASHDC", "IMMEDIATE", "4417"));
        assertThat(c.info())
                .containsExactly(
                        new Addressee(null, "AMEMBASSY LONDON", null, null),
                        new Addressee(null, "AMEMBASSY PARIS", "PRIORITY", null));
    }

    @Test
    void toAloneOnItsLineOpensTheListBelowIt() {
        Cable c = parse("""
                R 151000Z SEP 76
                FM AMEMBASSY VALDORIA
                TO
                SECSTATE WASHDC 3301
                INFO AMEMBASSY LONDON 0420
                BT
                UNCLAS VALDORIA 2201

                TAGS: ECON
                SUBJECT: HARVEST

                1. THE HARVEST WAS GOOD.
                """);
        assertThat(c.to()).containsExactly(new Addressee(null, "SECSTATE WASHDC", null, "3301"));
        assertThat(c.info()).containsExactly(new Addressee(null, "AMEMBASSY LONDON", null, "0420"));
    }

    @Test
    void militaryAddresseesKeepTheirUnitsAndPlaces() {
        Cable c = parse("""
                R 011200Z MAR 78
                FM AMEMBASSY VALDORIA
                TO RUEHC/SECSTATE WASHDC 0812
                INFO RUEKJCS/JCS WASHDC
                RHMFISS/CDR USEUCOM VAIHINGEN GE//ECJ5//
                RUFRBBA/DET 1 HQ 17AF LINDSEY AS GE
                RUHQHQA/CINCPAC HONOLULU HI
                RUSNNOA/USCINCEUR VAIHINGEN GE PRIORITY
                CTF 60
                CTG 60.2 PRIORITY
                CTF 61 0017
                BT
                UNCLAS VALDORIA 0099

                E.O. 12065: N/A
                TAGS: MARR
                SUBJECT: SHIP VISIT

                1. THE TASK FORCE WILL CALL AT PORT ELMA.
                """);
        assertThat(c.info())
                .containsExactly(
                        new Addressee("RUEKJCS", "JCS WASHDC", null, null),
                        new Addressee("RHMFISS", "CDR USEUCOM VAIHINGEN GE//ECJ5//", null, null),
                        new Addressee("RUFRBBA", "DET 1 HQ 17AF LINDSEY AS GE", null, null),
                        new Addressee("RUHQHQA", "CINCPAC HONOLULU HI", null, null),
                        new Addressee("RUSNNOA", "USCINCEUR VAIHINGEN GE", "PRIORITY", null),
                        new Addressee(null, "CTF 60", null, null),
                        new Addressee(null, "CTG 60.2", "PRIORITY", null),
                        new Addressee(null, "CTF 61", null, "0017"));
    }

    @Test
    void aDetachmentAddressedByItsNumberAlone() {
        assertThat(AddresseeLines.parse("DET 1")).isEqualTo(new Addressee(null, "DET 1", null, null));
        assertThat(AddresseeLines.parse("DET 2 PRIORITY")).isEqualTo(new Addressee(null, "DET 2", "PRIORITY", null));
        assertThat(AddresseeLines.parse("AMEMBASSY PORT ELMA 12"))
                .as("after a post's name a short number is still its MCN")
                .isEqualTo(new Addressee(null, "AMEMBASSY PORT ELMA", null, "12"));
    }

    @Test
    void addresseeNamesAreNamedFromThePostDirectoryAsTheCablePageNamesThem() {
        Cable c = parse("""
                O 091100Z JAN 09
                FM AMEMBASSY VALDORIA
                TO RUEHC/SECSTATE WASHDC IMMEDIATE 0101
                INFO RUEHLO/AMEMBASSY LONDON IMMEDIATE 0044
                AMEMBASSY  PARIS
                BT
                UNCLAS VALDORIA 000017

                TAGS: PREL
                SUBJECT: NEW YEAR

                1. The foreign minister called.
                """);
        Addressee london = c.info().get(0);
        Addressee paris = c.info().get(1);
        assertThat(PostDirectory.postName(london.route(), london.name())).isEqualTo("Embassy London");
        assertThat(paris.name()).as("the name as written").isEqualTo("AMEMBASSY  PARIS");
        assertThat(PostDirectory.byAddress(paris.name()))
                .hasValueSatisfying(p -> assertThat(p.route()).isEqualTo("RUEHFR"));
    }
}
