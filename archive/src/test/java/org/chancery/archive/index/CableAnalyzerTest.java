package org.chancery.archive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.junit.jupiter.api.Test;

class CableAnalyzerTest {

    @Test
    void foldsCapitalsPossessivesStopWordsAndPlurals() throws IOException {
        assertThat(tokens("THE MINISTER'S VISITS TO KESTREL BAY"))
                .containsExactly("minister", "visit", "kestrel", "bay");
    }

    @Test
    void keepsReferenceIdsWhole() throws IOException {
        assertThat(tokens("see 08NORHAVEN2961")).containsExactly("see", "08norhaven2961");
    }

    private static List<String> tokens(String text) throws IOException {
        List<String> out = new ArrayList<>();
        try (CableAnalyzer analyzer = new CableAnalyzer();
                TokenStream ts = analyzer.tokenStream(IndexFields.BODY, text)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            while (ts.incrementToken()) {
                out.add(term.toString());
            }
            ts.end();
        }
        return out;
    }
}
