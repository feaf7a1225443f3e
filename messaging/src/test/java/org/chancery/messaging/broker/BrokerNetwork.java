package org.chancery.messaging.broker;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Posts' brokers for a test, each an OS process of its own on a free port with its own journal, every broker
 * bridging to every other.
 */
final class BrokerNetwork implements AutoCloseable {

    static final BrokerCredentials CREDENTIALS = new BrokerCredentials("chancery", "a broker test passphrase");

    private final Map<String, BrokerProcess> brokers = new LinkedHashMap<>();

    private BrokerNetwork() {}

    static BrokerNetwork start(Path dir, String... routes) throws Exception {
        Map<String, Integer> ports = new LinkedHashMap<>();
        for (String r : routes) {
            ports.put(r, freePort());
        }
        BrokerNetwork n = new BrokerNetwork();
        List<Thread> starting = new ArrayList<>();
        List<Exception> failures = new ArrayList<>();
        for (String r : routes) {
            Map<String, String> bridges = new LinkedHashMap<>();
            ports.forEach((to, port) -> {
                if (!to.equals(r)) {
                    bridges.put(to, "tcp://localhost:" + port);
                }
            });
            BrokerSettings s =
                    new BrokerSettings(r, "localhost", ports.get(r), dir.resolve("broker-" + r), CREDENTIALS, bridges);
            // started side by side: a JVM with Artemis takes a couple of seconds to listen
            starting.add(Thread.ofPlatform().start(() -> {
                try {
                    BrokerProcess p = BrokerProcess.start(s);
                    synchronized (n) {
                        n.brokers.put(r, p);
                    }
                } catch (Exception e) {
                    synchronized (failures) {
                        failures.add(e);
                    }
                }
            }));
        }
        for (Thread t : starting) {
            t.join();
        }
        if (!failures.isEmpty()) {
            n.close();
            throw failures.get(0);
        }
        return n;
    }

    synchronized BrokerProcess broker(String route) {
        return brokers.get(route);
    }

    BrokerEndpoint endpoint(String route) {
        return broker(route).endpoint();
    }

    static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    @Override
    public synchronized void close() throws InterruptedException {
        for (BrokerProcess p : brokers.values()) {
            p.kill();
        }
    }
}
