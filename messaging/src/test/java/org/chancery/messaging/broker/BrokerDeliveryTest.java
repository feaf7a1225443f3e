package org.chancery.messaging.broker;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import org.chancery.messaging.MessagingSettings;
import org.chancery.messaging.delivery.Delivery;
import org.chancery.messaging.delivery.TransportException;
import org.chancery.messaging.draft.DraftAddressee;
import org.chancery.telegram.model.Precedence;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Three posts on real brokers, each an Artemis process of its own, each node on its own archive: London's release
 * reaches the Department and Paris through London's broker and its bridges, once each, whatever is sent again.
 */
class BrokerDeliveryTest {

    private static final MessagingSettings SETTINGS = MessagingSettings.defaults();

    @TempDir
    static Path shared;

    @TempDir
    Path dir;

    /** One network for the class (a broker takes seconds to start); London's serials run on across the tests. */
    private static BrokerNetwork network;

    private static PostArchive londonArchive;
    private static PostNode london;
    private final List<AutoCloseable> open = new ArrayList<>();

    @BeforeAll
    static void startBrokers() throws Exception {
        network = BrokerNetwork.start(shared, "RUEHLO", "RUEHC", "RUEHFR");
        londonArchive = PostArchive.create(shared.resolve("node-RUEHLO"));
        // London's dispatcher is driven by the tests (drain), so that they decide when traffic leaves
        london = PostNode.open(londonArchive.archive, SETTINGS, network.endpoint("RUEHLO"), "RUEHLO");
    }

    @AfterAll
    static void stopBrokers() throws Exception {
        london.close();
        londonArchive.close();
        network.close();
    }

    @AfterEach
    void closeNodes() throws Exception {
        for (int i = open.size() - 1; i >= 0; i--) {
            open.get(i).close();
        }
    }

    /** A receiving post's node on an archive of its own, for one test. */
    private PostNode node(String route) throws Exception {
        PostArchive a = PostArchive.create(dir.resolve("node-" + route));
        open.add(a);
        PostNode n = PostNode.open(a.archive, SETTINGS, network.endpoint(route), route);
        open.add(n);
        return n;
    }

    @Test
    void londonsReleaseReachesActionAndInfoAddresseesOnceEach() throws Exception {
        PostNode washington = node("RUEHC");
        PostNode paris = node("RUEHFR");
        washington.start();
        paris.start();

        List<Delivery> deliveries = PostArchive.release(
                london.messaging(),
                "IMMEDIATE",
                List.of(new DraftAddressee("RUEHC/SECSTATE WASHDC", "IMMEDIATE")),
                List.of(new DraftAddressee("AMEMBASSY PARIS", "ROUTINE")));
        assertThat(deliveries).extracting(Delivery::addresseeRoute).containsExactly("RUEHC", "RUEHFR");
        assertThat(london.messaging().dispatcher().drain()).isEqualTo(2);

        awaitTrue(() ->
                washington.receiver().receivedSoFar() == 1 && paris.receiver().receivedSoFar() == 1);
        assertThat(PostArchive.inboxKeys(washington.messaging().inbox(), "RUEHC"))
                .containsExactly(deliveries.get(0).key());
        assertThat(PostArchive.inboxKeys(paris.messaging().inbox(), "RUEHFR"))
                .containsExactly(deliveries.get(1).key());
        // the cable came along: stored in each receiving archive, indexed there
        assertThat(washington.messaging().inbox().counts()).containsOnlyKeys("RUEHC");

        // a dispatcher that crashed before marking them sent sends them again: the brokers drop the repeats
        try (ArtemisTransport again = new ArtemisTransport(network.endpoint("RUEHLO"))) {
            again.send(deliveries);
        }
        Thread.sleep(1_000);
        assertThat(washington.receiver().receivedSoFar()).isEqualTo(1);
        assertThat(paris.receiver().receivedSoFar()).isEqualTo(1);
        assertThat(PostArchive.inboxKeys(washington.messaging().inbox(), "RUEHC"))
                .hasSize(1);
    }

