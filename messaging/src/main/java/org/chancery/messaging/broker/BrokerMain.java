package org.chancery.messaging.broker;

import java.util.Arrays;
import java.util.concurrent.CountDownLatch;

/**
 * Runs one post's broker in this JVM until the process is stopped (SIGTERM stops it cleanly; kill -9 is survived
 * through the journal):
 *
 * <pre>
 * CHANCERY_BROKER_PASSWORD=... java -cp ... org.chancery.messaging.broker.BrokerMain \
 *     --post LONDON --port 61617 --data DIR [--host HOST] [--bridge RUEHC=tcp://localhost:61616]...
 * </pre>
 *
 * Prints {@value #READY} followed by what it listens on once the acceptor takes connections.
 */
public final class BrokerMain {

    /** The start of the line printed once the broker serves. */
    public static final String READY = "broker ready: ";

    private BrokerMain() {}

    public static void main(String[] args) throws Exception {
        BrokerSettings settings;
        try {
            settings = BrokerSettings.fromArguments(Arrays.asList(args), System.getenv());
        } catch (IllegalArgumentException e) {
            System.err.println("chancery broker: " + e.getMessage());
            System.exit(2);
            return;
        }
        runUntilStopped(settings, new java.io.PrintWriter(System.out, true));
    }

    /** Starts the broker, prints that it is ready and blocks until the JVM is asked to shut down. */
    public static void runUntilStopped(BrokerSettings settings, java.io.PrintWriter out) throws Exception {
        PostBroker broker = PostBroker.start(settings);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            try {
                                broker.close();
                            } catch (Exception e) {
                                System.err.println("broker stop: " + e.getMessage());
                            } finally {
                                stopped.countDown();
                            }
                        },
                        "chancery-broker-stop"));
        out.println(READY + broker.describe());
        out.flush();
        stopped.await();
    }
}
