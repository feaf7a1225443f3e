package org.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ValidateCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void aSoundCableHasNoErrorAndExitsZero() throws IOException {
        CliRun run = CliRun.of("validate", write("good.txt", InventedTexts.RECORD));

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).noneMatch(l -> l.contains(" ERROR "));
        assertThat(run.outLines().getLast()).matches("1 cables checked, 0 errors, \\d+ warnings");
    }

    @Test
    void aSecretParagraphUnderAConfidentialBannerIsAnErrorAndExitsOne() throws IOException {
        CliRun run = CliRun.of("validate", write("bad.txt", InventedTexts.RECORD_OVER_CLASSIFIED_PARAGRAPH));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).anyMatch(l -> l.startsWith("CHN-B001 ERROR 09VALDORIA123 "));
        assertThat(run.outLines().getLast()).matches("1 cables checked, [1-9]\\d* errors, \\d+ warnings");
    }

    @Test
    void jsonFindingsAreOneObjectPerLineAndTheSummaryGoesToStderr() throws IOException {
        CliRun run = CliRun.of(
                "validate",
                "--json",
                write("bad.txt", InventedTexts.RECORD_OVER_CLASSIFIED_PARAGRAPH),
                write("good.txt", InventedTexts.RECORD));

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(run.outLines()).isNotEmpty();
        boolean sawB001 = false;
        for (String line : run.outLines()) {
            JsonNode finding = JSON.readTree(line);
            assertThat(finding.get("code").asText()).startsWith("CHN-");
            assertThat(finding.get("severity").asText()).isIn("ERROR", "WARNING");
            assertThat(finding.get("reference_id").asText()).isEqualTo("09VALDORIA123");
            assertThat(finding.get("message").asText()).isNotBlank();
            sawB001 |= finding.get("code").asText().equals("CHN-B001");
        }
        assertThat(sawB001).isTrue();
        assertThat(run.errLines()).singleElement().asString().startsWith("2 cables checked, ");
    }

    @Test
    void anUnreadableFileExitsTwoButTheOthersAreStillChecked() throws IOException {
        Path binary = Files.write(dir.resolve("blob.bin"), new byte[] {0, 0, 0, 1, 2, 3});

        CliRun run = CliRun.of(
                "validate", binary.toString(), write("bad.txt", InventedTexts.RECORD_OVER_CLASSIFIED_PARAGRAPH));

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().startsWith("chancery validate: " + binary);
        assertThat(run.outLines()).anyMatch(l -> l.startsWith("CHN-B001 ERROR"));
        assertThat(run.outLines().getLast()).startsWith("1 cables checked, ");
    }

    private String write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8)
                .toString();
    }
}
