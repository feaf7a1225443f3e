package org.chancery.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.stream.IntStream;
import org.chancery.archive.index.CableIndex;
import org.chancery.archive.index.IndexRebuilder;
import org.chancery.archive.jdbc.DatabaseTarget;
import org.chancery.archive.store.CableStore;
import org.chancery.archive.store.JdbcCableStore;
import org.chancery.archive.store.StoredCable;
import org.chancery.archive.store.TestCables;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CableImporterTest {

    @TempDir
    Path dir;

    CableStore store;
    RecordingIndex index = new RecordingIndex();
    List<ImportProgress> progress = new ArrayList<>();

    @BeforeEach
    void open() {
        store = JdbcCableStore.open(DatabaseTarget.sqlite(dir.resolve("chancery.db")));
    }

    @AfterEach
    void close() {
        store.close();
    }

    private ImportSummary importPaths(Path... paths) throws Exception {
        var importer = new CableImporter(
                store, index, SourceOpener.standard(), () -> FixtureParser::parse, new ImportOptions(7, 2, 16, 2));
        try (RejectsLog rejects = new RejectsLog(dir.resolve("rejects.tsv"))) {
            return importer.run(List.of(paths), rejects, progress::add);
        }
    }

    private static List<String> rows(int from, int to, String variant) {
        return IntStream.rangeClosed(from, to)
                .mapToObj(n -> CsvFixtures.row(n, variant))
                .toList();
    }

    @Test
    void importsDirectoriesRecursivelyInAnyCompressionAndRejectsBadRecords() throws Exception {
        Path input = Files.createDirectories(dir.resolve("in"));
        Files.createDirectories(input.resolve("nested"));
        CsvFixtures.write(input.resolve("a.csv"), rows(1, 20, "Calm."));
        List<String> withBad = new ArrayList<>(rows(21, 40, "Calm."));
        withBad.add(5, CsvFixtures.brokenRow(999));
        withBad.set(10, withBad.get(10).replace("Calm.", "UNPARSEABLE"));
        CsvFixtures.write(input.resolve("nested/b.csv.gz"), withBad);

        ImportSummary summary = importPaths(dir.resolve("in"));

        assertThat(summary.read()).isEqualTo(41);
        assertThat(summary.imported()).isEqualTo(39);
        assertThat(summary.rejected()).isEqualTo(2);
        assertThat(store.count()).isEqualTo(39);
        StoredCable c7 = store.latest(CsvFixtures.id(7)).orElseThrow();
        assertThat(c7.cable().tags()).containsExactly("PREL", "PGOV", "XA");
        assertThat(c7.cable().references()).extracting(r -> r.id()).containsExactly(CsvFixtures.id(6));
        List<String> rejects = Files.readAllLines(summary.rejectsFile());
        assertThat(rejects).hasSize(3);
        assertThat(rejects.get(1)).contains("b.csv.gz").contains("\t");
        assertThat(rejects.get(2)).contains("fixture marked unparseable");
        // Everything stored reached the index and was committed through the last sequence.
        assertThat(index.committed).hasSize(39);
        assertThat(index.committedSequence()).isEqualTo(store.lastSequence());
        assertThat(progress.getLast().read()).isEqualTo(41);
        assertThat(progress.getLast().fraction()).isEqualTo(1.0);
        // every stage did work, and its CPU time was counted
        assertThat(summary.timings().read()).isPositive();
        assertThat(summary.timings().parse()).isPositive();
        assertThat(summary.timings().store()).isPositive();
        assertThat(summary.timings().index()).isPositive();
    }

    @Test
    void aFailingIndexStopsTheImportWithItsErrorAfterTheStoreHasTheBatch() throws Exception {
        Path csv = CsvFixtures.write(dir.resolve("cables.csv"), rows(1, 30, "Calm."));
        CableIndex failing = new CableIndex() {
            @Override
            public void upsert(Collection<StoredCable> cables) {
                throw new IllegalStateException("index disk full");
            }

            @Override
            public void commit(long throughSequence) {}

            @Override
            public long committedSequence() {
                return 0;
            }

            @Override
            public void clear() {}

            @Override
            public void close() {}
        };
        var importer = new CableImporter(
                store, failing, SourceOpener.standard(), () -> FixtureParser::parse, new ImportOptions(7, 2, 16, 2));

        try (RejectsLog rejects = new RejectsLog(dir.resolve("rejects.tsv"))) {
            assertThatThrownBy(() -> importer.run(List.of(csv), rejects, p -> {}))
                    .hasMessageContaining("index disk full");
        }
        // the store is written first: what it took stays, and the next import's catch-up indexes it
        assertThat(store.count()).isPositive();
    }

    @Test
    void reimportingTheSameInputChangesNothingAndChangedTextAddsVersions() throws Exception {
        Path csv = CsvFixtures.write(dir.resolve("cables.csv"), rows(1, 30, "Calm."));
        importPaths(csv);
        long sequence = store.lastSequence();

        ImportSummary again = importPaths(csv);

        assertThat(again.unchanged()).isEqualTo(30);
        assertThat(again.imported() + again.newVersions()).isZero();
        assertThat(store.lastSequence()).isEqualTo(sequence);
        assertThat(again.rejectsFile()).isNull();

        List<String> changed = new ArrayList<>(rows(1, 30, "Calm."));
        changed.set(2, CsvFixtures.row(3, "Stormy."));
        ImportSummary third = importPaths(CsvFixtures.write(csv, changed));

        assertThat(third.newVersions()).isEqualTo(1);
        assertThat(third.unchanged()).isEqualTo(29);
        assertThat(store.versions(CsvFixtures.id(3))).hasSize(2);
        assertThat(index.committed.get(CsvFixtures.id(3)).version()).isEqualTo(2);
    }

    @Test
    void catchesTheIndexUpBeforeImporting() throws Exception {
        // The store holds cables the index never committed: what an import killed between the two commits leaves.
        store.write(List.of(TestCables.full("07NORTHCAPE1"), TestCables.full("07NORTHCAPE2")));
        Path csv = CsvFixtures.write(dir.resolve("cables.csv"), rows(1, 3, "Calm."));

        importPaths(csv);

        assertThat(index.committed).containsKeys("07NORTHCAPE1", "07NORTHCAPE2", CsvFixtures.id(1));
        assertThat(index.committed).hasSize(5);
        assertThat(index.committedSequence()).isEqualTo(5);
    }

    @Test
    void rebuildsAnIndexThatIsAheadOfTheStore() {
        index.upsert(List.of(new StoredCable("99GONE1", 1, 40, java.time.Instant.EPOCH, TestCables.full("99GONE1"))));
        index.commit(40);
        store.write(List.of(TestCables.full("07NORTHCAPE1")));

        new IndexRebuilder(store::forEachLatestSince, 100)
                .catchUp(index, store.lastSequence(), IndexRebuilder.Progress.NONE);

        assertThat(index.committed).containsOnlyKeys("07NORTHCAPE1");
        assertThat(index.committedSequence()).isEqualTo(1);
    }
}
