package org.chancery.telegram.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Declassification;
import org.chancery.telegram.model.Paragraph;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.read.ParsedText;
import org.chancery.telegram.read.TextContext;
import org.chancery.telegram.read.TextParser;
import org.junit.jupiter.api.Test;

/** Whole texts of invented cables, written in the real formats, read end to end. */
class TextParserFixturesTest {

    private static final String MODERN = """
            S E C R E T SECTION 01 OF 03 VALDORA 000417\s

            NOFORN\s
            SIPDIS\s
            SIPDIS

            DEPT FOR EUR/CE AND INR\s

            E.O. 12958: DECL: 04/12/2034\s
            TAGS: PREL PGOV MARR OVIP (HALVERSEN, INGRID)
            XZ VD
            SUBJECT: VALDORAN DEFENSE MINISTER ON BORDER TALKS,\s
            VALDORA 00000417  002 OF 003\s
            COASTAL PATROLS AND THE SPRING EXERCISE\s

            REF: A. VALDORA 388\s
                 ¶B. 08 VALDORA 1299\s
                 C. KESTREL-HARLOW E-MAIL OF 3/2/09\s

            Classified By: Political Counselor Edda M. Sorne for reasons 1.4\s
            (b) and (d).\s

            ¶1. (S/NF) Summary: Defense Minister Arvo Tamm told the
            Ambassador that border talks would resume.  End summary.

            Background
            ----------

            ¶2. (C) Tamm listed three concerns:
               A. the patrol boats;
               B. the spring exercise;
            -- and the budget.

            3. (S//REL TO USA, GBR) The exercise will go ahead as planned
            VALDORA 00000417  003 OF 003\s
            once the weather allows.

            (U) A marked paragraph without a number.

            4. A plain paragraph.  It cites 1. the first point and
            2. the second point without starting new paragraphs.

            HALVERSEN
            """;

    @Test
    void modernCableEndToEnd() {
        ParsedText t = TextParser.parse(MODERN, new TextContext("09VALDORA417"));
        assertThat(t.classification()).isEqualTo(Classification.SECRET);
        assertThat(t.sections()).isEqualTo(3);
        assertThat(t.bannerPost()).isEqualTo("VALDORA");
        assertThat(t.bannerSerial()).isEqualTo("000417");
        assertThat(t.captions()).containsExactly("SIPDIS");
        assertThat(t.handling()).containsExactly("NOFORN", "REL TO USA, GBR");
        assertThat(t.declassification())
                .isEqualTo(new Declassification(
                        "E.O. 12958", Declassification.Kind.DATE, LocalDate.of(2034, 4, 12), "04/12/2034"));
        assertThat(t.tags()).containsExactly("PREL", "PGOV", "MARR", "OVIP (HALVERSEN, INGRID)", "XZ", "VD");
        assertThat(t.subject())
                .isEqualTo("VALDORAN DEFENSE MINISTER ON BORDER TALKS, COASTAL PATROLS AND THE SPRING EXERCISE");
        assertThat(t.references())
                .containsExactly(
                        new Reference("09VALDORA388", "VALDORA 388"),
                        new Reference("08VALDORA1299", "08 VALDORA 1299"),
                        new Reference(null, "KESTREL-HARLOW E-MAIL OF 3/2/09"));
        assertThat(t.classifiedBy().names()).containsExactly("Edda M. Sorne");
        assertThat(t.classifiedBy().reasons()).containsExactly("1.4(b)", "1.4(d)");
        assertThat(t.classifiedBy().text()).isEqualTo("Political Counselor Edda M. Sorne for reasons 1.4 (b) and (d).");
        assertThat(t.summary())
                .isEqualTo("Defense Minister Arvo Tamm told the Ambassador that border talks would resume.");
        assertThat(t.signers()).containsExactly("HALVERSEN");
        assertThat(t.partial()).isFalse();
    }

    @Test
    void modernCableParagraphs() {
        ParsedText t = TextParser.parse(MODERN, new TextContext("09VALDORA417"));
        assertThat(t.paragraphs()).extracting(Paragraph::number).containsExactly(1, 2, 3, null, 4);
        assertThat(t.paragraphs())
                .extracting(Paragraph::marking)
                .containsExactly("S/NF", "C", "S//REL TO USA, GBR", "U", null);
        assertThat(t.paragraphs().get(0).text()).doesNotContain("Background");
        assertThat(t.paragraphs().get(1).text())
                .isEqualTo(
                        "Tamm listed three concerns:\n   A. the patrol boats;\n   B. the spring exercise;\n-- and the budget.");
        assertThat(t.paragraphs().get(2).text())
                .isEqualTo("The exercise will go ahead as planned\nonce the weather allows.");
        assertThat(t.paragraphs().get(4).text()).contains("2. the second point").doesNotContain("HALVERSEN");
    }

