package org.chancery.telegram.model;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.telegram.read.ParsedText;
import org.chancery.telegram.read.TextContext;
import org.chancery.telegram.read.TextParser;
import org.junit.jupiter.api.Test;

/**
 * The one reading of a portion marking. Until it was one, the text reader and the validator/archive each had their
 * own parser; the cases here are those where the two disagreed, pinned to the rule kept.
 */
class PortionMarkingTest {

    private static PortionMarking parse(String marking) {
        return PortionMarking.parse(marking).orElseThrow(() -> new AssertionError("not a marking: " + marking));
    }

    @Test
    void theCommonMarkingsRead() {
        assertThat(parse("C")).isEqualTo(marking(Classification.CONFIDENTIAL, false, List.of(), List.of(), List.of()));
        assertThat(parse("S/NF"))
                .isEqualTo(marking(Classification.SECRET, false, List.of("NOFORN"), List.of(), List.of("NOFORN")));
        assertThat(parse("c//noforn").noforn()).isTrue();
        assertThat(parse("S//REL TO USA, GBR"))
                .isEqualTo(marking(
                        Classification.SECRET,
                        false,
                        List.of("REL TO"),
                        List.of("USA", "GBR"),
                        List.of("REL TO USA, GBR")));
        assertThat(parse("SBU"))
                .isEqualTo(marking(Classification.UNCLASSIFIED, true, List.of(), List.of(), List.of("SBU")));
        assertThat(parse("TS/OC").caveats()).containsExactly("ORCON");
    }

    @Test
    void whatIsNoMarkingIsEmpty() {
        for (String notOne : new String[] {"", " ", "1", "a", "USA", "S/WCI", "U/S", "Q/ZZ", "/S", "S/ /NF"}) {
            assertThat(PortionMarking.parse(notOne)).as(notOne).isEmpty();
        }
        // the archive's reading threw on null; the reader's answered empty
        assertThat(PortionMarking.parse(null)).isEmpty();
    }

    @Test
    void levelsWrittenAsWordsAreMarkings() {
        // the reader knew only U, SBU, FOUO, C, S, TS; the archive also read the banner's words
        assertThat(parse("SECRET//REL CHINA").level()).isEqualTo(Classification.SECRET);
        assertThat(parse("Confidential").level()).isEqualTo(Classification.CONFIDENTIAL);
        assertThat(parse("TOP SECRET//NOFORN").level()).isEqualTo(Classification.TOP_SECRET);
        assertThat(parse("UNCLASSIFIED").level()).isEqualTo(Classification.UNCLASSIFIED);
    }

    @Test
    void fouoAndSensitiveButUnclassifiedAreSensitive() {
        // the archive counted only SBU as sensitive; FOUO is the same marking under another name
        assertThat(parse("FOUO").sensitive()).isTrue();
        assertThat(parse("FOUO").handling()).containsExactly("FOUO");
        assertThat(parse("U//FOUO").sensitive()).isTrue();
        assertThat(parse("U//FOUO").handling()).containsExactly("FOUO");
        assertThat(parse("SENSITIVE BUT UNCLASSIFIED").sensitive()).isTrue();
        assertThat(parse("C/SENSITIVE").handling()).containsExactly("SBU");
        assertThat(parse("U").sensitive()).isFalse();
    }

    @Test
    void caveatsOnlyTheReaderKnewAreRead() {
        // these the archive could not read, and counted the paragraph as the banner's: (S/NOCONTRACT) under a
        // CONFIDENTIAL banner was shown to CONFIDENTIAL readers
        assertThat(parse("S/NOCONTRACT"))
                .isEqualTo(
                        marking(Classification.SECRET, false, List.of("NOCONTRACT"), List.of(), List.of("NOCONTRACT")));
        assertThat(parse("U//EFTO").caveats()).containsExactly("EFTO");
        assertThat(parse("S//IMCON").caveats()).containsExactly("IMCON");
        assertThat(parse("S/NF.").caveats()).containsExactly("NOFORN");
    }