    @Test
    void aBatchWithSomeRepeatsStillSendsItsNewDeliveries() throws Exception {
        PostNode washington = node("RUEHC");
        List<Delivery> first = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            first.addAll(PostArchive.release(
                    london.messaging(),
                    "ROUTINE",
                    List.of(new DraftAddressee("RUEHC/SECSTATE WASHDC", "ROUTINE")),
                    List.of()));
        }
        try (ArtemisTransport transport = new ArtemisTransport(network.endpoint("RUEHLO"))) {
            transport.send(first.subList(0, 2));
            // the second round repeats one delivery the broker has and adds one it has not
            transport.send(first.subList(1, 3));
        }
        washington.start();
        awaitTrue(() -> washington.receiver().receivedSoFar() >= 3);
        Thread.sleep(500);
        assertThat(washington.receiver().receivedSoFar())
                .as("messages off the broker")
                .isEqualTo(3);
        assertThat(PostArchive.inboxKeys(washington.messaging().inbox(), "RUEHC"))
                .containsExactlyInAnyOrderElementsOf(
                        first.stream().map(Delivery::key).toList());
    }

    @Test
    void flashSentBehindQueuedRoutineIsReceivedFirst() throws Exception {
        PostNode washington = node("RUEHC");
        int routine = 150;
        for (int i = 0; i < routine; i++) {
            PostArchive.release(
                    london.messaging(),
                    "ROUTINE",
                    List.of(new DraftAddressee("RUEHC/SECSTATE WASHDC", "ROUTINE")),
                    List.of());
        }
        london.messaging().dispatcher().drain();
        BrokerEndpoint washingtonBroker = network.endpoint("RUEHC");
        awaitTrue(() -> QueueDepth.of(washingtonBroker, "RUEHC") == routine);

        Delivery flash = PostArchive.release(
                        london.messaging(),
                        "FLASH",
                        List.of(new DraftAddressee("RUEHC/SECSTATE WASHDC", "FLASH")),
                        List.of())
                .get(0);
        london.messaging().dispatcher().drain();
        awaitTrue(() -> QueueDepth.of(washingtonBroker, "RUEHC") == routine + 1);

        ArtemisReceiver.Batch batch = washington.receiver().receiveOnce(5_000);
        System.out.printf(
                "[flash] first batch of %d behind %d ROUTINE starts with %s%n",
                batch.deliveries().size(), routine, batch.deliveries().get(0).precedence());
        assertThat(batch.deliveries().get(0).key()).isEqualTo(flash.key());
        assertThat(batch.deliveries().get(0).precedence()).isEqualTo(Precedence.FLASH);
        assertThat(batch.deliveries().subList(1, batch.deliveries().size()))
                .allMatch(d -> d.precedence() == Precedence.ROUTINE);
        // the rest follows
        washington.start();
        awaitTrue(() -> washington.receiver().receivedSoFar() == routine + 1);
        assertThat(PostArchive.inboxKeys(washington.messaging().inbox(), "RUEHC"))
                .hasSize(routine + 1);
    }

    @Test
    void aBrokerThatIsAwayIsATransportFailure() throws Exception {
        BrokerEndpoint away =
                new BrokerEndpoint("tcp://localhost:" + BrokerNetwork.freePort(), BrokerNetwork.CREDENTIALS);
        Delivery any = new Delivery(
                "26LONDON9", "RUEHC", "SECSTATE WASHDC", "0009", Precedence.ROUTINE, java.time.Instant.now(), "{}");
        try (ArtemisTransport transport = new ArtemisTransport(away)) {
            assertThatThrownBy(() -> transport.send(List.of(any)))
                    .isInstanceOf(TransportException.class)
                    .hasMessageContaining(away.url());
        }
    }

    @Test
    void trafficForAPostWithoutABridgeIsHeldOnTheSendersBroker() throws Exception {
        // Munich has no bridge from London: its traffic waits in a queue of its own, neither refused nor dropped
        Delivery munich = PostArchive.release(
                        london.messaging(),
                        "PRIORITY",
                        List.of(new DraftAddressee("AMCONSUL MUNICH", "PRIORITY")),
                        List.of())
                .get(0);
        assertThat(munich.addresseeRoute()).isEqualTo("RUEHMZ");
        assertThat(london.messaging().dispatcher().drain()).isEqualTo(1);
        assertThat(QueueDepth.of(network.endpoint("RUEHLO"), "RUEHMZ")).isEqualTo(1);
    }

    @Test
    void aWrongPasswordIsRefused() {
        BrokerEndpoint wrong = new BrokerEndpoint(
                network.endpoint("RUEHLO").url(), new BrokerCredentials("chancery", "not the right passphrase"));
        Delivery any = new Delivery(
                "26LONDON9", "RUEHC", "SECSTATE WASHDC", "0009", Precedence.ROUTINE, java.time.Instant.now(), "{}");
        try (ArtemisTransport transport = new ArtemisTransport(wrong)) {
            assertThatThrownBy(() -> transport.send(List.of(any)))
                    .isInstanceOf(TransportException.class)
                    .hasMessageContaining("Unable to authenticate");
        }
    }

    static void awaitTrue(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("not within 30 s");
            }
            Thread.sleep(50);
        }
    }
}
