package org.chancery.telegram.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.telegram.model.ClassifiedBy;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class ClassifiedByReaderTest {

    @Test
    void seedLikeLine() {
        ClassifiedBy c = ClassifiedByReader.read("PolMinCons Orla Quenby, reasons 1.4 (b/d).");
        assertThat(c.text()).isEqualTo("PolMinCons Orla Quenby, reasons 1.4 (b/d).");
        assertThat(c.names()).containsExactly("Orla Quenby");
        assertThat(c.reasons()).containsExactly("1.4(b)", "1.4(d)");
    }

    /** Invented officials behind every title and punctuation style seen in real cables. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "Ambassador Tomas Velk for reasons 1.4(b) and (d) | Tomas Velk",
                "DCM JANE DOE. REASON: 1.5 (B), (D) | JANE DOE",
                "Political Officer A. B. Jones, Reason 1.4(c) | A. B. Jones",
                "A/DCM Petra Lind for Reasons 1.4 (b) and (d). | Petra Lind",
                "POL/ECON Chief Harlan Brisk, reasons 1.4 (b,d) | Harlan Brisk",
                "Political Counselor Mira K. Oswin,~reasons 1.4 (b) and (d). | Mira K. Oswin",
                "Charge d'Affaires, a.i., Dov Pellam. Reasons 1.4 (b/d ). | Dov Pellam",
                "CHARGE D'AFFAIRES ROLF ANSEL FOR REASONS 1.4 (B) AND (D) | ROLF ANSEL",
                "Hale Quist, Charge, US Department of State, US Embassy Marlow; REASON: 1.4(B), (D) | Hale Quist",
                "NESSA T. ORBAN, DIRECTOR, INR/OPS. REASON: 1.4(C). | NESSA T. ORBAN",
                "ISN/MTR DIRECTOR PELL DURAND FOR REASONS 1.4 (b), (c), and (d). | PELL DURAND",
                "Acting EcoPol Chief Bram Quill for reasons 1.4 (b, d) | Bram Quill",
                "ConGen Marlow Deputy Principal Officer Wyn Dale; Rea son 1.5 (d). | Wyn Dale",
                "Ambassador Corvell reasons 1.4 (b) and (d). | Corvell",
                "Amb. Edgar W. Lonn for reasons 1.5 (b) (d) | Edgar W. Lonn",
                "Political Counselor Walt N.S. Fenner for reasons 1.4 (b) and (d). | Walt N.S. Fenner",
                "Ambassador Ross T. McVey for reason 1.4(d) | Ross T. McVey",
                "Ambassador Ines de la Vega, reasons 1.4 (b) and (d) | Ines de la Vega",
                "Deputy Chief of Mission, Kurt M Holm for reasons 1.4 b and d | Kurt M Holm",
                "Ambassador Nils Brandt: 1.4 (d). | Nils Brandt",
                "Charge Lars Pruitt per 1.5 (b) and (d). | Lars Pruitt",
                "Ambassador Oren F. Daly for E.O. 12958 reasons 1.4 (b ) and (d). | Oren F. Daly",
                "Deputy Chief of Mission Paul LaRoche for reasons 1.4 b and d | Paul LaRoche",
                "Economic Minister Counselor Hal Tews, Jr. Reasons 1.4 (b) and (d). | Hal Tews",
                "U/S Mara Quintero (G). Reason: 1.4 (b) and (d) | Mara Quintero"
            })
    void namesWithoutTitles(String text, String name) {
        ClassifiedBy c = ClassifiedByReader.read(text.replace("~", " "));
        assertThat(c.names()).containsExactly(name);
        assertThat(c.reasons()).isNotEmpty();
    }

    @Test
    void severalOfficials() {
        ClassifiedBy c = ClassifiedByReader.read("Ambassador Ada Morrow and DCM Piet Vos, reasons 1.4 (b) and (d)");
        assertThat(c.names()).containsExactly("Ada Morrow", "Piet Vos");
        assertThat(ClassifiedByReader.read("DCM;TEO SANDERLIN FOR REASONS 1.4(B,D)")
                        .names())
                .containsExactly("TEO SANDERLIN");
    }

    @Test
    void noNameWhenOnlyATitleOrASource() {
        assertThat(ClassifiedByReader.read("Ambassador for reasons 1.4 (b) and (d)")
                        .names())
                .isEmpty();
        assertThat(ClassifiedByReader.read("Charge d'Affaires, for reasons 1.4 (b), (c), and (d).")
                        .names())
                .isEmpty();
        assertThat(ClassifiedByReader.read("Derived from Multiple Sources").names())
                .isEmpty();
        assertThat(ClassifiedByReader.read("Derived from Multiple Sources").reasons())
                .isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "reasons 1.4 (b/d). | 1.4(b) 1.4(d)",
                "reasons 1.4(b) and (d). | 1.4(b) 1.4(d)",
                "REASON: 1.5 (B), (D) | 1.5(b) 1.5(d)",
                "reasons 1.4 B AND D | 1.4(b) 1.4(d)",
                "Reasons 1.4b,d | 1.4(b) 1.4(d)",
                "reasons 1.4 (a), (b), and (d). | 1.4(a) 1.4(b) 1.4(d)",
                "reasons 1.4 (B) A ND (D) | 1.4(b) 1.4(d)",
                "Reasons 1.4(b) an d (d). | 1.4(b) 1.4(d)",
                "reasons 1.4 (b)(d) | 1.4(b) 1.4(d)",
                "reasons 1 .4 (b, d) | 1.4(b) 1.4(d)",
                "reasons 1.4 (b & d). Summary: the minister | 1.4(b) 1.4(d)",
                "for reasons b, d. | 1.4(b) 1.4(d)",
                "Reason: 1/4 (B), (D), (E), and (G) | 1.4(b) 1.4(d) 1.4(e) 1.4(g)",
                "reasons 1.4 (b) and 1.5 (d) | 1.4(b) 1.5(d)"
            })
    void reasons(String text, String expected) {
        assertThat(ClassifiedByReader.read("DCM Ola Brant, " + text).reasons())
                .containsExactlyElementsOf(List.of(expected.split(" ")));
    }

    @Test
    void labelIsRecognisedAndRepeatedLabelSkipped() {
        assertThat(ClassifiedByReader.isClassifiedByLine("(U) Classified by Ambassador Ivo Rask; reasons: 1.5 (b,d)."))
                .isTrue();
        assertThat(ClassifiedByReader.afterLabel("CLASSIFIED BY: DCM X")).isEqualTo("DCM X");
        assertThat(ClassifiedByReader.read("Classified by Ambassador Ivo Rask, for reasons 1.5 (b)")
                        .names())
                .containsExactly("Ivo Rask");
    }

    /** Older and odd forms, written in capitals as 1980s-2000s traffic was. */
    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "JAMES R. WILLOW, AMBASSADOR. REASON: 1.4 (B/D). | JAMES R. WILLOW | 1.4(b) 1.4(d)",
                "ALFRED PEAK, CHARGE D'AFFAIRES A.I.; REASONS: 1.5(B) AND (D) | ALFRED PEAK | 1.5(b) 1.5(d)",
                "POLITICAL COUNSELOR MARY ANNE TROST. REASONS: 1.5 (B) AND (D). | MARY ANNE TROST | 1.5(b) 1.5(d)",
                "POLITICAL OFFICER JUAN SOTO. E.O. 12958 REASONS 1.5(B) AND (D) | JUAN SOTO | 1.5(b) 1.5(d)",
                "AMBASSADOR HENRY LOWE; E.O. 12958 REASON 1.5(D) | HENRY LOWE | 1.5(d)",
                "DEPUTY CHIEF OF MISSION ALAN FORD UNDER E.O. 12356 SECTION 1.3 (A)(4). | ALAN FORD | 1.3(a)(4)",
                "ADCM Laura Finch per 1.4 (b) and (d) | Laura Finch | 1.4(b) 1.4(d)",
                "POLCOUNSELOR RITA VOSS, 1.4 (B) AND (D) | RITA VOSS | 1.4(b) 1.4(d)",
                "POLCOUNS JOHN SMITH. REASON: 1.4(B). ENTIRE TEXT. | JOHN SMITH | 1.4(b)",
                "JOHN SMITH, POLITICAL COUNSELOR. REASON 1.5 (C). CONFIDENTIAL - ENTIRE TEXT. | JOHN SMITH | 1.5(c)",
                "AMB. R. TEMPLE, REASON 1.4 (A),(B),(D),(G) | R. TEMPLE | 1.4(a) 1.4(b) 1.4(d) 1.4(g)",
                "DCM: JANET GREY FOR REASONS 1.4 (B/D) | JANET GREY | 1.4(b) 1.4(d)"
            })
    void olderForms(String text, String name, String reasons) {
        ClassifiedBy c = ClassifiedByReader.read(text);
        assertThat(c.names()).containsExactly(name);
        assertThat(c.reasons()).containsExactlyElementsOf(List.of(reasons.split(" ")));
    }

    @Test
    void placesAreNotPeople() {
        assertThat(ClassifiedByReader.read("US MISSION GENEVA, REASON 1.4 (B)").names())
                .isEmpty();
        assertThat(ClassifiedByReader.read("EMBASSY OTTAWA, 1.4 (D)").names()).isEmpty();
        assertThat(ClassifiedByReader.read("DIRECTOR, OFFICE OF EUROPEAN AFFAIRS, DOS. REASON 1.4(D)")
                        .names())
                .isEmpty();
        assertThat(ClassifiedByReader.read("DEPUTY CHIEF OF MISSION MARK J. SEVERN. REASONS: 1.4 (B) AND (D).")
                        .names())
                .containsExactly("MARK J. SEVERN");
    }

    @Test
    void labelAfterAParagraphNumber() {
        assertThat(ClassifiedByReader.afterLabel("1. (U) Classified by Acting DCM Sam Oyelaran, reasons 1.4 (b)."))
                .isEqualTo("Acting DCM Sam Oyelaran, reasons 1.4 (b).");
    }
}
