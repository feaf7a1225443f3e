package org.chancery.cli.archive;

import java.util.Map;
import org.chancery.archive.config.ArchiveLocation;
import picocli.CommandLine.Option;

/** The {@code --data}, {@code --db} and {@code --as} options every archive command takes. */
public final class ArchiveOptions {

    /** Where {@code --as} takes the password from before asking on the terminal. */
    public static final String PASSWORD_ENV = "CHANCERY_PASSWORD";

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

    @Option(
            names = "--as",
            paramLabel = "USER",
            description = "Act as this account instead of the local operator; the password comes from"
                    + " $CHANCERY_PASSWORD, else from a prompt.")
    String as;

    /** The environment: the process's, or the one a test gives (see Main.commandLine). */
    private final Map<String, String> env;

    public ArchiveOptions() {
        this(System.getenv());
    }

    public ArchiveOptions(Map<String, String> env) {
        this.env = env;
    }

    public ArchiveLocation location() {
        return ArchiveLocation.resolve(data, db, env);
    }

    /** The account named by {@code --as}, or null for the local operator. */
    String actingAs() {
        return as;
    }

    Map<String, String> env() {
        return env;
    }
}
