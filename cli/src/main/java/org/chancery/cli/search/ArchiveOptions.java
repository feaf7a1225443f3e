package org.chancery.cli.search;

import org.chancery.archive.config.ArchiveLocation;
import picocli.CommandLine.Option;

/** {@code --data} and {@code --db}, resolved like every archive command (options, then environment, then default). */
public final class ArchiveOptions {

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Data directory (default: $CHANCERY_DATA, else ./chancery-data).")
    String data;

    @Option(
            names = "--db",
            paramLabel = "URL",
            description = "Store database (default: $CHANCERY_DB, else SQLite in the data directory).")
    String db;

    ArchiveLocation location() {
        return ArchiveLocation.resolve(data, db, System.getenv());
    }
}
