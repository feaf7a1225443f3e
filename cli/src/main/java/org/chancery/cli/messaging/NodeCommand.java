package org.chancery.cli.messaging;

import java.io.PrintWriter;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.chancery.archive.Archive;
import org.chancery.cli.archive.ArchiveOptions;
import org.chancery.cli.archive.CommandRefusedException;
import org.chancery.messaging.MessagingSettings;
import org.chancery.messaging.broker.BrokerCredentials;
import org.chancery.messaging.broker.BrokerEndpoint;
import org.chancery.messaging.broker.PostAddress;
import org.chancery.messaging.broker.PostNode;
import org.chancery.messaging.delivery.Delivery;
import org.chancery.messaging.delivery.QueueOrder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code chancery node}: a post's node on its broker, until Ctrl-C: the dispatcher sends the archive's outbox to the
 * broker, the receiver takes the post's traffic from it into the post's inbox.
 */
@Command(
        name = "node",
        mixinStandardHelpOptions = true,
        description = {
            "Runs a post's node on its broker until Ctrl-C: sends what the archive's outbox holds to the post's"
                    + " broker (highest precedence first) and receives the post's traffic into its inbox, one line"
                    + " per round sent and per batch received.",
            "Logs in to the broker as $" + BrokerCredentials.USER_ENV + " / $" + BrokerCredentials.PASSWORD_ENV
                    + " (see chancery broker).",
        })
public final class NodeCommand implements Callable<Integer> {

    @Mixin
    ArchiveOptions archive;

    @Option(
            names = "--post",
            required = true,
            paramLabel = "POST",
            description = "The post whose node this is: LONDON, STATE, AMEMBASSY PARIS or a routing indicator.")
    String post;

    @Option(
            names = "--broker",
            required = true,
            paramLabel = "URL",
            description = "The post's broker, tcp://HOST:PORT.")
    String broker;

    @Option(
            names = "--round",
            paramLabel = "N",
            description = "Deliveries per round sent and per batch received (default: ${DEFAULT-VALUE}).")
    int round = MessagingSettings.defaults().roundSize();

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws Exception {
        PrintWriter out = spec.commandLine().getOut();
        String route;
        BrokerEndpoint endpoint;
        try {
            route = PostAddress.routeOf(post);
            endpoint = new BrokerEndpoint(broker, BrokerCredentials.fromEnvironment(System.getenv()));
        } catch (IllegalArgumentException e) {
            throw new CommandRefusedException(e.getMessage());
        }
        MessagingSettings d = MessagingSettings.defaults();
        MessagingSettings settings =
                new MessagingSettings(d.flashAcknowledgement(), d.niactAcknowledgement(), round, d.idlePauseMillis());
        CountDownLatch stopped = new CountDownLatch(1);
        CountDownLatch closed = new CountDownLatch(1);
        try (Archive a = Archive.open(archive.location(), Clock.systemUTC());
                PostNode node = PostNode.open(a, settings, endpoint, route)) {
            node.messaging().dispatcher().afterEachRound(sent -> print(out, "sent " + summary(sent)));
            node.receiver()
                    .afterEachBatch(b -> print(
                            out,
                            "received " + summary(b.deliveries()) + ", " + b.fresh() + " new"
                                    + (b.unreadable() == 0 ? "" : ", " + b.unreadable() + " unreadable")));
            // Ctrl-C or SIGTERM: the JVM exits when the hook returns, so the hook waits until the node and the
            // archive are closed (the dispatcher's round and the receiver's batch finish, the database is let go)
            Runtime.getRuntime()
                    .addShutdownHook(new Thread(
                            () -> {
                                stopped.countDown();
                                try {
                                    closed.await(30, TimeUnit.SECONDS);
                                } catch (InterruptedException e) {
                                    Thread.currentThread().interrupt();
                                }
                            },
                            "chancery-node-stop"));
            node.start();
            print(
                    out,
                    "node of " + route + " on " + endpoint.url() + " over "
                            + a.location().database().describe() + ", outbox "
                            + node.messaging().outbox().depth().queued() + " queued");
            String lastProblem = null;
            while (!stopped.await(1, TimeUnit.SECONDS)) {
                // a broker that is away shows once when it goes and once when it is back, not every retry
                String problem = firstNonNull(
                        node.messaging().dispatcher().lastFailure(),
                        node.receiver().lastFailure());
                if (!Objects.equals(problem, lastProblem)) {
                    print(out, problem == null ? "broker reachable again" : "waiting: " + problem);
                    lastProblem = problem;
                }
            }
            print(out, "stopping");
        } catch (RuntimeException | Error e) {
            closed.countDown();
            throw e;
        }
        print(out, "stopped"); // the node and the archive are closed
        closed.countDown();
        return 0;
    }

    private static String firstNonNull(String a, String b) {
        return a != null ? a : b;
    }

    /** {@code 50 (FLASH 1, ROUTINE 49)}. */
    static String summary(List<Delivery> deliveries) {
        Map<Integer, Long> byRank = new TreeMap<>(deliveries.stream()
                .collect(Collectors.groupingBy(x -> QueueOrder.rank(x.precedence()), Collectors.counting())));
        return deliveries.size() + " ("
                + byRank.entrySet().stream()
                        .map(e -> QueueOrder.fromRank(e.getKey()).label() + " " + e.getValue())
                        .collect(Collectors.joining(", "))
                + ")";
    }

    private static synchronized void print(PrintWriter out, String line) {
        out.println(line);
        out.flush();
    }
}
