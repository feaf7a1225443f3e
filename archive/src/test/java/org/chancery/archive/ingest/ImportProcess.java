package org.chancery.archive.ingest;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.chancery.archive.jdbc.DatabaseTarget;
import org.chancery.archive.store.JdbcCableStore;

/**
 * The import run in a child JVM by {@link KillAndResumeTest}: {@code DATA_DIR INPUT...}. Prints one line per
 * committed batch so that the test can kill it in the middle of the work.
 */
public final class ImportProcess {
    private ImportProcess() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        List<Path> inputs = Arrays.stream(args).skip(1).map(Path::of).toList();
        try (var store = JdbcCableStore.open(DatabaseTarget.sqlite(data.resolve("chancery.db")));
                var index = new DurableFileIndex(data);
                var rejects = new RejectsLog(data.resolve("rejects-" + System.nanoTime() + ".tsv"))) {
            var importer = new CableImporter(
                    store,
                    index,
                    SourceOpener.standard(),
                    () -> FixtureParser::parse,
                    new ImportOptions(40, 2, 200, 3));
            ImportSummary summary = importer.run(inputs, rejects, p -> {
                System.out.println("batch " + p.read());
                System.out.flush();
            });
            System.out.println("done " + summary);
        }
    }
}
