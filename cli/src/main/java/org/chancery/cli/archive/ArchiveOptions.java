package org.chancery.cli.archive;

import org.chancery.archive.config.ArchiveLocation;
import picocli.CommandLine.Option;

/** The {@code --data} and {@code --db} options every archive command takes. */
public final class ArchiveOptions {

    @Option(
            names = "--data",
            paramLabel = "DIR",
            description = "Data directory (SQLite file, search index, rejects files). Default: $CHANCERY_DATA, else"
                    + " ./chancery-data.")
    String data;

    @Option(
            names = "--db",
            paramLabel = "URL",
            description = "Database instead of the SQLite file: postgresql://user:pass@host:port/db or a"
                    + " jdbc:postgresql: URL. Default: $CHANCERY_DB.")
    String db;

    public ArchiveLocation location() {
        return ArchiveLocation.resolve(data, db, System.getenv());
    }
}
