package org.chancery.cli.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.chancery.archive.config.ArchiveLocation;
import org.chancery.archive.store.JdbcCableStore;
import org.chancery.cli.Main;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.model.Transmission;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The search commands end to end: store invented cables, reindex, search, bench. */
class SearchCommandsTest {

    @TempDir
    Path data;

    @BeforeEach
    void storeAndReindex() {
        ArchiveLocation location = ArchiveLocation.resolve(data.toString(), null, java.util.Map.of());
        try (JdbcCableStore store = JdbcCableStore.open(location.database())) {
            store.write(List.of(
                    cable(
                            "09VELMORA12",
                            "Embassy Velmora",
                            Classification.UNCLASSIFIED,
                            "BRIDGE TOLL DISPUTE",
                            List.of("ETRD", "VM"),
                            List.of(),
                            "The bridge toll dispute with the river traders"
                                    + " continues; the governor promised a ruling."),
                    cable(
                            "09VELMORA13",
                            "Embassy Velmora",
                            Classification.SECRET,
                            "GOVERNOR'S BRIDGE DEAL",
                            List.of("PGOV", "VM"),
                            List.of("09VELMORA12"),
                            "The governor took a cut of the bridge" + " toll, say sources.")));
        }
        Run reindex = run("reindex", "--data", data.toString());
        assertThat(reindex.code()).as(reindex.err()).isZero();
        assertThat(reindex.out()).contains("Reindexed 2 cables through store sequence");
    }

    @Test
    void searchPrintsATableWithSnippetsAndFacets() {
        Run r = run("search", "bridge", "toll", "--facets", "--sort", "date", "--data", data.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out())
                .contains("2 cables found, showing 1-2:")
                .contains(
                        "09VELMORA13            2009-03-03 SECRET       Embassy Velmora          GOVERNOR'S BRIDGE DEAL")
                .contains("*bridge*")
                .contains("classification: SECRET (1), UNCLASSIFIED (1)")
                .contains("tags:           VM (2), ETRD (1), PGOV (1)");
        assertThat(r.out().indexOf("09VELMORA13")).isLessThan(r.out().indexOf("09VELMORA12"));
    }

    @Test
    void searchPrintsJson() {
        Run r = run("search", "citedby:09VELMORA13", "--json", "--data", data.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("\"total\" : 1").contains("\"id\" : \"09VELMORA12\"");
    }

    @Test
    void badQueryPointsAtTheColumn() {
        Run r = run("search", "bridge tga:VM", "--data", data.toString());
        assertThat(r.code()).isEqualTo(SearchCommand.BAD_QUERY);
        assertThat(r.err().lines().toList())
                .containsExactly(
                        "unknown field 'tga' at column 8 (did you mean tag?)", "  bridge tga:VM", "         ^");
    }

    @Test
    void missingIndexIsReported(@TempDir Path empty) {
        Run r = run("search", "bridge", "--data", empty.toString());
        assertThat(r.code()).isEqualTo(SearchCommand.NO_INDEX);
        assertThat(r.err()).contains("no search index").contains("chancery reindex");
    }

    @Test
    void benchSearchPrintsPercentiles() throws Exception {
        Path queries = data.resolve("queries.txt");
        Files.writeString(queries, "# two queries\nbridge\ntag:VM from:2009\n");
        // "bench search" hangs under the store's "bench" command; run on its own, the test does not depend on that
        Run r = run(
                new CommandLine(new BenchSearchCommand()),
                "--queries",
                queries.toString(),
                "--warmup",
                "1",
                "--rounds",
                "3",
                "--data",
                data.toString());
        assertThat(r.code()).as(r.err()).isZero();
        assertThat(r.out()).contains("2 queries x 3 rounds (after 1 warm-up rounds), 4 hits per round");
        assertThat(r.out()).containsPattern("latency ms {2}p50 [0-9.]+ {2}p90 [0-9.]+ {2}p99 [0-9.]+ {2}max [0-9.]+");
        assertThat(r.out()).contains("path: the reading room");

        Run alone = run(
                new CommandLine(new BenchSearchCommand()),
                "--queries",
                queries.toString(),
                "--warmup",
                "0",
                "--rounds",
                "1",
                "--clearance",
                "UNCLASSIFIED",
                "--data",
                data.toString());
        assertThat(alone.code()).as(alone.err()).isZero();
        assertThat(alone.out())
                .contains("path: the searcher alone (access filter applied; no account check, no audit)");
    }

    private static Cable cable(
            String id,
            String origin,
            Classification level,
            String subject,
            List<String> tags,
            List<String> refs,
            String text) {
        int day = id.endsWith("13") ? 3 : 2;
        return new Cable(
                id,
                origin,
                OffsetDateTime.of(2009, 3, day, 9, 15, 0, 0, ZoneOffset.UTC),
                level,
                List.of(),
                List.of("SIPDIS"),
                subject,
                tags,
                refs.stream().map(r -> new Reference(r, r)).toList(),
                null,
                null,
                List.of("ASHWORTH"),
                null,
                List.of(new Addressee("RUEHC", "SECSTATE WASHDC", "ROUTINE", null)),
                List.of(),
                List.of(),
                false,
                Transmission.EMPTY,
                null,
                "",
                text);
    }

    private record Run(int code, String out, String err) {}

    private static Run run(String... args) {
        return run(Main.commandLine(), args);
    }

    private static Run run(CommandLine command, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        int code = command.setOut(new PrintWriter(out))
                .setErr(new PrintWriter(err))
                .execute(args);
        return new Run(code, out.toString(), err.toString());
    }
}