    @Test
    void olderCableWithPageHeadersAndWordBanner() {
        String text = """
                UNCLASSIFIED

                PAGE 01        KESTREL  04411  01 OF 02  151230Z
                ACTION EUR-00

                UNCLASSIFIED KESTREL 4411
                E.O. 11652: N/A
                TAGS: ETRD, KS
                SUBJECT: TRADE FAIR
                 UNCLASSIFIED
                PAGE 02 KESTREL 04411 01 OF 02 151230Z PARTICIPATION
                REF: STATE 106206 CIRCULAR; STATE CA-3400 NOV 2, 1966

                1.  EMBASSY RECOMMENDS A SMALLER STAND THIS YEAR.

                2.  SECOND PARAGRAPH.
                HOLLIS
                """;
        ParsedText t = TextParser.parse(text, new TextContext("66KESTREL4411"));
        assertThat(t.classification()).isEqualTo(Classification.UNCLASSIFIED);
        assertThat(t.declassification().kind()).isEqualTo(Declassification.Kind.NOT_APPLICABLE);
        assertThat(t.declassification().authority()).isEqualTo("E.O. 11652");
        assertThat(t.tags()).containsExactly("ETRD", "KS");
        assertThat(t.subject()).isEqualTo("TRADE FAIR PARTICIPATION");
        assertThat(t.references()).extracting(Reference::id).containsExactly("66STATE106206", null);
        assertThat(t.paragraphs()).extracting(Paragraph::number).containsExactly(1, 2);
        assertThat(t.paragraphs()).extracting(Paragraph::marking).containsOnlyNulls();
        assertThat(t.signers()).containsExactly("HOLLIS");
    }

    @Test
    void wikiLeaksDateLineLowerCaseAndGluedFields() {
        String text = """
                Friday, 11 January 2008, 11:28
                C o n f i d e n t i a l section 01 of 02 marlow 000348

                Sipdis

                E.o. 12958: decl: 01/07/2018 Tags: prel, pgov, pins, xz Subject: the marlow cabinet reshuffle

                (U) Classified by Ambassador Tobias Renn; reasons: 1.5 (b,d).

                ¶1. (C) SUMMARY AND COMMENT: The prime minister moved two rivals aside. END SUMMARY AND COMMENT.

                ¶2. (C) More text.

                Renn
                """;
        ParsedText t = TextParser.parse(text, TextContext.NONE);
        assertThat(t.classification()).isEqualTo(Classification.CONFIDENTIAL);
        assertThat(t.bannerPost()).isEqualTo("MARLOW");
        assertThat(t.sections()).isEqualTo(2);
        assertThat(t.captions()).containsExactly("SIPDIS");
        assertThat(t.declassification().on()).isEqualTo(LocalDate.of(2018, 1, 7));
        assertThat(t.tags()).containsExactly("PREL", "PGOV", "PINS", "XZ");
        assertThat(t.subject()).isEqualTo("the marlow cabinet reshuffle");
        assertThat(t.classifiedBy().names()).containsExactly("Tobias Renn");
        assertThat(t.classifiedBy().reasons()).containsExactly("1.5(b)", "1.5(d)");
        assertThat(t.summary()).isEqualTo("The prime minister moved two rivals aside.");
        assertThat(t.signers()).containsExactly("Renn");
    }

    @Test
    void trailersAndTwoSigners() {
        String text = """
                C O N F I D E N T I A L KESTREL 000012

                E.O. 12958: DECL: 02/02/2019
                TAGS: PREL XZ
                SUBJECT: TWO SIGNERS

                ¶1. (C) The talks ended well.  Visit Kestrel's Classified Website: XXXXXXXXXXXX

                ORLOV
                BRANDT
                NNNN
                End Cable Text
                """;
        ParsedText t = TextParser.parse(text, new TextContext("09KESTREL12"));
        assertThat(t.signers()).containsExactly("ORLOV", "BRANDT");
        assertThat(t.paragraphs()).hasSize(1);
        assertThat(t.paragraphs().get(0).text()).isEqualTo("The talks ended well.");
    }

    @Test
    void signerGluedAfterTheLastSentence() {
        String text = """
                SECRET//NOFORN

                SUBJECT: GLUED

                ¶1. (S) The delegation has cleared this message. VANTERPOOL
                """;
        ParsedText t = TextParser.parse(text, TextContext.NONE);
        assertThat(t.signers()).containsExactly("VANTERPOOL");
        assertThat(t.paragraphs().get(0).text()).isEqualTo("The delegation has cleared this message.");
        assertThat(t.handling()).containsExactly("NOFORN");
    }

    @Test
    void sensitiveButUnclassifiedCable() {
        String text = """
                UNCLAS SECTION 01 OF 02 PORT SALVEN 000123

                SENSITIVE
                SIPDIS

                E.O. 12958: N/A
                TAGS: ECON XZ

                SUBJECT: HARBOR FEES

                ¶1. (SBU) Summary: fees rose. End summary.

                ¶2. (U) Public text.

                LARKIN
                """;
        ParsedText t = TextParser.parse(text, TextContext.NONE);
        assertThat(t.classification()).isEqualTo(Classification.UNCLASSIFIED);
        assertThat(t.handling()).containsExactly("SBU");
        assertThat(t.captions()).containsExactly("SIPDIS");
        assertThat(t.bannerPost()).isEqualTo("PORT SALVEN");
        assertThat(t.summary()).isEqualTo("fees rose.");
    }

