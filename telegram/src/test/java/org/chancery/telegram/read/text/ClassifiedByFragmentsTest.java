package org.chancery.telegram.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.ClassifiedBy;
import org.chancery.telegram.read.CableParser;
import org.junit.jupiter.api.Test;

/** Classified By read from bare fragments of cable text, as pasted to {@code chancery parse --reference-id}. */
class ClassifiedByFragmentsTest {
    private static ClassifiedBy read(String fragment) {
        Cable c = new CableParser().parseText(fragment, "08PARIS1234");
        return c.classifiedBy();
    }

    @Test
    void labelOnOneLineAndTheOfficialOnTheNext() {
        ClassifiedBy c = read("C O N F I D E N T I A L PARIS 001234\n\nE.O. 12958: DECL: 05/12/2018\n"
                + "TAGS: PREL PGOV FR\nSUBJECT: VIEWS ON THE SUMMIT\n\nCLASSIFIED BY:\n"
                + "POLITICAL MINISTER COUNSELOR JOHN Q. HARPER, REASONS 1.4 (B) AND (D)\n\n"
                + "1. (C) Officials said the summit would go ahead.\n");
        assertThat(c.names()).containsExactly("JOHN Q. HARPER");
        assertThat(c.reasons()).containsExactly("1.4(b)", "1.4(d)");
    }

    @Test
    void officialAndReasonsOnSeparateLines() {
        ClassifiedBy c = read(
                "Classified By:\nAmbassador Ruth Calder\nfor reasons 1.4 (b) and (d).\n\n1. (C) The talks went well.\n");
        assertThat(c.names()).containsExactly("Ruth Calder");
        assertThat(c.reasons()).containsExactly("1.4(b)", "1.4(d)");
    }

    @Test
    void asTheFirstParagraph() {
        ClassifiedBy c = read("1. (U) Classified by Acting DCM Sam Oyelaran, reasons 1.4 (b) and (d).\n\n"
                + "2. (C) The minister was not available.\n");
        assertThat(c.text()).isEqualTo("Acting DCM Sam Oyelaran, reasons 1.4 (b) and (d).");
        assertThat(c.names()).containsExactly("Sam Oyelaran");
    }

    @Test
    void aFragmentThatIsOnlyTheLine() {
        ClassifiedBy c = read("CLASSIFIED BY: A/DCM TOM RUSK, REASONS 1.4(B,D), EMBASSY OTTAWA");
        assertThat(c.names()).containsExactly("TOM RUSK");
        assertThat(c.reasons()).containsExactly("1.4(b)", "1.4(d)");
    }
}
