package org.chancery.messaging.broker;

import jakarta.jms.Connection;
import jakarta.jms.DeliveryMode;
import jakarta.jms.JMSException;
import jakarta.jms.MessageProducer;
import jakarta.jms.Session;
import java.util.List;
import org.apache.activemq.artemis.api.core.ActiveMQDuplicateIdException;
import org.apache.activemq.artemis.jms.client.ActiveMQConnectionFactory;
import org.chancery.messaging.delivery.Delivery;
import org.chancery.messaging.delivery.DeliveryTransport;
import org.chancery.messaging.delivery.QueueOrder;
import org.chancery.messaging.delivery.TransportException;

/**
 * Hands deliveries to the sending post's own broker, which forwards them over its bridges. A batch goes in one
 * transacted session: when {@link #send} returns, the commit is in the broker's journal, on disk. Each message
 * carries the delivery's key as its duplicate-detection id, so the broker drops a batch the dispatcher sends again
 * after a crash; and its precedence as its priority, so FLASH overtakes what waits in the broker's queues.
 *
 * <p>When the broker is away, {@code send} throws {@link TransportException}; the deliveries stay in the outbox and
 * the dispatcher retries, reconnecting then.
 */
public final class ArtemisTransport implements DeliveryTransport {

    private final BrokerEndpoint broker;
    private ActiveMQConnectionFactory factory;
    private Connection connection;
    private Session session;
    private MessageProducer producer;

    public ArtemisTransport(BrokerEndpoint broker) {
        this.broker = broker;
    }

    @Override
    public synchronized void send(List<Delivery> deliveries) {
        if (deliveries.isEmpty()) {
            return;
        }
        try {
            open();
            try {
                sendAndCommit(deliveries);
            } catch (JMSException e) {
                if (!isDuplicate(e)) {
                    throw e;
                }
                // A batch with one repeat is refused whole; the repeats are durable already, so send one by one.
                for (Delivery d : deliveries) {
                    try {
                        sendAndCommit(List.of(d));
                    } catch (JMSException repeat) {
                        if (!isDuplicate(repeat)) {
                            throw repeat;
                        }
                    }
                }
            }
        } catch (JMSException | RuntimeException e) {
            closeQuietly();
            throw new TransportException(
                    "the broker at " + broker.url() + " did not take " + deliveries.size() + " deliveries: "
                            + describe(e),
                    e);
        }
    }

    private void sendAndCommit(List<Delivery> deliveries) throws JMSException {
        try {
            for (Delivery d : deliveries) {
                producer.send(
                        session.createQueue(PostAddress.of(d.addresseeRoute())),
                        DeliveryMessages.toMessage(session, d),
                        DeliveryMode.PERSISTENT,
                        QueueOrder.messagePriority(d.precedence()),
                        0);
            }
            session.commit();
        } catch (JMSException | RuntimeException e) {
            rollbackQuietly();
            throw e;
        }
    }

    private static boolean isDuplicate(JMSException e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof ActiveMQDuplicateIdException) {
                return true;
            }
        }
        return e.getLinkedException() instanceof ActiveMQDuplicateIdException;
    }

    private void open() throws JMSException {
        if (session != null) {
            return;
        }
        if (factory == null) {
            factory = broker.connectionFactory(0);
        }
        connection = factory.createConnection();
        session = connection.createSession(true, Session.SESSION_TRANSACTED);
        producer = session.createProducer(null);
    }

    private void rollbackQuietly() {
        try {
            if (session != null) {
                session.rollback();
            }
        } catch (JMSException | RuntimeException ignored) {
            // the connection is closed next; the broker drops an uncommitted transaction with it
        }
    }

    private void closeQuietly() {
        try {
            if (connection != null) {
                connection.close();
            }
        } catch (JMSException | RuntimeException ignored) {
            // a dead connection has nothing to close; the next send opens a new one
        }
        connection = null;
        session = null;
        producer = null;
    }

    static String describe(Throwable e) {
        String m = e.getMessage();
        return m == null ? e.getClass().getSimpleName() : m;
    }

    @Override
    public synchronized void close() {
        closeQuietly();
        if (factory != null) {
            factory.close();
            factory = null;
        }
    }
}
