package org.chancery.telegram.fuzz;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;

/**
 * Coverage-guided fuzzing of the readers with Jazzer. In a normal build these run in regression mode (the empty input
 * and any saved crash inputs under {@code src/test/resources/.../ReaderFuzzTestInputs}); to fuzz, run with {@code
 * JAZZER_FUZZ=1 mvn -pl telegram test -Dtest=ReaderFuzzTest}. The oracle is {@link ReadAll}: only a {@link
 * org.chancery.telegram.read.CableParseException} with a one-line message may come out.
 */
class ReaderFuzzTest {

    @FuzzTest(maxDuration = "60s")
    void sourcesAndParser(FuzzedDataProvider data) {
        ReadAll.of(data.consumeRemainingAsBytes());
    }

    @FuzzTest(maxDuration = "60s")
    void fragments(FuzzedDataProvider data) {
        String referenceId = data.pickValue(new String[] {"08LONDON2968", "66BUENOSAIRES2481", "BAD ID", ""});
        String text = data.consumeRemainingAsString();
        if (text.indexOf('\0') < 0) { // NUL is the documented refusal of text
            ReadAll.fragment(text, referenceId.isEmpty() ? null : referenceId);
        }
    }
}
