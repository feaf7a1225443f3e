package org.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RenderCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void writesTheCableAsTelegramText() throws IOException {
        Path file = Files.writeString(dir.resolve("cable.txt"), InventedTexts.RECORD, StandardCharsets.UTF_8);

        CliRun run = CliRun.of("render", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines())
                .contains("ZNY CCCCC ZZH", "FM AMEMBASSY VALDORIA", "TO RUEHC/SECSTATE WASHDC PRIORITY 0311")
                .contains("TAGS: PREL PGOV UK", "SUBJECT: VALDORIA: MINISTER OPTIMISTIC ON RIVER TREATY")
                .endsWith("NNNN");
    }

    @Test
    void renderedTextParsesBackToTheSameCable() throws IOException {
        Path file = Files.writeString(dir.resolve("cable.txt"), InventedTexts.RECORD, StandardCharsets.UTF_8);
        JsonNode original = JSON.readTree(CliRun.of("parse", file.toString()).out());

        String telegram = CliRun.of("render", file.toString()).out();
        JsonNode reread = JSON.readTree(CliRun.withStdin(telegram, "parse", "--reference-id", "09VALDORIA123")
                .out());

        for (String field : new String[] {"classification", "captions", "tags", "subject", "to", "info"}) {
            assertThat(reread.get(field)).as(field).isEqualTo(original.get(field));
        }
        // The writer re-wraps lines longer than its width: the words survive, the line breaks may not.
        assertThat(paragraphs(reread)).isEqualTo(paragraphs(original)).hasSize(2);
        assertThat(reread.get("declassify").get("on"))
                .isEqualTo(original.get("declassify").get("on"));
    }

    private static List<String> paragraphs(JsonNode cable) {
        List<String> out = new ArrayList<>();
        for (JsonNode p : cable.get("paragraphs")) {
            out.add(p.get("number") + " " + p.get("marking") + " "
                    + p.get("text").asText().replaceAll("\\s+", " "));
        }
        return out;
    }

    @Test
    void eachCsvRowIsOneTelegram() throws IOException {
        Path csv = Files.writeString(dir.resolve("cables.csv"), InventedTexts.csv(false), StandardCharsets.UTF_8);

        CliRun run = CliRun.of("render", csv.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines().stream().filter("NNNN"::equals)).hasSize(3);
        assertThat(run.out()).contains("SUBJECT: RIVER TREATY 1", "SUBJECT: RIVER TREATY 2", "SUBJECT: RIVER TREATY 3");
    }

    @Test
    void unreadableInputExitsTwo() throws IOException {
        Path file = Files.write(dir.resolve("blob.bin"), new byte[] {0, 1, 2, 3, 0, 0, 7, 0});

        CliRun run = CliRun.of("render", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("chancery render: " + file);
    }
}