    @Test
    void reasonWrappedOntoALineThatLooksLikeAMarking() {
        String text = """
                S E C R E T KESTREL 000078

                SUBJECT: WRAPPED REASONS

                Classified By: Ambassador Ivo Marek for reasons 1.4 (b) and
                (c).

                ¶1. (S) Text.
                """;
        ParsedText t = TextParser.parse(text, TextContext.NONE);
        assertThat(t.classifiedBy().reasons()).containsExactly("1.4(b)", "1.4(c)");
        assertThat(t.classifiedBy().text()).isEqualTo("Ambassador Ivo Marek for reasons 1.4 (b) and (c).");
        assertThat(t.paragraphs()).extracting(Paragraph::number).containsExactly(1);
    }

    @Test
    void blankLinesAroundAPageBreakDoNotSplitTheText() {
        String text = """
                C O N F I D E N T I A L SECTION 01 OF 02 KESTREL 000079

                SUBJECT: BREAK

                ¶1. (C) The minister said the talks

                KESTREL 00000079  002 OF 002

                would resume in May.

                HOLT
                """;
        ParsedText t = TextParser.parse(text, TextContext.NONE);
        assertThat(t.paragraphs()).hasSize(1);
        assertThat(t.paragraphs().get(0).text()).isEqualTo("The minister said the talks\nwould resume in May.");
    }

    @Test
    void forOfficialUseOnlyCaptionLine() {
        String text = """
                UNCLAS KESTREL 000077

                FOR OFFICIAL USE ONLY
                SIPDIS

                SUBJECT: FOUO

                ¶1. (U) Text.
                """;
        ParsedText t = TextParser.parse(text, TextContext.NONE);
        assertThat(t.handling()).containsExactly("FOUO");
        assertThat(t.captions()).containsExactly("SIPDIS");
    }

    @Test
    void sbuParagraphDoesNotMakeAConfidentialCableSbu() {
        String text = """
                C O N F I D E N T I A L MARLOW 000031

                SUBJECT: MIXED

                ¶1. (SBU) Open part.

                ¶2. (C//NF) Closed part.
                """;
        ParsedText t = TextParser.parse(text, TextContext.NONE);
        assertThat(t.handling()).containsExactly("NOFORN");
    }

    @Test
    void summaryUnderAHeadingAndSummaryWithoutOpener() {
        String headed = """
                C O N F I D E N T I A L MARLOW 000032

                SUBJECT: HEADED

                ¶1. Action request in paragraph 4.

                Summary
                -------

                ¶2. (C) The minister agreed to the visit.

                ¶3. (C) Details.
                """;
        assertThat(TextParser.parse(headed, TextContext.NONE).summary()).isEqualTo("The minister agreed to the visit.");
        String closedOnly = """
                C O N F I D E N T I A L MARLOW 000033

                SUBJECT: CLOSED ONLY

                1. (C) The minister agreed.  End Summary.

                2. (C) Details.
                """;
        assertThat(TextParser.parse(closedOnly, TextContext.NONE).summary()).isEqualTo("The minister agreed.");
    }

    @Test
    void partialExtracts() {
        ParsedText cut = TextParser.parse(
                "¶3. (C) the talks continued into the night and the minister said that", TextContext.NONE);
        assertThat(cut.partial()).isTrue();
        assertThat(cut.classification()).isNull();
        assertThat(cut.paragraphs()).extracting(Paragraph::number).containsExactly(3);
        ParsedText noted = TextParser.parse("""
                This record is a partial extract of the original cable. The full text of the original cable is not available.

                201247Z Jan 04
                C O N F I D E N T I A L MARLOW 000034

                ¶1. (C) Text.

                KELL
                """, TextContext.NONE);
        assertThat(noted.partial()).isTrue();
        assertThat(noted.classification()).isEqualTo(Classification.CONFIDENTIAL);
        ParsedText truncated = TextParser.parse("""
                C O N F I D E N T I A L MARLOW 000035

                SUBJECT: CUT SHORT

                Classified By: A...
                """, TextContext.NONE);
        assertThat(truncated.partial()).isTrue();
        ParsedText whole = TextParser.parse(MODERN, TextContext.NONE);
        assertThat(whole.partial()).isFalse();
    }

    @Test
    void archiveMetadataBlockBeforeTheBannerIsSkipped() {
        String text = """
                ID: 100200
                ORIGIN: 09KESTREL55
                CLASSIFICATION: SECRET//NOFORN

                S E C R E T KESTREL 000055

                NOFORN
                SIPDIS

                E.O. 12958: DECL: 02/05/2029
                TAGS: PREL XZ
                SUBJECT: METADATA FIRST

                ¶1. (S/NF) Body.
                """;
        ParsedText t = TextParser.parse(text, TextContext.NONE);
        assertThat(t.classification()).isEqualTo(Classification.SECRET);
        assertThat(t.handling()).containsExactly("NOFORN");
        assertThat(t.subject()).isEqualTo("METADATA FIRST");
    }
}
