package org.chancery.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ParseCommandTest {
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    @Test
    void seedBecomesOneJsonLineWithTheContractFields() throws IOException {
        Path seed = shared().resolve("seed/08LONDON2968.txt");
        assumeTrue(Files.exists(seed), "shared seed not present");

        CliRun run = CliRun.of("parse", seed.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).hasSize(1);
        JsonNode cable = JSON.readTree(run.outLines().get(0));
        assertThat(cable.get("reference_id").asText()).isEqualTo("08LONDON2968");
        assertThat(cable.get("classification").asText()).isEqualTo("CONFIDENTIAL");
        assertThat(cable.get("date").asText()).isEqualTo("2008-11-28T16:32:00Z");
        assertThat(cable.get("handling").toString()).contains("NOFORN");
        assertThat(cable.get("to").get(0).get("route").asText()).isEqualTo("RUEHC");
        assertThat(cable.get("transmission").get("transmission_id").asText()).isEqualTo("VZCZCXRO1840");
        assertThat(cable.get("references").get(0).get("id").asText()).isEqualTo("08LONDON2961");
        assertThat(cable.has("body")).isFalse();
    }

    @Test
    void prettyIndentsAndWithTextAddsTheSource() throws IOException {
        Path file = write("cable.txt", InventedTexts.RECORD);

        CliRun run = CliRun.of("parse", "--pretty", "--with-text", file.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines().size()).isGreaterThan(20);
        JsonNode cable = JSON.readTree(run.out());
        assertThat(cable.get("reference_id").asText()).isEqualTo("09VALDORIA123");
        assertThat(cable.get("body").asText()).contains("river treaty");
        assertThat(cable.get("header").asText()).contains("FM AMEMBASSY VALDORIA");
    }

    @Test
    void csvPrintsOneLinePerRow() throws IOException {
        Path csv = write("cables.csv", InventedTexts.csv(false));

        CliRun run = CliRun.of("parse", csv.toString());

        assertThat(run.exitCode()).isZero();
        assertThat(ids(run)).containsExactly("09VALDORIA123", "09VALDORIA124", "09VALDORIA125");
    }

    @Test
    void aBadCsvRowIsNamedOnStderrTheOthersArePrintedAndTheExitCodeIsOne() throws IOException {
        Path csv = write("cables.csv", InventedTexts.csv(true));

        CliRun run = CliRun.of("parse", csv.toString());

        assertThat(run.exitCode()).isEqualTo(1);
        assertThat(ids(run)).containsExactly("09VALDORIA123", "09VALDORIA125");
        assertThat(run.errLines()).hasSize(2);
        assertThat(run.errLines().get(0))
                .startsWith("chancery parse: rejected ")
                .contains("cables.csv")
                .contains("row 2")
                .contains("sometime in 2009");
        assertThat(run.errLines().get(1)).isEqualTo("chancery parse: 2 cables read, 1 rejected");
    }

    @Test
    void theWholeSharedCsvPrintsOneLinePerCable() throws IOException {
        Path csv = shared().resolve("corpus/cables.csv");
        assumeTrue(Files.exists(csv), "shared corpus not present");

        CliRun run = CliRun.of("parse", csv.toString());

        assertThat(run.err()).isEmpty();
        assertThat(run.exitCode()).isZero();
        assertThat(run.outLines()).hasSize(1097);
        for (String line : run.outLines()) {
            assertThat(JSON.readTree(line).get("reference_id").asText()).isNotBlank();
        }
    }

    @Test
    void readsStdinWithDashOrWithoutAFile() throws IOException {
        for (String[] args : List.of(new String[] {"parse", "-"}, new String[] {"parse"})) {
            CliRun run = CliRun.withStdin(InventedTexts.RECORD, args);

            assertThat(run.exitCode()).isZero();
            assertThat(run.outLines()).hasSize(1);
            assertThat(JSON.readTree(run.out()).get("subject").asText())
                    .isEqualTo("VALDORIA: MINISTER OPTIMISTIC ON RIVER TREATY");
        }
    }

    @Test
    void aFragmentExitsZeroWithTheFewFieldsItHas() throws IOException {
        CliRun run = CliRun.withStdin(InventedTexts.FRAGMENT, "parse", "--reference-id", "09VALDORIA123");

        assertThat(run.exitCode()).isZero();
        assertThat(run.err()).isEmpty();
        JsonNode cable = JSON.readTree(run.out());
        assertThat(cable.get("reference_id").asText()).isEqualTo("09VALDORIA123");
        assertThat(cable.get("paragraphs").get(0).get("number").asInt()).isEqualTo(3);
        assertThat(cable.get("paragraphs").get(0).get("marking").asText()).isEqualTo("C");
        assertThat(cable.get("transmission").get("transmission_id").isNull()).isTrue();
        assertThat(cable.get("to").isEmpty()).isTrue();
        assertThat(cable.get("declassify").isNull()).isTrue();
    }

    @Test
    void anIdAloneParsesToItsCanonicalIdAndMessyReferenceIdsAreCanonicalised() throws IOException {
        CliRun bare = CliRun.withStdin("  08 rio 0346\n", "parse");
        assertThat(bare.exitCode()).isZero();
        assertThat(JSON.readTree(bare.out()).get("reference_id").asText()).isEqualTo("08RIODEJANEIRO346");

        CliRun option = CliRun.withStdin("1. (U) Text.\n", "parse", "--reference-id", "09 secstate 0012");
        assertThat(JSON.readTree(option.out()).get("reference_id").asText()).isEqualTo("09STATE12");

        CliRun refs = CliRun.withStdin(
                "REF: A. 07 RIODEJAN 88 B. 09 SECSTATE 01234\n", "parse", "--reference-id", "09VALDORIA123");
        JsonNode references = JSON.readTree(refs.out()).get("references");
        assertThat(references.get(0).get("id").asText()).isEqualTo("07RIODEJANEIRO88");
        assertThat(references.get(1).get("id").asText()).isEqualTo("09STATE1234");
    }

    @Test
    void emptyAndOddTextStillExitZero() {
        for (String text : List.of("", "\n\n", "SUBJECT:", "TAGS:", "¶", "REF: A. B. C.", "ZZZZ\r\n\r\n")) {
            CliRun run = CliRun.withStdin(text, "parse");
            assertThat(run.exitCode()).as(text).isZero();
            assertThat(run.err()).as(text).isEmpty();
        }
    }

    @Test
    void binaryInputExitsTwoWithOneLineNamingTheFile() throws IOException {
        byte[] bytes = new byte[100_000];
        new Random(42).nextBytes(bytes);
        Path file = dir.resolve("photo.jpg");
        Files.write(file, bytes);

        CliRun run = CliRun.of("parse", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("chancery parse: " + file).contains("not text");
    }

    @Test
    void aSingleCableOverTwentyMegabytesExitsTwoWithOneLine() throws IOException {
        Path file = dir.resolve("huge.txt");
        try (OutputStream out = Files.newOutputStream(file)) {
            byte[] line =
                    "¶1. (U) Words words words words words words words words words.\n".getBytes(StandardCharsets.UTF_8);
            for (long written = 0; written <= 21L * 1024 * 1024; written += line.length) {
                out.write(line);
            }
        }

        CliRun run = CliRun.of("parse", file.toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(1);
        assertThat(run.errLines().get(0)).startsWith("chancery parse: " + file).contains("20 MB");
    }

    @Test
    void aMissingFileExitsTwo() {
        CliRun run = CliRun.of("parse", dir.resolve("nothing-here.txt").toString());

        assertThat(run.exitCode()).isEqualTo(2);
        assertThat(run.errLines()).singleElement().asString().endsWith("nothing-here.txt: no such file");
    }

    @Test
    void helpDocumentsTheExitCodes() {
        CliRun run = CliRun.of("parse", "--help");

        assertThat(run.exitCode()).isZero();
        assertThat(run.out())
                .contains("Exit codes:")
                .contains("rejected")
                .contains("20 MB")
                .contains("--reference-id");
    }

    private Path write(String name, String content) throws IOException {
        return Files.writeString(dir.resolve(name), content, StandardCharsets.UTF_8);
    }

    private static List<String> ids(CliRun run) throws IOException {
        List<String> ids = new ArrayList<>();
        for (String line : run.outLines()) {
            ids.add(JSON.readTree(line).get("reference_id").asText());
        }
        return ids;
    }

    static Path shared() {
        String property = System.getProperty("chancery.shared");
        return property != null ? Path.of(property) : Path.of("../../shared");
    }
}
