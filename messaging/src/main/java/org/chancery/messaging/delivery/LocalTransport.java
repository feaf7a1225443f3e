package org.chancery.messaging.delivery;

import java.util.List;

/**
 * The embedded default: every post's inbox is in the same database, so sending is receiving. The inbox takes the
 * batch in one transaction; a crash before the outbox marks it sent makes the dispatcher send it again, and the
 * inbox keeps the first copy.
 */
public final class LocalTransport implements DeliveryTransport {

    private final DeliverySink inbox;

    public LocalTransport(DeliverySink inbox) {
        this.inbox = inbox;
    }

    @Override
    public void send(List<Delivery> deliveries) {
        inbox.receiveAll(deliveries);
    }
}
