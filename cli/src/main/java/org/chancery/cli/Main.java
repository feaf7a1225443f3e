package org.chancery.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code chancery} command. Fast commands never start Spring. */
@Command(
        name = "chancery",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Diplomatic telegrams: read, write, check, archive and search cables.",
        subcommands = {CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (for tests, which must not exit the JVM). */
    public static int run(String... args) {
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .execute(args);
    }
}
