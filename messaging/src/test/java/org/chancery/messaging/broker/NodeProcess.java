package org.chancery.messaging.broker;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.CountDownLatch;
import org.chancery.archive.Archive;
import org.chancery.archive.config.ArchiveLocation;
import org.chancery.messaging.MessagingSettings;

/**
 * A post's node run in a child JVM by {@link BrokerKillTest}: {@code DATA_DIR ROUTE BROKER_URL}, the broker's
 * credentials in the environment. Runs the dispatcher and the receiver until stopped, printing how many deliveries its inbox holds at start
 * and one line per batch received ({@code batch SIZE fresh NEW}) so that the test can follow it and kill it in the middle.
 */
public final class NodeProcess {
    private NodeProcess() {}

    public static void main(String[] args) throws Exception {
        Path data = Path.of(args[0]);
        String route = args[1];
        BrokerEndpoint broker = new BrokerEndpoint(args[2], BrokerCredentials.fromEnvironment(System.getenv()));
        CountDownLatch stopped = new CountDownLatch(1);
        Archive archive = Archive.open(new ArchiveLocation(data, PostArchive.database(data)), Clock.systemUTC());
        PostNode node = PostNode.open(archive, MessagingSettings.defaults(), broker, route);
        node.receiver().afterEachBatch(b -> {
            System.out.println("batch " + b.deliveries().size() + " fresh " + b.fresh());
            System.out.flush();
        });
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            node.close();
            archive.close();
            stopped.countDown();
        }));
        node.start();
        // what an earlier run stored: a run killed after storing a batch but before printing it still counts
        System.out.println(
                "node ready with " + node.messaging().inbox().counts().getOrDefault(route, 0L));
        System.out.flush();
        stopped.await();
    }
}
