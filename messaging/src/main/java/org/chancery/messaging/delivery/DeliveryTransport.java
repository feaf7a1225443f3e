package org.chancery.messaging.delivery;

import java.util.List;

/**
 * How the dispatcher hands deliveries on: into the inbox of the same database (the embedded default), or to the
 * post node's broker. When {@link #send} returns, the deliveries are durable beyond the outbox; the dispatcher only
 * then marks them sent, so a crash in between sends them again and the receiver's idempotence drops the repeat.
 */
public interface DeliveryTransport extends AutoCloseable {

    /**
     * Sends deliveries in the order given (highest precedence first).
     *
     * @throws TransportException when they could not be made durable; none counts as sent and all are retried
     */
    void send(List<Delivery> deliveries);

    @Override
    default void close() {}
}
