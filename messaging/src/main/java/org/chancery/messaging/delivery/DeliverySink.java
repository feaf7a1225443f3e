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

    /**
     * Takes several deliveries in; a sink that can do so in one transaction overrides this.
     *
     * @return how many were new
     */
    default int receiveAll(java.util.List<Delivery> deliveries) {
        int fresh = 0;
        for (Delivery d : deliveries) {
            if (receive(d)) {
                fresh++;
            }
        }
        return fresh;
    }
}
