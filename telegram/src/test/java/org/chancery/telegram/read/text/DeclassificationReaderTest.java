package org.chancery.telegram.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.chancery.telegram.model.Declassification;
import org.chancery.telegram.model.Declassification.Kind;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DeclassificationReaderTest {

    private static Declassification read(String line) {
        return DeclassificationReader.read(line).orElseThrow();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "E.O. 12958: DECL: 11/28/2018 | 2018-11-28 | 11/28/2018",
                "EO 12958 DECL: 01/08/2028 | 2028-01-08 | 01/08/2028",
                "E.O. 13526: DECL: 2019/12/01 | 2019-12-01 | 2019/12/01",
                "E.O. 12958: DECL: 2021-03-04 | 2021-03-04 | 2021-03-04",
                "EO 12958 DECL: 11/29/10 | 2010-11-29 | 11/29/10",
                "E.O. 12958: DECL:  3/7/2017 | 2017-03-07 | 3/7/2017",
                "E.o. 12958: decl: 01/07/2014 | 2014-01-07 | 01/07/2014",
                "E.O. 12958: DECLl: 06/30/2018 | 2018-06-30 | 06/30/2018",
                "E.O. 12958: Declassify on 9/15/2019 | 2019-09-15 | 9/15/2019",
                "E.O. 12958: DECL: DECLASSIFIED BY NARA 09/02/2009 | 2009-09-02 | DECLASSIFIED BY NARA 09/02/2009",
                "E.O. 11652: AS AMENDED; DECLASSIFIED JUNE 12, 2009 | 2009-06-12 | DECLASSIFIED JUNE 12, 2009",
                "DECL: 12/31/2018 | 2018-12-31 | 12/31/2018",
                "DECLASSIFY ON: 2018-12-31 | 2018-12-31 | 2018-12-31",
                "Declassify on: December 31, 2018 | 2018-12-31 | December 31, 2018",
                "DECL 1.4(B),(D) 05/06/2033 | 2033-05-06 | 1.4(B),(D) 05/06/2033",
                "E.O. 12958: DECL: 06/10/2018 | 2018-06-10 | 06/10/2018",
                "E.O. 12065: GDS 12/31/84 | 1984-12-31 | GDS 12/31/84",
                "E.O. 12065: GDS 6/1/85 (DOE, JOHN A.) OR-P | 1985-06-01 | GDS 6/1/85 (DOE, JOHN A.) OR-P",
                "E.O. 12958: DNG: CO 03/04/2016 DECL: 03/04/2021 | 2021-03-04 | 03/04/2021",
                "E.O. 12958: DECL: 03/04/2021 DNG: CO 03/04/2016 | 2021-03-04 | 03/04/2021",
                "E.O. 12958: DECL: 06/10/2018 1. (C) SUMMARY: THE TALKS WENT WELL. | 2018-06-10 | 06/10/2018"
            })
    void dates(String line, String date, String text) {
        Declassification d = read(line);
        assertThat(d.kind()).isEqualTo(Kind.DATE);
        assertThat(d.on()).isEqualTo(LocalDate.parse(date));
        assertThat(d.text()).isEqualTo(text);
    }

    @Test
    void authorityIsNormalised() {
        assertThat(read("EO 12958 DECL: 01/08/2028").authority()).isEqualTo("E.O. 12958");
        assertThat(read("E.O.13526: DECL: 01/08/2035").authority()).isEqualTo("E.O. 13526");
        assertThat(read("DECL: OADR").authority()).isNull();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "E.O. 12958: N/A | NOT_APPLICABLE | N/A",
                "EO 12958 N/A | NOT_APPLICABLE | N/A",
                "E.O. 12958: n/a | NOT_APPLICABLE | n/a",
                "E.O. 12958:  DECL:  OADR | OADR | OADR",
                "E.O.12958: DECL:OADR | OADR | OADR",
                "DECL: OADR | OADR | OADR",
                "E.O. 12958: DECL: 1.6X1 | EXEMPTION | 1.6X1",
                "DECL: X1 | EXEMPTION | X1",
                "DECL: X8 | EXEMPTION | X8",
                "E.O. 12958: DECL: X1, X6 | EXEMPTION | 'X1, X6'",
                "DECL 25X1 | EXEMPTION | 25X1",
                "E.O. 13526: DECL: 25X1-HUMAN | EXEMPTION | 25X1-HUMAN",
                "E.O. 11652: XGDS-2 | EXEMPTION | XGDS-2",
                "E.O. 12065: XDS-1 | EXEMPTION | XDS-1",
                "E.O. 12065: RDS-3 12/31/99 | EXEMPTION | RDS-3 12/31/99",
                "E.O. 12958: DECL: MR Declassify on: Source marked 25X1-human | EXEMPTION | Source marked 25X1-human",
                "DECL: N/A | NOT_APPLICABLE | N/A",
                "E.O. 12356: N/A | NOT_APPLICABLE | N/A",
                "E.O. 12356: DECL: OADR | OADR | OADR",
                "DECL OADR | OADR | OADR",
                "DECLASSIFY ON: UPON COMPLETION OF THE TALKS | EVENT | UPON COMPLETION OF THE TALKS",
                "EO 12958 DECL: 10 YEARS AFTER CLOSURE OF THE MISSION | EVENT | 10 YEARS AFTER CLOSURE OF THE MISSION",
                "E.O. 11652: GDS | UNKNOWN | GDS",
                "DECL 1.4(B),(D) | UNKNOWN | 1.4(B),(D)",
                "E.O. 12958: DECL: 25X1-human | EXEMPTION | 25X1-human",
                "E.O. 12958: DECL: X1 | EXEMPTION | X1",
                "E.O. 12958: DECL: AFTER KOREAN UNIFICATION | EVENT | AFTER KOREAN UNIFICATION",
                "EO 12958 DECL: CLOSURE OF THE TRIBUNAL | EVENT | CLOSURE OF THE TRIBUNAL",
                "E.O. 12958: DECL: MR | UNKNOWN | MR",
                "E.O. 12958: DNG: CO 03/04/2016 | UNKNOWN | DNG: CO 03/04/2016",
                "E.O. 12958: DECL: 13/45/2019 | UNKNOWN | 13/45/2019",
                "E.O. 12958: | UNKNOWN | ''"
            })
    void otherKinds(String line, Kind kind, String text) {
        Declassification d = read(line);
        assertThat(d.kind()).isEqualTo(kind);
        assertThat(d.on()).isNull();
        assertThat(d.text()).isEqualTo(text);
    }

    @Test
    void otherLinesAreNotDeclassification() {
        assertThat(DeclassificationReader.read("TAGS: PREL")).isEmpty();
        assertThat(DeclassificationReader.read("declared a state of emergency")).isEmpty();
        assertThat(DeclassificationReader.read("DECLARATION OF PRINCIPLES")).isEmpty();
        assertThat(DeclassificationReader.read("Declassify the annex first.")).isEmpty();
        assertThat(DeclassificationReader.read("DECL INED TO COMMENT")).isEmpty();
    }

    @Test
    void aSecondInstructionDoesNotReplaceAKnownFirstOne() {
        Declassification d = read("E.O. 12958: DECL: 06/10/2018 Declassify on: Source marked 25X1-human");
        assertThat(d.kind()).isEqualTo(Kind.DATE);
        assertThat(d.text()).isEqualTo("06/10/2018");
    }
}
