package org.chancery.messaging.delivery;

/**
 * Where a receiving post takes a delivery in: its inbox. Idempotent on {@link Delivery#key()}: a repeat is
 * acknowledged and changes nothing, so whatever a broker redelivers, each delivery is received once.
 */
@FunctionalInterface
public interface DeliverySink {

    /**
     * Takes a delivery in, durably, before returning.
     *
     * @return true when it was new, false when the key had been received already
     */
    boolean receive(Delivery delivery);
}
