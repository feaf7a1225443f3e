package org.chancery.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.chancery.cli.archive.BenchCommand;
import org.chancery.cli.archive.DemoCommand;
import org.chancery.cli.archive.GenerateCommand;
import org.chancery.cli.archive.ImportCommand;
import org.chancery.cli.archive.RefsCommand;
import org.chancery.cli.archive.ShowCommand;
import org.chancery.cli.archive.StatsCommand;
import org.chancery.cli.format.ParseCommand;
import org.chancery.cli.format.RenderCommand;
import org.chancery.cli.format.ValidateCommand;
import org.chancery.cli.search.ReindexCommand;
import org.chancery.cli.search.SearchCommand;
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
            DemoCommand.class,
            ParseCommand.class,
            RenderCommand.class,
            ValidateCommand.class,
            GenerateCommand.class,
            ImportCommand.class,
            SearchCommand.class,
            ShowCommand.class,
            RefsCommand.class,
            StatsCommand.class,
            ReindexCommand.class,
            BenchCommand.class,
            CommandLine.HelpCommand.class,
        })
public final class Main {

    /**
     * Lucene logs through java.util.logging that the JDK's vector module is not enabled; that is a hint for tuning,
     * not something a user of the command line can act on. Held in a field because loggers are weakly referenced.
     */
    private static final Logger LUCENE_LOG = Logger.getLogger("org.apache.lucene");

    public static void main(String[] args) {
        LUCENE_LOG.setLevel(Level.SEVERE);
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
