package org.chancery.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import org.chancery.archive.jdbc.DatabaseTarget;
import org.chancery.archive.store.CableStore;
import org.chancery.archive.store.JdbcCableStore;
import org.chancery.archive.store.StoredCable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills a real import (SIGKILL, in a child JVM) at random points, runs it again to the end, and checks that the
 * archive holds exactly what an uninterrupted import stores: no cable lost, none twice, every field intact, the index
 * caught up.
 */
class KillAndResumeTest {
    private static final int CABLES = 2400;
    private static final int KILLS = 5;

    @TempDir
    Path dir;

    @Test
    @Timeout(value = 10, unit = TimeUnit.MINUTES)
    void anImportKilledAtRandomPointsCompletesWithoutLossOrDuplicates() throws Exception {
        List<Path> inputs = writeInputs();
        Path data = Files.createDirectories(dir.resolve("killed"));
        long seed = System.nanoTime();
        Random random = new Random(seed);
        System.out.println("KillAndResumeTest seed " + seed);

        int killed = 0;
        for (int i = 0; i < KILLS; i++) {
            // Kill after a random number of committed batches, at a random moment of the next one.
            int batches = 1 + random.nextInt(CABLES / 40 - 5);
            if (runAndKill(data, inputs, batches, random.nextInt(40))) {
                killed++;
            }
        }
        assertThat(killed).as("kills that hit a running import").isGreaterThan(0);
        Process last = start(data, inputs);
        String output = new String(last.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(last.waitFor()).as(output).isZero();

        Path reference = Files.createDirectories(dir.resolve("reference"));
        Process uninterrupted = start(reference, inputs);
        uninterrupted.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
        assertThat(uninterrupted.waitFor()).isZero();

        assertSameArchive(data, reference);
        assertNoDuplicateRows(data);
        DurableFileIndex index = new DurableFileIndex(data);
        try (CableStore store = open(data)) {
            assertThat(store.count()).isEqualTo(CABLES);
            assertThat(index.committedSequence()).isEqualTo(store.lastSequence());
            List<String> ids = new ArrayList<>();
            store.forEachLatestSince(0, s -> ids.add(s.referenceId()));
            assertThat(index.committedIds()).containsAll(ids);
        }
    }

    private List<Path> writeInputs() throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        List<Path> files = new ArrayList<>();
        int perFile = CABLES / 3;
        for (int f = 0; f < 3; f++) {
            List<String> rows = new ArrayList<>(IntStream.rangeClosed(f * perFile + 1, (f + 1) * perFile)
                    .mapToObj(n -> CsvFixtures.row(n, "Calm."))
                    .toList());
            rows.add(perFile / 2, CsvFixtures.brokenRow(90_000 + f));
            files.add(CsvFixtures.write(in.resolve("part" + f + (f == 1 ? ".csv.gz" : ".csv")), rows));
        }
        return files;
    }

    /** Returns whether the process was killed while importing (rather than having finished first). */
    private boolean runAndKill(Path data, List<Path> inputs, int batches, int extraMillis) throws Exception {
        Process p = start(data, inputs);
        try (BufferedReader out =
                new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            int seen = 0;
            String line;
            while ((line = out.readLine()) != null) {
                if (line.startsWith("done")) {
                    break;
                }
                if (line.startsWith("batch") && ++seen >= batches) {
                    Thread.sleep(extraMillis);
                    p.destroyForcibly();
                    p.waitFor();
                    return true;
                }
            }
        }
        p.waitFor();
        return false;
    }

    private static Process start(Path data, List<Path> inputs) throws Exception {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "-cp",
                System.getProperty("java.class.path"),
                ImportProcess.class.getName(),
                data.toString()));
        inputs.forEach(i -> command.add(i.toString()));
        return new ProcessBuilder(command).redirectErrorStream(true).start();
    }

    private static CableStore open(Path data) {
        return JdbcCableStore.open(DatabaseTarget.sqlite(data.resolve("chancery.db")));
    }

    private static void assertSameArchive(Path data, Path reference) {
        try (CableStore actual = open(data);
                CableStore expected = open(reference)) {
            assertThat(actual.count()).isEqualTo(expected.count());
            assertThat(actual.versionCount()).isEqualTo(expected.versionCount());
            expected.forEachLatestSince(0, (StoredCable e) -> {
                StoredCable a = actual.latest(e.referenceId()).orElseThrow();
                assertThat(a.cable()).isEqualTo(e.cable());
                assertThat(a.version()).isEqualTo(1);
            });
        }
    }

    private static void assertNoDuplicateRows(Path data) throws Exception {
        try (Connection c = DatabaseTarget.sqlite(data.resolve("chancery.db"))
                        .dataSource()
                        .getConnection();
                Statement st = c.createStatement()) {
            assertThat(count(
                            st,
                            "SELECT COUNT(*) FROM (SELECT reference_id FROM cable_version"
                                    + " GROUP BY reference_id HAVING COUNT(*) > 1) d"))
                    .isZero();
            assertThat(count(st, "SELECT COUNT(*) FROM version_paragraph")).isEqualTo(CABLES);
            try (ResultSet rs = st.executeQuery("PRAGMA integrity_check")) {
                rs.next();
                assertThat(rs.getString(1)).isEqualTo("ok");
            }
        }
    }

    private static long count(Statement st, String sql) throws Exception {
        try (ResultSet rs = st.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
