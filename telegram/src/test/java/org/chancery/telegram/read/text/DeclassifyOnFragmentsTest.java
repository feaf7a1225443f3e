package org.chancery.telegram.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Declassification;
import org.chancery.telegram.model.Declassification.Kind;
import org.chancery.telegram.read.CableParser;
import org.junit.jupiter.api.Test;

/**
 * Declassify-on instructions read from hand-written fragments of cable text (invented posts and people), as pasted to
 * {@code chancery parse --reference-id}: where the line stands and how it is written, from 1970s schedules to the
 * derivative classification block, and that it never takes the text around it.
 */
class DeclassifyOnFragmentsTest {
    private static Cable parse(String fragment) {
        return new CableParser().parseText(fragment, "08VALDORIA412");
    }

    @Test
    void declassifyOnAsALineOfItsOwn() {
        Cable c = parse("""
                CONFIDENTIAL

                DECLASSIFY ON: 2018-12-31
                TAGS: PREL
                SUBJECT: VOTE COUNT

                1. (C) The minister expects a close vote.
                """);
        assertThat(c.declassification())
                .isEqualTo(new Declassification(null, Kind.DATE, LocalDate.of(2018, 12, 31), "2018-12-31"));
        assertThat(c.paragraphs()).hasSize(1);
    }

    @Test
    void declWithoutAColonAndReasonsBeforeTheDate() {
        Cable c = parse("""
                SECRET
                DECL 1.4(B),(D) 05/06/2033
                TAGS: PTER
                SUBJECT: THREAT REPORTING

                1. (S) The service shared two reports.
                """);
        assertThat(c.declassification().kind()).isEqualTo(Kind.DATE);
        assertThat(c.declassification().on()).isEqualTo(LocalDate.of(2033, 5, 6));
        assertThat(c.tags()).containsExactly("PTER");
    }

    @Test
    void theGeneralScheduleOfThe1970s() {
        Cable dated = parse("""
                CONFIDENTIAL VALDORIA 0412

                E.O. 12065: GDS 12/31/84 (DOE, JOHN A.) OR-P
                TAGS: PINT, VD
                SUBJECT: ELECTION OUTLOOK

                1. THE RULING PARTY WILL WIN.
                """);
        assertThat(dated.declassification().authority()).isEqualTo("E.O. 12065");
        assertThat(dated.declassification().on()).isEqualTo(LocalDate.of(1984, 12, 31));

        Cable exempt = parse("CONFIDENTIAL\n\nE.O. 11652: XGDS-1\nTAGS: PFOR\nSUBJECT: TALKS\n\n1. TEXT.\n");
        assertThat(exempt.declassification().kind()).isEqualTo(Kind.EXEMPTION);

        Cable review = parse("SECRET\n\nE.O. 12065: RDS-3 4/27/99\nTAGS: PFOR\nSUBJECT: TALKS\n\n1. TEXT.\n");
        assertThat(review.declassification().kind()).isEqualTo(Kind.EXEMPTION);
        assertThat(review.declassification().text()).isEqualTo("RDS-3 4/27/99");

        Cable scheduled = parse("CONFIDENTIAL\n\nE.O. 11652: GDS\nTAGS: PFOR\nSUBJECT: TALKS\n\n1. TEXT.\n");
        assertThat(scheduled.declassification().kind())
                .as("the schedule's date depends on the level and the cable's date, not written here")
                .isEqualTo(Kind.UNKNOWN);
    }

    @Test
    void theClassificationBlockOfADerivativeCable() {
        Cable c = parse("""
                S E C R E T STATE 116000

                NOFORN

                E.O. 12958: DECL: MR
                TAGS: ASEC
                SUBJECT: SECURITY DAILY

                Classified By: Derived from Multiple Sources

                Declassify on: Source marked 25X1-human, Date of source:
                October 30, 2008

                1. (U) Security Daily, November 1, 2008.
                """);
        assertThat(c.declassification().kind()).isEqualTo(Kind.EXEMPTION);
        assertThat(c.declassification().authority()).isEqualTo("E.O. 12958");
        assertThat(c.declassification().text()).isEqualTo("Source marked 25X1-human, Date of source: October 30, 2008");
        assertThat(c.paragraphs()).extracting(p -> p.text()).containsExactly("Security Daily, November 1, 2008.");
    }

    @Test
    void repeatedLinesDoNotDisplaceTheFirst() {
        Cable c = parse("E.O. 12958: DECL: 06/10/2018\n" + "DECL: OADR\n".repeat(3000)
                + "TAGS: PREL\nSUBJECT: X\n\n1. (C) Y.\n");
        assertThat(c.declassification().kind()).isEqualTo(Kind.DATE);
        assertThat(c.declassification().on()).isEqualTo(LocalDate.of(2018, 6, 10));
    }

    @Test
    void aDowngradeBesideTheInstruction() {
        Cable c = parse("C O N F I D E N T I A L VALDORIA 000412\n\nE.O. 12958: DNG: CO 03/04/2016 DECL: 03/04/2021\n"
                + "TAGS: PREL\nSUBJECT: TALKS\n\n1. (C) Text.\n");
        assertThat(c.declassification().on()).isEqualTo(LocalDate.of(2021, 3, 4));
        assertThat(c.declassification().text()).isEqualTo("03/04/2021");
    }

    @Test
    void exemptionsAndOadrInMixedCase() {
        assertThat(parse("Secret\n\nE.O. 13526: Decl: 25X1-human\nTags: PTER\nSubject: x\n\n1. (S) y.\n")
                        .declassification()
                        .kind())
                .isEqualTo(Kind.EXEMPTION);
        assertThat(parse("E.O. 12356: DECL: OADR\nTAGS: PFOR\nSUBJECT: X\n\n1. (C) Y.\n")
                        .declassification()
                        .kind())
                .isEqualTo(Kind.OADR);
        assertThat(parse("E.O. 12958: N/A\nTAGS: ECON\nSUBJECT: X\n\n1. Y.\n")
                        .declassification()
                        .kind())
                .isEqualTo(Kind.NOT_APPLICABLE);
    }

    @Test
    void aTextWithoutLineBreaksKeepsTheInstructionToItself() {
        Cable c = parse("C O N F I D E N T I A L VALDORIA 000412 E.O. 12958: DECL: 1/8/2028 TAGS: PREL SUBJECT: "
                + "CABINET RESHUFFLE 1. (C) Summary: The PM named three ministers. 2. (C) Detail.");
        assertThat(c.declassification())
                .isEqualTo(new Declassification("E.O. 12958", Kind.DATE, LocalDate.of(2028, 1, 8), "1/8/2028"));
        assertThat(c.subject()).isEqualTo("CABINET RESHUFFLE");
        assertThat(c.tags()).containsExactly("PREL");
        assertThat(c.paragraphs()).extracting(p -> p.number()).containsExactly(1, 2);
    }
}
