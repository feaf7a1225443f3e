package org.chancery.cli.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import org.chancery.cli.ArchiveCli;
import org.chancery.cli.ArchiveCli.Run;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code chancery broker} and {@code chancery node} as a user runs them: two posts, each with its broker and its node
 * as processes of their own, the way docs/broker.md says; a FLASH released at London arrives in the Department's
 * inbox, where its duty officer acknowledges it.
 */
class BrokerNodeCommandsTest {

    private static final String PASSWORD = "a long enough passphrase";
    private static final String BROKER_PASSWORD = "the posts' broker secret";
    private static final Duration PATIENCE = Duration.ofSeconds(90);

    private static final String FIRST =
            String.format("%02dLONDON1", Year.now(ZoneOffset.UTC).getValue() % 100);

    private static final String DRAFT = """
            CLASSIFICATION: CONFIDENTIAL
            TO: RUEHC/SECSTATE WASHDC FLASH
            E.O. 13526: DECL: 12/06/2036
            CLASSIFIED BY: Lena Drafter, Political Officer, reasons 1.4 (b) and (d)
            TAGS: PREL, UK
            SUBJECT: FERRY TALKS RESUME AT DOVER

            1. (C) Port officials told us the talks resume on Monday.
            """;

    @TempDir
    Path dir;

    private final List<Started> processes = new ArrayList<>();

    @AfterEach
    void stopAll() throws InterruptedException {
        for (Started p : processes.reversed()) {
            p.process.destroyForcibly();
            p.process.waitFor(20, TimeUnit.SECONDS);
        }
    }

    @Test
    void aFlashReleasedAtLondonReachesTheDepartmentThroughBothBrokersAndIsAcknowledged() throws Exception {
        ArchiveCli london = new ArchiveCli(dir.resolve("london"));
        ArchiveCli state = new ArchiveCli(dir.resolve("state"));
        addUser(london, "lena", "--posts", "LONDON", "--roles", "drafter,reader");
        addUser(london, "rhea", "--posts", "LONDON", "--roles", "releasing-officer,reader");
        addUser(state, "dana", "--posts", "SECSTATE", "--roles", "duty-officer,reader");
        Path draft = dir.resolve("draft.txt");
        Files.writeString(draft, DRAFT);
        ok(as(london, "lena", "draft", "new", "--file", draft.toString()));
        assertThat(ok(as(london, "rhea", "release", "1")).out()).contains(FIRST);

        int statePort = freePort();
        int londonPort = freePort();
        Started stateBroker =
                start("broker", "--post", "STATE", "--port", "" + statePort, "--data", "" + dir.resolve("b-state"));
        Started londonBroker = start(
                "broker",
                "--post",
                "LONDON",
                "--port",
                "" + londonPort,
                "--data",
                "" + dir.resolve("b-london"),
                "--bridge",
                "RUEHC=tcp://localhost:" + statePort);
        stateBroker.await(l -> l.startsWith("broker ready: broker of RUEHC listening on tcp://localhost:" + statePort));
        londonBroker.await(l -> l.startsWith("broker ready: broker of RUEHLO"));

        Started stateNode = start(
                "node",
                "--post",
                "STATE",
                "--broker",
                "tcp://localhost:" + statePort,
                "--data",
                "" + dir.resolve("state"));
        Started londonNode = start(
                "node",
                "--post",
                "LONDON",
                "--broker",
                "tcp://localhost:" + londonPort,
                "--data",
                "" + dir.resolve("london"));
        londonNode.await(l -> l.equals("sent 1 (FLASH 1)"));
        stateNode.await(l -> l.equals("received 1 (FLASH 1), 1 new"));
        for (Started node : List.of(londonNode, stateNode)) {
            node.process.destroy(); // SIGTERM, as Ctrl-C would stop it
            assertThat(node.process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }

        Run inbox = ok(as(state, "dana", "inbox", "--unacked"));
        assertThat(inbox.out()).contains(FIRST).contains("FLASH").contains("FERRY TALKS RESUME AT DOVER");
        ok(as(state, "dana", "ack", FIRST));
        assertThat(ok(as(state, "dana", "inbox", "--unacked")).out()).doesNotContain(FIRST);
    }

    private static void addUser(ArchiveCli cli, String name, String... options) {
        List<String> args = new ArrayList<>(List.of("users", "add", name, "--password-stdin", "--clearance", "SECRET"));
        args.addAll(List.of(options));
        Run run = cli.run(Map.of(), PASSWORD + "\n", args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
    }

    private static Run as(ArchiveCli cli, String user, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--as");
        all.add(user);
        return cli.run(Map.of("CHANCERY_PASSWORD", PASSWORD), "", all.toArray(String[]::new));
    }

    private static Run ok(Run run) {
        assertThat(run.exit()).as(run.err()).isZero();
        return run;
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }

    /** {@code chancery ARGS} in a JVM of its own, on this test's class path, its output collected line by line. */
    private Started start(String... args) throws IOException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-Xmx256m",
                "--enable-native-access=ALL-UNNAMED",
                "-cp",
                System.getProperty("java.class.path"),
                "org.chancery.cli.Main"));
        command.addAll(List.of(args));
        ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
        pb.environment().put("CHANCERY_BROKER_PASSWORD", BROKER_PASSWORD);
        pb.environment().remove("CHANCERY_DATA");
        Started started = new Started(String.join(" ", args), pb.start());
        processes.add(started);
        return started;
    }

    private static final class Started {
        final String what;
        final Process process;
        final List<String> lines = new CopyOnWriteArrayList<>();

        Started(String what, Process process) {
            this.what = what;
            this.process = process;
            Thread reader = new Thread(
                    () -> {
                        try (BufferedReader r = new BufferedReader(
                                new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                            for (String line = r.readLine(); line != null; line = r.readLine()) {
                                lines.add(line);
                            }
                        } catch (IOException ended) {
                            // the process is gone; what it printed is in lines
                        }
                    },
                    "output of chancery " + what);
            reader.setDaemon(true);
            reader.start();
        }

        void await(Predicate<String> line) throws InterruptedException {
            long deadline = System.nanoTime() + PATIENCE.toNanos();
            while (System.nanoTime() < deadline) {
                if (lines.stream().anyMatch(line)) {
                    return;
                }
                if (!process.isAlive() && lines.stream().noneMatch(line)) {
                    throw new AssertionError("chancery " + what + " ended (exit " + process.exitValue()
                            + ") without the expected line; it printed:\n" + String.join("\n", lines));
                }
                Thread.sleep(100);
            }
            throw new AssertionError("chancery " + what + " did not print the expected line within " + PATIENCE
                    + "; it printed:\n" + String.join("\n", lines));
        }
    }
}
