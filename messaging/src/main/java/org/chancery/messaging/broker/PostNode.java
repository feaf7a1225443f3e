package org.chancery.messaging.broker;

import org.chancery.archive.Archive;
import org.chancery.messaging.Messaging;
import org.chancery.messaging.MessagingSettings;

/**
 * A post's node on its broker: messaging over the post's archive with the dispatcher sending through
 * {@link ArtemisTransport}, and an {@link ArtemisReceiver} taking the post's traffic into the post's inbox.
 */
public final class PostNode implements AutoCloseable {

    private final ArtemisTransport transport;
    private final Messaging messaging;
    private final ArtemisReceiver receiver;

    private PostNode(ArtemisTransport transport, Messaging messaging, ArtemisReceiver receiver) {
        this.transport = transport;
        this.messaging = messaging;
        this.receiver = receiver;
    }

    /**
     * Opens the node; nothing is sent or received until {@link #start}.
     *
     * @param route the post whose node this is (its inbox queue on the broker)
     */
    public static PostNode open(Archive archive, MessagingSettings settings, BrokerEndpoint broker, String route) {
        ArtemisTransport transport = new ArtemisTransport(broker);
        Messaging messaging = Messaging.open(archive, settings, transport);
        ArtemisReceiver receiver = new ArtemisReceiver(broker, route, messaging.inbox(), settings.roundSize());
        return new PostNode(transport, messaging, receiver);
    }

    /** Starts the dispatcher (and the escalation job) and the receiver, each on its own thread. */
    public void start() {
        messaging.startBackground();
        receiver.start();
    }

    public Messaging messaging() {
        return messaging;
    }

    public ArtemisReceiver receiver() {
        return receiver;
    }

    @Override
    public void close() {
        try (transport;
                messaging;
                receiver) {
            // the receiver stops first, then the dispatcher and the sessions, and the transport last
        }
    }
}
