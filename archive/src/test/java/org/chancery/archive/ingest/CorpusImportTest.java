package org.chancery.archive.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.chancery.archive.jdbc.DatabaseTarget;
import org.chancery.archive.store.CableStore;
import org.chancery.archive.store.JdbcCableStore;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.read.CableParseException;
import org.chancery.telegram.read.CableParser;
import org.chancery.telegram.read.CableSource;
import org.chancery.telegram.read.CableSources;
import org.chancery.telegram.read.RawCable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The real readers and parser on the shared corpus: everything they extract comes back from the store unchanged. */
class CorpusImportTest {

    @TempDir
    Path dir;

    private static Path corpus() {
        Path shared = Path.of(System.getProperty("chancery.shared", "../../shared"));
        Path corpus = shared.resolve("corpus");
        Assumptions.assumeTrue(Files.isDirectory(corpus), "shared corpus not found at " + corpus);
        return corpus;
    }

    @Test
    void storesTheCorpusFaithfullyAndOnceWhateverTheLayout() throws Exception {
        Path csv = corpus().resolve("cables.csv");
        try (CableStore store = JdbcCableStore.open(DatabaseTarget.sqlite(dir.resolve("chancery.db")));
                RejectsLog rejects = new RejectsLog(dir.resolve("rejects.tsv"))) {
            RecordingIndex index = new RecordingIndex();
            CableImporter importer = CableImporter.standard(store, index, ImportOptions.defaults());

            ImportSummary fromCsv = importer.run(List.of(csv), rejects, p -> {});

            assertThat(fromCsv.read()).isEqualTo(1097);
            assertThat(fromCsv.imported() + fromCsv.rejected()).isEqualTo(1097);
            assertThat(store.count()).isEqualTo(fromCsv.imported());
            assertThat(index.committed).hasSize((int) fromCsv.imported());
            Map<String, Cable> parsed = parse(csv);
            store.forEachLatestSince(0, s -> assertThat(s.cable()).isEqualTo(parsed.get(s.referenceId())));

            // The record layout holds the same cables: no cable is added, whatever versions differing text makes.
            ImportSummary fromRecords = importer.run(List.of(corpus().resolve("records")), rejects, p -> {});
            assertThat(fromRecords.imported()).isZero();
            assertThat(store.count()).isEqualTo(fromCsv.imported());
            assertThat(store.versionCount()).isEqualTo(fromCsv.imported() + fromRecords.newVersions());
        }
    }

    private static Map<String, Cable> parse(Path file) throws Exception {
        Map<String, Cable> cables = new HashMap<>();
        CableParser parser = new CableParser();
        try (CableSource source = CableSources.open(file)) {
            while (true) {
                try {
                    RawCable raw = source.next();
                    if (raw == null) {
                        return cables;
                    }
                    Cable c = parser.parse(raw);
                    cables.put(c.referenceId(), c);
                } catch (CableParseException e) {
                    // rejected by the import as well
                }
            }
        }
    }
}
