package org.chancery.cli;

import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.chancery.archive.account.AccountException;
import org.chancery.archive.room.AccessSuspendedException;
import org.chancery.cli.admin.AlertsCommand;
import org.chancery.cli.admin.AuditCommand;
import org.chancery.cli.admin.MonitorCommand;
import org.chancery.cli.admin.UsersCommand;
import org.chancery.cli.archive.ArchiveOptions;
import org.chancery.cli.archive.BenchCommand;
import org.chancery.cli.archive.CommandRefusedException;
import org.chancery.cli.archive.DemoCommand;
import org.chancery.cli.archive.GenerateCommand;
import org.chancery.cli.archive.ImportCommand;
import org.chancery.cli.archive.RefsCommand;
import org.chancery.cli.archive.ServeCommand;
import org.chancery.cli.archive.ShowCommand;
import org.chancery.cli.archive.StatsCommand;
import org.chancery.cli.declass.DeclassCommand;
import org.chancery.cli.declass.ExportCommand;
import org.chancery.cli.format.ParseCommand;
import org.chancery.cli.format.RenderCommand;
import org.chancery.cli.format.ValidateCommand;
import org.chancery.cli.messaging.AckCommand;
import org.chancery.cli.messaging.BrokerCommand;
import org.chancery.cli.messaging.DirectoryCommand;
import org.chancery.cli.messaging.DispatchCommand;
import org.chancery.cli.messaging.DraftCommand;
import org.chancery.cli.messaging.EscalationsCommand;
import org.chancery.cli.messaging.InboxCommand;
import org.chancery.cli.messaging.NodeCommand;
import org.chancery.cli.messaging.OutboxCommand;
import org.chancery.cli.messaging.ProfileCommand;
import org.chancery.cli.messaging.ReleaseCommand;
import org.chancery.cli.search.ReindexCommand;
import org.chancery.cli.search.SearchCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code chancery} command. Fast commands never start Spring. */
@Command(
        name = "chancery",
        mixinStandardHelpOptions = true,
        versionProvider = VersionProvider.class,
        description = "Diplomatic telegrams: read, write, check, send, archive and search cables.",
        // One command per line, so that each module's commands are added (and reviewed) as a line of their own.
        subcommands = {
            DemoCommand.class,
            ServeCommand.class,
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
            UsersCommand.class,
            AuditCommand.class,
            AlertsCommand.class,
            MonitorCommand.class,
            DeclassCommand.class,
            ExportCommand.class,
            DraftCommand.class,
            ReleaseCommand.class,
            DispatchCommand.class,
            OutboxCommand.class,
            InboxCommand.class,
            AckCommand.class,
            EscalationsCommand.class,
            DirectoryCommand.class,
            ProfileCommand.class,
            BrokerCommand.class,
            NodeCommand.class,
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
        return commandLine(System.getenv());
    }

    /**
     * The command line reading its environment ({@code CHANCERY_DATA}, {@code CHANCERY_PASSWORD}...) from the given
     * map instead of the process's, so that tests need not change the real environment.
     */
    public static CommandLine commandLine(Map<String, String> env) {
        return new CommandLine(new Main(), new EnvironmentFactory(env))
                .setCaseInsensitiveEnumValuesAllowed(true)
                .setExecutionExceptionHandler(Main::refusalInOneLine)
                .setOut(new PrintWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8), true))
                .setErr(new PrintWriter(new OutputStreamWriter(System.err, StandardCharsets.UTF_8), true));
    }

    /** A refused sign-in, a missing role or a refused account change is one line on stderr and exit 1. */
    private static int refusalInOneLine(Exception e, CommandLine cl, CommandLine.ParseResult parsed) throws Exception {
        if (e instanceof CommandRefusedException
                || e instanceof AccountException
                || e instanceof SecurityException
                || e instanceof AccessSuspendedException) {
            cl.getErr().println("chancery: " + e.getMessage());
            cl.getErr().flush();
            return 1;
        }
        throw e;
    }

    /** Gives archive commands the environment the command line was built with. */
    private record EnvironmentFactory(Map<String, String> env) implements CommandLine.IFactory {
        @Override
        public <K> K create(Class<K> type) throws Exception {
            if (type == ArchiveOptions.class) {
                return type.cast(new ArchiveOptions(env));
            }
            return CommandLine.defaultFactory().create(type);
        }
    }
}
