package org.chancery.messaging.directory;

/** An addressee the routing directory does not know, named as the user wrote it. */
public final class UnknownAddresseeException extends IllegalArgumentException {
    public UnknownAddresseeException(String message) {
        super(message);
    }
}
