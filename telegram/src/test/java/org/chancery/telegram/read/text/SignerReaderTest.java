package org.chancery.telegram.read.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Signatures at the end of hand-written cable endings, old and new. */
class SignerReaderTest {

    private static List<String> signers(String text) {
        return SignerReader.read(TextLines.split(text), 0).signers();
    }

    @Test
    void nameAloneAfterTheLastParagraphOfAnOlderCable() {
        assertThat(signers("3. THE MINISTER WILL RAISE THE MATTER WITH THE PRIME\n"
                        + "MINISTER TOMORROW AND WE WILL REPORT FURTHER.\nHARTLEY\nCONFIDENTIAL\n"))
                .containsExactly("HARTLEY");
        assertThat(signers("5. EMBASSY WILL CONTINUE TO FOLLOW THE ISSUE CLOSELY.\n\n\nMORRISON\n\nCONFIDENTIAL\n"))
                .containsExactly("MORRISON");
    }

    @Test
    void aReleaseStampWrappedOverTwoLinesIsATrailer() {
        assertThat(signers("5. EMBASSY WILL KEEP WATCHING.\n\nMORRISON\n\nCONFIDENTIAL\n\n"
                        + "Declassified/Released US Department of State EO Systematic\nReview 30 JUN 2005\n"))
                .containsExactly("MORRISON");
    }

    @Test
    void relayMarksAndOperatorNotesAfterTheName() {
        assertThat(signers("6. COMMENT: NO MOVE IS LIKELY BEFORE THE ELECTIONS. END COMMENT.\n\nDUNLEAVY##\n"))
                .containsExactly("DUNLEAVY");
        assertThat(signers("3. THE RESPONSE WAS MUTED.\n\nSHULTZ\n\nNOTE BY OC/T: NOT PASSED TO ALL POSTS.\n"))
                .containsExactly("SHULTZ");
        assertThat(signers("9. ENVISAGE A TWO-STEP APPROACH.\n\nGP-3\nFARRELL\n"))
                .containsExactly("FARRELL");
    }

    @Test
    void fragmentsThatEndWithTheSignature() {
        assertThat(signers("4. WE RECOMMEND THE DEPARTMENT APPROVE. END TEXT.\nVAN DER BERG"))
                .containsExactly("VAN DER BERG");
        assertThat(signers("7.  WE WOULD WELCOME GUIDANCE.  BONN MINIMIZE CONSIDERED.  KELLERMAN"))
                .containsExactly("KELLERMAN");
        assertThat(signers("8. (C) The embassy will keep pressing on this point.\nWhitcomb"))
                .containsExactly("Whitcomb");
        assertThat(signers("2. (SBU) Post will report on the outcome of the\nmeeting.\n\nO'CONNELL"))
                .containsExactly("O'CONNELL");
        assertThat(signers("11. THE QUESTION REMAINS OPEN.\n-\nSTRAUSS-KAHN\n")).containsExactly("STRAUSS-KAHN");
        assertThat(signers("5. (U) The team will report by separate channel.\n\nMCDONALD.\n"))
                .containsExactly("MCDONALD");
    }

    @Test
    void neverAWordOfTheText() {
        assertThat(signers("10. THE TALKS ARE EXPECTED TO RESUME NEXT WEEK IN\nGENEVA.\n"))
                .isEmpty();
        assertThat(signers("4. FURTHER DETAILS WILL FOLLOW BY SEPTEL. END COMMENT.\n"))
                .isEmpty();
        assertThat(signers("2. (C) We will report further.\n\nEND SUMMARY\n")).isEmpty();
        assertThat(signers("12. MINIMIZE CONSIDERED.\n")).isEmpty();
    }
}
