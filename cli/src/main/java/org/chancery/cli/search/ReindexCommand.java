package org.chancery.cli.search;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.chancery.archive.config.ArchiveLocation;
import org.chancery.archive.index.IndexRebuilder;
import org.chancery.archive.index.LuceneCableIndex;
import org.chancery.archive.store.JdbcCableStore;
import org.chancery.cli.archive.ArchiveOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chancery reindex}: rebuilds the search index from the store. */
@Command(
        name = "reindex",
        mixinStandardHelpOptions = true,
        description = "Rebuild the search index (DATA/index) from the store, which is the system of record.")
public final class ReindexCommand implements Callable<Integer> {

    @Option(
            names = "--batch",
            defaultValue = "1000",
            description = "Cables per index batch (default ${DEFAULT-VALUE}).")
    int batch;

    @Mixin
    ArchiveOptions archive;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ArchiveLocation location = archive.location();
        try (JdbcCableStore store = JdbcCableStore.open(location.database());
                LuceneCableIndex index = LuceneCableIndex.open(location.dataDirectory())) {
            long total = store.count();
            long last = store.lastSequence();
            long[] nextReport = {0};
            IndexRebuilder.Progress progress = n -> {
                if (n >= nextReport[0]) {
                    err.printf("  indexed %,d of %,d cables%n", n, total);
                    err.flush();
                    nextReport[0] = n + Math.max(10_000, total / 20);
                }
            };
            var summary = new IndexRebuilder(store::forEachLatestSince, batch).rebuild(index, last, progress);
            double seconds = Math.max(summary.millis(), 1) / 1000.0;
            out.printf(
                    "Reindexed %,d cables through store sequence %d in %.1f s (%,.0f cables/s) into %s%n",
                    summary.cables(),
                    summary.throughSequence(),
                    seconds,
                    summary.cables() / seconds,
                    LuceneCableIndex.indexDirectory(location.dataDirectory()));
            return 0;
        }
    }
}
