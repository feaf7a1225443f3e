package org.chancery.telegram.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Paragraph;
import org.chancery.telegram.read.CableParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The subject read from fragments of cable text, as pasted to {@code chancery parse --reference-id}: 1970s capitals,
 * 2000s mixed case, and fragments that lost their newlines. Every fragment is invented.
 */
class SubjectFragmentsTest {
    private static Cable read(String fragment) {
        return new CableParser().parseText(fragment, "08KESTREL417");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "SUBJECT: (C) HARBOUR DUES DISPUTE|HARBOUR DUES DISPUTE",
                "SUBJECT: (U) HARBOUR DUES DISPUTE|HARBOUR DUES DISPUTE",
                "SUBJECT: (S) HARBOUR DUES DISPUTE|HARBOUR DUES DISPUTE",
                "SUBJECT: (SBU) HARBOUR DUES DISPUTE|HARBOUR DUES DISPUTE",
                "SUBJECT: (S/NF) HARBOUR DUES DISPUTE|HARBOUR DUES DISPUTE",
                "SUBJECT:(C)HARBOUR DUES DISPUTE|HARBOUR DUES DISPUTE",
                "Subject: (U) Harbour dues dispute goes to court|Harbour dues dispute goes to court",
                "subject: (c) harbour dues dispute|harbour dues dispute",
                "SUBJ: (C) HARBOUR DUES DISPUTE|HARBOUR DUES DISPUTE",
                "SUBJECT: SALE OF LATHES TO KESTREL (C)|SALE OF LATHES TO KESTREL",
                "Subject: sale of lathes to kestrel (s)|sale of lathes to kestrel",
            })
    void aPortionMarkingIsNotPartOfTheSubject(String line, String subject) {
        assertThat(read(line + "\n\n1. (C) The port authority met on Monday.\n").subject())
                .isEqualTo(subject);
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "SUBJECT: (C-AL8-01234) TASKING ON PORT SECURITY|(C-AL8-01234) TASKING ON PORT SECURITY",
                "SUBJECT: EXPORT OF VALVE(S) TO KESTREL|EXPORT OF VALVE(S) TO KESTREL",
                "SUBJECT: FRANCE'S FERRY POLICY: PART II (BACKGROUND)|FRANCE'S FERRY POLICY: PART II (BACKGROUND)",
                "SUBJECT: KESTREL ON TALKS REF UPCOMING MINISTERIAL|KESTREL ON TALKS REF UPCOMING MINISTERIAL",
                "SUBJECT: FERRY OFFICE--WINDOW ON KESTREL--MAY 2, 2009|FERRY OFFICE--WINDOW ON KESTREL--MAY 2, 2009",
                "SUBJECT: PART 1 OF 3: THE COAST GUARD|PART 1 OF 3: THE COAST GUARD",
                "SUBJECT: SCENESETTER FOR CODEL McKAY'S VISIT|SCENESETTER FOR CODEL McKAY'S VISIT",
            })
    void whatOnlyLooksLikeAnEndStaysInTheSubject(String line, String subject) {
        assertThat(read(line + "\n\n1. (C) The port authority met on Monday.\n").subject())
                .isEqualTo(subject);
    }

    @Test
    void anAbbreviationInAWrappedLineIsNoSentenceEnd() {
        Cable c =
                read("SUBJECT: TALKS ON DEFENCE:\nMEETING WITH GEN. HARROW ON THE FUTURE OF THE ARMED FORCES AND THEIR"
                        + " BUDGET\n\n1. (C) Text.\n");
        assertThat(c.subject())
                .isEqualTo(
                        "TALKS ON DEFENCE: MEETING WITH GEN. HARROW ON THE FUTURE OF THE ARMED FORCES AND THEIR BUDGET");
    }

    @Test
    void oneLineFragmentEndsTheSubjectAtREF() {
        Cable c = read("SUBJECT: (C) HARBOUR DUES REF: A. STATE 1234 B. KESTREL 88");
        assertThat(c.subject()).isEqualTo("HARBOUR DUES");
        assertThat(c.references()).extracting(r -> r.text()).containsExactly("STATE 1234", "KESTREL 88");
    }

    @Test
    void oneLineFragmentWithAReferenceGivesTheFirstParagraphToTheBody() {
        Cable c = read("SUBJECT: (C) FOO BAR REF: A. STATE 1234 B. KESTREL 88 1. (C) Summary: The minister said no."
                + " End summary.");
        assertThat(c.subject()).isEqualTo("FOO BAR");
        assertThat(c.references()).extracting(r -> r.text()).containsExactly("STATE 1234", "KESTREL 88");
        assertThat(c.paragraphs()).extracting(Paragraph::number).containsExactly(1);
        assertThat(c.summary()).isEqualTo("The minister said no.");
    }

    @Test
    void classifiedByGluedToTheFirstParagraphEndsThere() {
        Cable c =
                read("SUBJECT: FERRY TALKS\n\nCLASSIFIED BY: Ann Marlow, Ambassador, Embassy Kestrel. REASON: 1.4 (b),"
                        + " (d) 1. (C) Summary: The ferry talks stalled again. End summary.\n2. (C) More.\n");
        assertThat(c.classifiedBy().text()).isEqualTo("Ann Marlow, Ambassador, Embassy Kestrel. REASON: 1.4 (b), (d)");
        assertThat(c.classifiedBy().reasons()).containsExactly("1.4(b)", "1.4(d)");
        assertThat(c.paragraphs()).extracting(Paragraph::number).containsExactly(1, 2);
        assertThat(c.summary()).isEqualTo("The ferry talks stalled again.");
    }

    @Test
    void letteredReferencesAndReasonLettersAreNoParagraphs() {
        Cable c = read("REF: (A) STATE 12 (B) KESTREL 4 (C) KESTREL 9\nClassified By: DCM Olaf Brenn, reasons 1.4 (b),"
                + " (c) and (d)\n\n1. (C) Text.\n");
        assertThat(c.references()).hasSize(3);
        assertThat(c.classifiedBy().reasons()).containsExactly("1.4(b)", "1.4(c)", "1.4(d)");
        assertThat(c.paragraphs()).hasSize(1);
    }

    @Test
    void oneLineFragmentEndsTheSubjectAtTheFirstParagraph() {
        Cable c = read("SUBJECT: (C) KESTREL PORT STRIKE 1. (C) Summary: Dockers walked out on Monday."
                + " End summary. 2. (C) The port is closed.");
        assertThat(c.subject()).isEqualTo("KESTREL PORT STRIKE");
        assertThat(c.paragraphs()).extracting(Paragraph::number).first().isEqualTo(1);
        assertThat(c.paragraphs().get(0).marking()).isEqualTo("C");
        assertThat(c.summary()).isEqualTo("Dockers walked out on Monday.");
    }

    @Test
    void oneLineFragmentEndsTheSubjectAtAPilcrowOrAMarkedParagraph() {
        assertThat(read("SUBJECT: PORT STRIKE ¶1. Dockers walked out.").subject())
                .isEqualTo("PORT STRIKE");
        assertThat(read("Subject: Port strike ¶ 2. (SBU) Dockers walked out.").subject())
                .isEqualTo("Port strike");
        Cable marked = read("SUBJECT: (SBU) PORT STRIKE (SBU) Dockers walked out on Monday.");
        assertThat(marked.subject()).isEqualTo("PORT STRIKE");
        assertThat(marked.paragraphs()).extracting(Paragraph::marking).containsExactly("SBU");
    }

    @Test
    void oneLineFragmentEndsTheSubjectAtClassifiedBy() {
        Cable c = read(
                "SUBJECT: (C) FERRY TALKS STALL Classified By: Ambassador Ann Marlow for reasons 1.4 (b) and (d).");
        assertThat(c.subject()).isEqualTo("FERRY TALKS STALL");
        assertThat(c.classifiedBy().names()).containsExactly("Ann Marlow");
    }

    @Test
    void oneLineFragmentIn1970sCapitalsEndsAtTheBareFirstNumber() {
        Cable c = new CableParser()
                .parseText(
                        "SUBJECT: FLOOD RELIEF FOR THE DELTA 1. EMBASSY HAS RECEIVED A NOTE FROM THE MINISTRY. 2. WE"
                                + " RECOMMEND TENTS.",
                        "75KESTREL100");
        assertThat(c.subject()).isEqualTo("FLOOD RELIEF FOR THE DELTA");
        assertThat(c.paragraphs().get(0).text()).startsWith("EMBASSY HAS RECEIVED");
    }

    @Test
    void oneLineFragmentEndsACapitalSubjectAtTheFirstBodySentence() {
        Cable c = read("SUBJECT: KESTREL ELECTION RESULTS The electoral commission said on Monday that the ruling"
                + " party had won.");
        assertThat(c.subject()).isEqualTo("KESTREL ELECTION RESULTS");
        assertThat(c.paragraphs().get(0).text()).startsWith("The electoral commission");
    }

    @Test
    void aCapitalSubjectEndsAtAMixedCaseLine() {
        Cable c = read("SUBJECT: KESTREL ELECTION RESULTS\n"
                + "The electoral commission said on Monday that the ruling party had won.\n\n"
                + "2. (U) Turnout was low.\n");
        assertThat(c.subject()).isEqualTo("KESTREL ELECTION RESULTS");
        assertThat(c.paragraphs()).hasSize(2);
    }

    @Test
    void aCapitalSubjectEndsAtAnAllCapsSentence() {
        Cable c = new CableParser()
                .parseText(
                        "SUBJ: MINISTER OF WORKS\nTHE MINISTER OF WORKS WILL RESIGN TOMORROW. HE TOLD THE AMBASSADOR SO"
                                + " AT LUNCH.\n",
                        "75KESTREL100");
        assertThat(c.subject()).isEqualTo("MINISTER OF WORKS");
    }

    @Test
    void theSubjectEndsAtALineOfDashesOrASummaryHeading() {
        assertThat(read("SUBJECT: KESTREL NOTES 11-09-2009\n-----------\n¶1. SUMMARY\n-----------\nTopics.\n")
                        .subject())
                .isEqualTo("KESTREL NOTES 11-09-2009");
        assertThat(read("SUBJECT: KESTREL NOTES ----------- 1. SUMMARY").subject())
                .isEqualTo("KESTREL NOTES");
        Cable headed = new CableParser()
                .parseText("SUBJECT: FLOOD RELIEF\nSUMMARY: THE MINISTRY ASKS FOR TENTS.\n", "75KESTREL100");
        assertThat(headed.subject()).isEqualTo("FLOOD RELIEF");
        assertThat(headed.summary()).isEqualTo("THE MINISTRY ASKS FOR TENTS.");
    }

    @Test
    void aLineOfPunctuationOnlyIsNoPartOfTheSubject() {
        Cable c = read("SUBJECT: SCENESETTER FOR THE MINISTER'S MAY 2\nVISIT TO KESTREL\n <\nREF: A. STATE 21\n\n"
                + "1. (C) Text.\n");
        assertThat(c.subject()).isEqualTo("SCENESETTER FOR THE MINISTER'S MAY 2 VISIT TO KESTREL");
        assertThat(c.references()).hasSize(1);
    }

    @Test
    void theSubjectEndsAtAListLineOfALostReference() {
        Cable c = read("TAGS: PREL PGOV XZ\nSUBJECT: SCENESETTER FOR THE MINISTER'S MAY 2\nVISIT TO KESTREL\n"
                + " ¶B. STATE 21\n     ¶C. 2009 KESTREL 1146\n\nClassified By: DCM Olaf Brenn, reasons 1.4(b) and (d).\n"
                + "\n1. (C) Text.\n");
        assertThat(c.subject()).isEqualTo("SCENESETTER FOR THE MINISTER'S MAY 2 VISIT TO KESTREL");
    }

    @Test
    void wrappedSubjectsAreJoinedWithSingleSpaces() {
        Cable c = new CableParser()
                .parseText(
                        "TAGS: EAID, XZ\nSUBJ:  GOVERNMENT OF KESTREL REQUESTS   \n"
                                + "      ASSISTANCE WITH FLOOD\tRELIEF\n"
                                + "REF: STATE 123456\n1. EMBASSY HAS RECEIVED A NOTE.\n",
                        "75KESTREL100");
        assertThat(c.subject()).isEqualTo("GOVERNMENT OF KESTREL REQUESTS ASSISTANCE WITH FLOOD RELIEF");
        assertThat(c.references()).extracting(r -> r.id()).containsExactly("75STATE123456");
    }

    @Test
    void aBlankLineEndsAWholeSubjectButNotACutOne() {
        Cable whole = read("TAGS: PREL XZ\nSUBJECT: FERRY TALKS\n\nC O R R E C T E D C O P Y (ADDED TAGS)\n\n"
                + "Classified By: DCM Olaf Brenn, reasons 1.4(b) and (d).\n\n1. (C) Text.\n");
        assertThat(whole.subject()).isEqualTo("FERRY TALKS");
        Cable cut = read("TAGS: PREL XZ\nSUBJECT: KESTREL PARTY CAUGHT FLAT-FOOTED BY THE PREMIER'S\n\n"
                + "QUICK MOVES ON THE BUDGET\nREF: A. KESTREL 266\n\n1. (C) Text.\n");
        assertThat(cut.subject())
                .isEqualTo("KESTREL PARTY CAUGHT FLAT-FOOTED BY THE PREMIER'S QUICK MOVES ON THE BUDGET");
    }

    @Test
    void aCutSubjectDoesNotTakeOfficeRoutingAfterARepeatedTop() {
        Cable c = read("S E C R E T KESTREL 000417\n\nTAGS: PREL XZ\n"
                + "SUBJECT: KESTREL'S CONSULTATIONS WITH THE NORTHERN VICE FOREIGN\n\n\n"
                + "S e c r e t kestrel 000417\n\n\nState for eur/ce; nsc for ann marlow\n\n"
                + "E.o. 12958: decl: 08/13/2033\nSubject: kestrel's consultations with the northern vice foreign\n"
                + "minister\n\n1. (S) Text.\n");
        assertThat(c.subject()).isEqualTo("KESTREL'S CONSULTATIONS WITH THE NORTHERN VICE FOREIGN");
    }

    @Test
    void aSubjectGluedToItsREFIsCutThere() {
        Cable c = read("SUBJECT: (C/NF) WHO WOULD SUCCEED THE PREMIERREF: A. KESTREL 1939  B. KESTREL 1704\n\n"
                + "1. (C/NF) Text.\n");
        assertThat(c.subject()).isEqualTo("WHO WOULD SUCCEED THE PREMIER");
        assertThat(c.references()).extracting(r -> r.id()).containsExactly("08KESTREL1939", "08KESTREL1704");
    }

    @Test
    void aMixedCaseSubjectWrapsOnLowerCaseLines() {
        Cable c = read("Subject: Turkish p.m. goes to Kestrel: how strong a leader\nin the face of strong challenges?\n"
                + "\n1. (C) Text.\n");
        assertThat(c.subject())
                .isEqualTo("Turkish p.m. goes to Kestrel: how strong a leader in the face of strong" + " challenges?");
    }

    @Test
    void aSubjectOfOnlyAMarkingIsNoSubject() {
        assertThat(read("SUBJECT: (C)\n\n1. (C) Text.\n").subject()).isNull();
    }
}
