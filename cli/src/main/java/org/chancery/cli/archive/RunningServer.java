package org.chancery.cli.archive;

import java.io.PrintWriter;
import java.util.concurrent.CountDownLatch;
import org.chancery.archive.config.ArchiveLocation;
import org.chancery.server.ChanceryServer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.event.ContextClosedEvent;

/**
 * Starts the reading room for {@code serve} and {@code demo} and holds the command until the server stops. Ctrl-C
 * ends the JVM's shutdown hooks, Spring's among them, which closes the server, the index and the database
 * cleanly.
 */
final class RunningServer {

    private RunningServer() {}

    /** Starts the server and blocks until it has stopped. */
    static void serveUntilStopped(ArchiveLocation location, int port, PrintWriter out) throws InterruptedException {
        CountDownLatch stopped = new CountDownLatch(1);
        ConfigurableApplicationContext context = ChanceryServer.start(location, port);
        context.addApplicationListener(event -> {
            if (event instanceof ContextClosedEvent) {
                stopped.countDown();
            }
        });
        out.printf(
                "The reading room is open on http://localhost:%d/ (archive in %s). Ctrl-C stops it.%n",
                ChanceryServer.port(context), location.dataDirectory());
        out.flush();
        stopped.await();
    }
}
