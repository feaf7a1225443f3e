package org.chancery.messaging.broker;

import jakarta.jms.Connection;
import jakarta.jms.JMSException;
import jakarta.jms.Message;
import jakarta.jms.MessageConsumer;
import jakarta.jms.Session;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.chancery.messaging.delivery.Delivery;
import org.chancery.messaging.delivery.DeliverySink;
import org.chancery.messaging.delivery.TransportException;

/**
 * Takes a post's traffic from its broker's inbox queue into the post's inbox. A batch is received in a transacted
 * session and committed only after the sink has stored it: a crash in between leaves the messages on the broker,
 * which delivers them again, and the idempotent inbox drops the repeats. The consumer buffers nothing ahead, so each
 * batch starts with the highest-priority traffic the queue holds at that moment: a FLASH waits at most one batch.
 */
public final class ArtemisReceiver implements AutoCloseable {

    /**
     * What one batch did.
     *
     * @param deliveries what the broker delivered, in the order received
     * @param fresh how many of them the inbox had not received before
     * @param unreadable messages that were not deliveries (acknowledged, reported, not stored)
     */
    public record Batch(List<Delivery> deliveries, int fresh, int unreadable) {
        public boolean isEmpty() {
            return deliveries.isEmpty() && unreadable == 0;
        }
    }

    private final BrokerEndpoint broker;
    private final String route;
    private final DeliverySink sink;
    private final int batchSize;
    private final AtomicLong received = new AtomicLong();
    private volatile Consumer<Batch> afterBatch = b -> {};
    private volatile boolean running;
    private volatile String lastFailure;
    /** Set by the connection when the broker goes away: a consumer of a dead connection just receives nothing. */
    private volatile JMSException connectionFailure;

    private ActiveMQConnectionFactory factory;
    private Connection connection;
    private Session session;
    private MessageConsumer consumer;
    private Thread thread;

    /**
     * @param route the post whose inbox queue is read
     * @param batchSize how many deliveries at most go into the sink per transaction
     */
    public ArtemisReceiver(BrokerEndpoint broker, String route, DeliverySink sink, int batchSize) {
        if (batchSize < 1) {
            throw new IllegalArgumentException("a batch holds at least one delivery");
        }
        this.broker = broker;
        this.route = PostAddress.of(route);
        this.sink = sink;
        this.batchSize = batchSize;
    }

    /** Called after each non-empty batch, once it is committed. */
    public void afterEachBatch(Consumer<Batch> listener) {
        this.afterBatch = listener;
    }

    /**
     * Receives one batch: waits up to {@code waitMillis} for the first message, then takes what is queued up to the
     * batch size, stores it in the sink and acknowledges it.
     *
     * @throws TransportException when the broker is away; nothing was acknowledged
     */
    public synchronized Batch receiveOnce(long waitMillis) {
        try {
            open();
            List<Delivery> deliveries = new ArrayList<>();
            int unreadable = 0;
            Message m = consumer.receive(waitMillis);
            if (m == null && connectionFailure != null) {
                throw connectionFailure;
            }
            while (m != null) {
                try {
                    deliveries.add(DeliveryMessages.fromMessage(m));
                } catch (IllegalArgumentException notADelivery) {
                    // only this post's own node and bridges may send here; a stray message is reported, not kept
                    unreadable++;
                }
                m = deliveries.size() + unreadable < batchSize ? consumer.receiveNoWait() : null;
            }
            int fresh;
            try {
                fresh = sink.receiveAll(deliveries);
            } catch (RuntimeException sinkFailed) {
                rollbackQuietly();
                throw sinkFailed;
            }
            session.commit();
            Batch batch = new Batch(List.copyOf(deliveries), fresh, unreadable);
            received.addAndGet(deliveries.size());
            if (!batch.isEmpty()) {
                afterBatch.accept(batch);
            }
            return batch;
        } catch (JMSException e) {
            closeQuietly();
            throw new TransportException(
                    "the broker at " + broker.url() + " did not hand over " + route + "'s traffic: "
                            + ArtemisTransport.describe(e),
                    e);
        }
    }

    /** Receives on a thread of its own until closed, reconnecting after the broker comes back. */
    public synchronized void start() {
        if (running) {
            return;
        }
        running = true;
        thread = Thread.ofPlatform()
                .name("chancery-receiver-" + route)
                .daemon(true)
                .start(this::serve);
    }

    private void serve() {
        long backoff = 50;
        while (running) {
            try {
                receiveOnce(250);
                lastFailure = null;
                backoff = 50;
            } catch (RuntimeException e) {
                // the broker or the inbox's database is away: nothing was acknowledged, try again shortly
                lastFailure = e.getMessage();
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    return;
                }
                backoff = Math.min(2_000, backoff * 2);
            }
        }
    }

    /** How many deliveries came off the broker so far (repeats included). */
    public long receivedSoFar() {
        return received.get();
    }

    /** The last failure, or null while the broker and the inbox take everything. */
    public String lastFailure() {
        return lastFailure;
    }

    private void open() throws JMSException {
        if (session != null) {
            return;
        }
        if (factory == null) {
            factory = broker.connectionFactory(0);
        }
        connectionFailure = null;
        connection = factory.createConnection();
        connection.setExceptionListener(e -> connectionFailure = e);
        session = connection.createSession(true, Session.SESSION_TRANSACTED);
        consumer = session.createConsumer(session.createQueue(route));
        connection.start();
    }

    private void rollbackQuietly() {
        try {
            session.rollback();
        } catch (JMSException | RuntimeException e) {
            // the broker redelivers what an unfinished transaction held once the connection is gone
            closeQuietly();
        }
    }

    private void closeQuietly() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (JMSException | RuntimeException ignored) {
            // already gone with the broker
        }
        connection = null;
        session = null;
        consumer = null;
    }

    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
            thread = null;
        }
        if (t != null) {
            try {
                t.join(10_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        synchronized (this) {
            closeQuietly();
            if (factory != null) {
                factory.close();
                factory = null;
            }
        }
    }
}
