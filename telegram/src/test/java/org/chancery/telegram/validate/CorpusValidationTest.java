package org.chancery.telegram.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.read.CableParseException;
import org.chancery.telegram.read.CableParser;
import org.chancery.telegram.read.CableSource;
import org.chancery.telegram.read.CableSources;
import org.chancery.telegram.read.RawCable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Runs the validator over the shared corpus and prints how often each rule is broken. Real cables break rules; the
 * figures are information. What must hold: every cable is checked without the validator failing, and every finding
 * carries a catalogued code.
 */
class CorpusValidationTest {

    @Test
    void validatesTheWholeCorpusAndReportsFindingsPerRule() throws IOException {
        Path csv = shared().resolve("corpus/cables.csv");
        Assumptions.assumeTrue(Files.isRegularFile(csv), "shared corpus not present");
        CableValidator validator = new CableValidator();
        CableParser parser = new CableParser();
        Map<String, Integer> perCode = new TreeMap<>();
        Map<String, String> example = new TreeMap<>();
        int cables = 0;
        int unreadable = 0;
        try (CableSource source = CableSources.open(csv)) {
            while (true) {
                Cable cable;
                try {
                    RawCable raw = source.next();
                    if (raw == null) {
                        break;
                    }
                    cable = parser.parse(raw);
                } catch (CableParseException e) {
                    unreadable++;
                    continue;
                }
                cables++;
                for (Finding f : validator.validate(cable)) {
                    perCode.merge(f.code(), 1, Integer::sum);
                    example.putIfAbsent(f.code(), f.referenceId() + ": " + f.message());
                }
            }
        }
        System.out.printf("corpus validation: %d cables checked, %d unreadable%n", cables, unreadable);
        perCode.forEach((code, n) -> System.out.printf("  %s %5d  e.g. %s%n", code, n, example.get(code)));

        assertThat(cables).isGreaterThanOrEqualTo(1_000);
        assertThat(perCode.keySet())
                .allMatch(code ->
                        Arrays.stream(Rule.values()).anyMatch(r -> r.code().equals(code)));
    }

    static Path shared() {
        String property = System.getProperty("chancery.shared");
        return property != null ? Path.of(property) : Path.of("../../shared");
    }
}
