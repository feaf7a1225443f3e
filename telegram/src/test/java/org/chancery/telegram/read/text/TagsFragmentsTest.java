package org.chancery.telegram.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.read.CableParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * TAGS read from fragments of cable text, as pasted to {@code chancery parse --reference-id}: where a TAGS line ends,
 * its label in any case, separators, person tags. Every fragment is invented.
 */
class TagsFragmentsTest {
    private static List<String> tags(String fragment) {
        return cable(fragment).tags();
    }

    private static Cable cable(String fragment) {
        return new CableParser().parseText(fragment, "08KESTREL417");
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "TAGS: PREL PGOV XZ",
                "TAGS PREL PGOV XZ",
                "Tags: prel, pgov, xz",
                "tags prel pgov xz",
                "TAGS:PREL,PGOV,XZ",
                "TAG: PREL; PGOV; XZ",
                "TAGS:  PREL,  PGOV  XZ",
            })
    void theLabelInAnyCaseWithOrWithoutColonAndAnySeparators(String line) {
        assertThat(tags(line + "\nSUBJECT: FERRY TALKS\n\n1. (C) Text.\n")).containsExactly("PREL", "PGOV", "XZ");
    }

    @Test
    void gluedOntoTheDeclassificationLineWithoutAColon() {
        Cable c = cable("E.o. 12958: decl: 01/07/2018 Tags prel, pgov, xz Subject: the harbour board reshuffle\n\n"
                + "1. (C) Text.\n");
        assertThat(c.tags()).containsExactly("PREL", "PGOV", "XZ");
        assertThat(c.subject()).isEqualTo("the harbour board reshuffle");
        assertThat(cable("E.O. 12958: N/A TAGS ETRD, XZ SUBJECT: TRADE FAIR").tags())
                .containsExactly("ETRD", "XZ");
    }

    @Test
    void personTagsKeepTheCommasInsideTheirParentheses() {
        assertThat(tags("TAGS: PREL, PGOV, XX (SMITH, JOHN)\nSUBJECT: VISIT\n"))
                .containsExactly("PREL", "PGOV", "XX (SMITH, JOHN)");
        assertThat(tags("TAGS: OVIP (HARROW, SIMON J.) PREL XZ\nSUBJECT: VISIT\n"))
                .containsExactly("OVIP (HARROW, SIMON J.)", "PREL", "XZ");
        assertThat(tags("TAGS: PREL; OVIP (HARROW, SIMON); XZ\nSUBJECT: VISIT\n"))
                .containsExactly("PREL", "OVIP (HARROW, SIMON)", "XZ");
    }

    @Test
    void aPersonTagCutInsideItsParenthesesRunsOn() {
        assertThat(tags("TAGS: PREL, OVIP (HARROW,\nSIMON J.), XZ\nSUBJECT: VISIT\n\n1. Text.\n"))
                .containsExactly("PREL", "OVIP (HARROW, SIMON J.)", "XZ");
    }

    @Test
    void aTrailingCommaRunsOn() {
        assertThat(tags("TAGS PGOV, PREL, XZ,\nKPAO, VD\nSUBJECT: VISIT\n"))
                .containsExactly("PGOV", "PREL", "XZ", "KPAO", "VD");
        assertThat(tags("TAGS ECON, ENRG, MARR, MCAP, MOPS, PGOV, PREL, XZ,\nNSC FOR MARLOW\nSUBJECT: VISIT\n"))
                .endsWith("XZ", "NSC FOR MARLOW"); // plainly carried on, if not by a code
    }

    @Test
    void aCutLineRunsOnOntoALineOfCodes() {
        assertThat(tags("TAGS: PREL PTER MARR MASS KNNP UNSC VD IR XZ PK\nJO, EG, RS\nSUBJECT: VISIT\n"))
                .containsExactly(
                        "PREL", "PTER", "MARR", "MASS", "KNNP", "UNSC", "VD", "IR", "XZ", "PK", "JO", "EG", "RS");
        assertThat(tags("TAGS: PREL PINS MNUC PARM PINR RS KGIC KNNP KRAD ENRG\nLY\nSUBJECT: VISIT\n"))
                .endsWith("ENRG", "LY");
    }

    @Test
    void aWholeLineEndsAtTheEndOfItsLine() {
        assertThat(tags("TAGS: PREL, PGOV\nNSC FOR MARLOW\nSUBJECT: FERRY TALKS\n\n1. Text.\n"))
                .containsExactly("PREL", "PGOV");
        assertThat(tags("TAGS: PREL PGOV XZ\nKPAO VD\nSUBJECT: FERRY TALKS\n\n1. Text.\n"))
                .containsExactly("PREL", "PGOV", "XZ");
        assertThat(tags("TAGS: PREL PGOV XZ\nDEPT FOR EUR/CE\nSUBJECT: FERRY TALKS\n"))
                .containsExactly("PREL", "PGOV", "XZ");
    }

    @Test
    void aCutLineDoesNotRunOnOntoWordsThatAreNoCodes() {
        assertThat(tags("TAGS: PREL PTER MARR MASS KNNP UNSC VD IR XZ PK\nNSC FOR JONES AND SMITH\nSUBJECT: VISIT\n"))
                .endsWith("XZ", "PK");
        assertThat(tags("TAGS: PREL PTER MARR MASS KNNP UNSC VD IR XZ PK\n"
                        + "The Ambassador met the minister on Monday.\n"))
                .endsWith("XZ", "PK");
    }

    @Test
    void aSpaceListRunIntoACommaListIsSplitToo() {
        assertThat(tags("TAGS: OVIP BLOGGS FREDERICK PREL KPAL FR IR RS\nNATO, UK, CN\nSUBJECT: VISIT\n"))
                .containsExactly("OVIP", "BLOGGS", "FREDERICK", "PREL", "KPAL", "FR", "IR", "RS", "NATO", "UK", "CN");
    }

    @Test
    void aFragmentWithoutNewlinesEndsItsTagsAtTheFirstParagraph() {
        Cable c = cable("TAGS: PREL, PGOV, XZ 1. (C) Summary: The minister resigned. End summary.");
        assertThat(c.tags()).containsExactly("PREL", "PGOV", "XZ");
        assertThat(c.summary()).isEqualTo("The minister resigned.");
        assertThat(cable("TAGS: PFOR, XZ SUBJ: FLOOD RELIEF 1. EMBASSY HAS RECEIVED A NOTE.")
                        .tags())
                .containsExactly("PFOR", "XZ");
    }

    @Test
    void seventiesTagsWithTheirSubject() {
        Cable c = new CableParser()
                .parseText(
                        "C O N F I D E N T I A L KESTREL 0412\n\nE.O. 11652: GDS\nTAGS: PFOR, ETRD, XZ\n"
                                + "SUBJ: TRADE TALKS WITH THE\n      NORTHERN DELEGATION\nREF: STATE 106206\n\n"
                                + "1. THE DELEGATION ARRIVED ON TUESDAY.\n",
                        "74KESTREL412");
        assertThat(c.tags()).containsExactly("PFOR", "ETRD", "XZ");
        assertThat(c.subject()).isEqualTo("TRADE TALKS WITH THE NORTHERN DELEGATION");
    }
}
