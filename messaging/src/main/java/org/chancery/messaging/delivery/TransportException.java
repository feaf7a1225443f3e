package org.chancery.messaging.delivery;

/** A transport could not take deliveries (the broker is down, the link is refused); they stay queued. */
public final class TransportException extends RuntimeException {
    public TransportException(String message, Throwable cause) {
        super(message, cause);
    }
}
