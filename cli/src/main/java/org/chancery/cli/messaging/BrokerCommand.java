package org.chancery.cli.messaging;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.chancery.cli.archive.CommandRefusedException;
import org.chancery.messaging.broker.BrokerCredentials;
import org.chancery.messaging.broker.BrokerMain;
import org.chancery.messaging.broker.BrokerSettings;
import org.chancery.messaging.broker.PostAddress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code chancery broker}: one post's message broker in the foreground, until Ctrl-C. */
@Command(
        name = "broker",
        mixinStandardHelpOptions = true,
        description = {
            "Runs one post's message broker (Apache ActiveMQ Artemis) in the foreground: a persistent journal in"
                    + " --data, the post's inbox queue, and a store-and-forward bridge to each --bridge post."
                    + " Ctrl-C stops it; a killed broker recovers from its journal.",
            "The broker admits one user: $" + BrokerCredentials.USER_ENV + " (default " + BrokerCredentials.DEFAULT_USER
                    + ") with the password in $" + BrokerCredentials.PASSWORD_ENV + ", which the posts' nodes and"
                    + " the other brokers' bridges log in with.",
        })
public final class BrokerCommand implements Callable<Integer> {

    @Option(
            names = "--post",
            required = true,
            paramLabel = "POST",
            description = "The post whose broker this is: LONDON, STATE, AMEMBASSY PARIS or a routing indicator.")
    String post;

    @Option(
            names = "--port",
            paramLabel = "N",
            description = "TCP port the broker accepts the node and the bridges on (default: ${DEFAULT-VALUE}).")
    int port = 61616;

    @Option(names = "--host", paramLabel = "HOST", description = "Interface to listen on (default: ${DEFAULT-VALUE}).")
    String host = BrokerSettings.DEFAULT_HOST;

    @Option(
            names = "--data",
            required = true,
            paramLabel = "DIR",
            description = "The broker's data directory: journal, bindings and duplicate-id cache.")
    Path data;

    @Option(
            names = "--bridge",
            paramLabel = "ROUTE=URL",
            description = "Forward this post's traffic to its broker, e.g. RUEHC=tcp://localhost:61616 (repeatable).")
    List<String> bridges = new ArrayList<>();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        BrokerSettings settings;
        try {
            settings = new BrokerSettings(
                    PostAddress.routeOf(post),
                    host,
                    port,
                    data,
                    BrokerCredentials.fromEnvironment(System.getenv()),
                    BrokerSettings.parseBridges(bridges));
        } catch (IllegalArgumentException e) {
            throw new CommandRefusedException(e.getMessage());
        }
        BrokerMain.runUntilStopped(settings, out);
        return 0;
    }
}
