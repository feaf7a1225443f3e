package org.chancery.messaging.broker;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * A post's broker run as an OS process of its own ({@link BrokerMain} in a new JVM on this JVM's class path), as a
 * post runs it: for the tests that kill brokers and for the benchmark. Its output goes to {@code broker.log} beside
 * the data directory.
 */
public final class BrokerProcess implements AutoCloseable {

    private static final long START_TIMEOUT_MILLIS = 60_000;

    private final BrokerSettings settings;
    private final Path log;
    private Process process;

    private BrokerProcess(BrokerSettings settings) {
        this.settings = settings;
        this.log = settings.dataDirectory().toAbsolutePath().resolveSibling(settings.route() + "-broker.log");
    }

    /** Starts the broker and returns once its port accepts connections. */
    public static BrokerProcess start(BrokerSettings settings) throws IOException, InterruptedException {
        BrokerProcess p = new BrokerProcess(settings);
        p.restart();
        return p;
    }

    /** Starts the broker again on the same data directory (after {@link #kill} or {@link #stop}). */
    public synchronized void restart() throws IOException, InterruptedException {
        if (process != null && process.isAlive()) {
            throw new IllegalStateException("the broker of " + settings.route() + " is still running");
        }
        Files.createDirectories(settings.dataDirectory());
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx256m", "-XX:+UseSerialGC"));
        if (Runtime.version().feature() >= 24) {
            // Netty, inside Artemis, still uses these; allowed explicitly so the log shows only the broker's lines
            command.addAll(List.of("--sun-misc-unsafe-memory-access=allow", "--enable-native-access=ALL-UNNAMED"));
        }
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), BrokerMain.class.getName()));
        command.addAll(settings.toArguments());
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(settings.credentials().asEnvironment());
        process = builder.start();
        awaitPort();
    }

    private void awaitPort() throws IOException, InterruptedException {
        long deadline = System.currentTimeMillis() + START_TIMEOUT_MILLIS;
        while (System.currentTimeMillis() < deadline) {
            if (!process.isAlive()) {
                throw new IOException(
                        "the broker of " + settings.route() + " exited with " + process.exitValue() + "; see " + log);
            }
            try (Socket s = new Socket()) {
                s.connect(new InetSocketAddress(settings.host(), settings.port()), 200);
                return;
            } catch (IOException notYet) {
                Thread.sleep(50);
            }
        }
        kill();
        throw new IOException("the broker of " + settings.route() + " did not listen on " + settings.url() + " within "
                + START_TIMEOUT_MILLIS / 1000 + " s; see " + log);
    }

    /** SIGTERM: the broker stops cleanly (its shutdown hook stops the server). */
    public synchronized void stop() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroy();
            if (!process.waitFor(30, TimeUnit.SECONDS)) {
                process.destroyForcibly().waitFor();
            }
        }
    }

    /** kill -9: the broker gets no chance to tidy up; what it had committed is in its journal. */
    public synchronized void kill() throws InterruptedException {
        if (process != null && process.isAlive()) {
            process.destroyForcibly().waitFor();
        }
    }

    public boolean isAlive() {
        return process != null && process.isAlive();
    }

    public BrokerSettings settings() {
        return settings;
    }

    public BrokerEndpoint endpoint() {
        return new BrokerEndpoint(settings.url(), settings.credentials());
    }

    public Path log() {
        return log;
    }

    @Override
    public void close() throws InterruptedException {
        stop();
    }
}
