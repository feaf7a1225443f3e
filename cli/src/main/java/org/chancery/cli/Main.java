package org.chancery.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import org.chancery.cli.format.ParseCommand;
import org.chancery.cli.format.RenderCommand;
import org.chancery.cli.format.ValidateCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code chancery} command. Fast commands never start Spring. */
@Command(
        name = "chancery",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Diplomatic telegrams: read, write, check, archive and search cables.",
        // One command per line, so that each module's commands are added (and reviewed) as a line of their own.
        subcommands = {
            CommandLine.HelpCommand.class,
            org.chancery.cli.search.SearchCommand.class,
            org.chancery.cli.search.ReindexCommand.class,
            ParseCommand.class,
            RenderCommand.class,
            ValidateCommand.class,
            org.chancery.cli.archive.ImportCommand.class,
            org.chancery.cli.archive.ShowCommand.class,
            org.chancery.cli.archive.RefsCommand.class,
            org.chancery.cli.archive.StatsCommand.class,
            org.chancery.cli.archive.BenchCommand.class,
        })
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs a command line and returns its exit code (for tests, which must not exit the JVM). */
    public static int run(String... args) {
        return commandLine().execute(args);
    }

    /**
     * The command line with every subcommand, writing UTF-8 to stdout and stderr (cables carry {@code ¶}; JSON is
     * UTF-8 whatever the platform's default). Tests replace the writers with {@code setOut}/{@code setErr}.
     */
    public static CommandLine commandLine() {
        return new CommandLine(new Main())
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }
}