    @Test
    void disseminationControlsOnlyTheArchiveKnewAreRead() {
        // the reader rejected these, leaving "(TS//SI/TK//NF)" in the paragraph's text
        PortionMarking m = parse("TS//SI/TK//NF");
        assertThat(m.level()).isEqualTo(Classification.TOP_SECRET);
        assertThat(m.caveats()).containsExactly("NOFORN");
        assertThat(m.handling()).containsExactly("NOFORN");
        assertThat(parse("S//FGI//NF").handling()).containsExactly("FGI", "NOFORN");
        assertThat(parse("S//FGI//NF").caveats()).containsExactly("NOFORN");
        assertThat(parse("SBU//LES").sensitive()).isTrue();
    }

    @Test
    void relToKeepsCountriesWrittenAsNamesAndDropsAnd() {
        // the reader kept only 2-4 letter codes (so REL GERMANY added no caveat) and kept AND as a country
        assertThat(parse("C/REL GERMANY").releasableTo()).containsExactly("GERMANY");
        assertThat(parse("C/REL GERMANY").handling()).containsExactly("REL TO GERMANY");
        assertThat(parse("S//REL TO USA AND GBR").handling()).containsExactly("REL TO USA, GBR");
        assertThat(parse("S//REL UK AND AUS").releasableTo()).containsExactlyInAnyOrder("UK", "AUS");
    }

    @Test
    void relMustBeAWord() {
        // the archive took any part beginning with REL for REL TO: REL TOGO gave GO, RELIDO gave the country IDO
        assertThat(parse("S//REL TOGO").releasableTo()).containsExactly("TOGO");
        assertThat(PortionMarking.countriesOf("REL TOGO")).containsExactly("TOGO");
        assertThat(parse("S//RELIDO").releasableTo()).isEmpty();
        assertThat(parse("S//RELIDO").caveats()).isEmpty();
        // a REL with no countries is still REL TO for the banner, and names nothing on the handling line
        assertThat(parse("S//REL").caveats()).containsExactly("REL TO");
        assertThat(parse("S//REL TO").releasableTo()).isEmpty();
        assertThat(parse("S//REL TO").handling()).isEmpty();
    }

    @Test
    void countriesOfReadsBannerHandlingToo() {
        assertThat(PortionMarking.countriesOf("REL TO USA, GBR")).containsExactly("USA", "GBR");
        assertThat(PortionMarking.countriesOf("REL UK AND AUS")).containsExactly("UK", "AUS");
        assertThat(PortionMarking.countriesOf("rel to usa;gbr")).containsExactly("USA", "GBR");
    }

    @Test
    void theReaderMarksParagraphsWithTheSameReading() {
        String text = """
                S E C R E T VALDORA 000417

                E.O. 12958: DECL: 04/12/2034
                TAGS: PREL XZ
                SUBJECT: MARKINGS

                1. (SECRET//REL CHINA) A level written as a word.

                2. (C/REL GERMANY) A country written as a name.

                3. (TS//SI/TK//NF) A control system.

                4. (S/NOCONTRACT) A caveat the archive did not know.

                HALVERSEN
                """;
        ParsedText t = TextParser.parse(text, new TextContext("09VALDORA417"));

        assertThat(t.paragraphs())
                .extracting(Paragraph::marking)
                .containsExactly("SECRET//REL CHINA", "C/REL GERMANY", "TS//SI/TK//NF", "S/NOCONTRACT");
        assertThat(t.paragraphs().get(0).text()).isEqualTo("A level written as a word.");
        assertThat(t.handling()).contains("REL TO CHINA", "REL TO GERMANY", "NOFORN", "NOCONTRACT");
    }

    private static PortionMarking marking(
            Classification level,
            boolean sensitive,
            List<String> caveats,
            List<String> countries,
            List<String> handling) {
        return new PortionMarking(level, sensitive, caveats, new java.util.LinkedHashSet<>(countries), handling);
    }
}
