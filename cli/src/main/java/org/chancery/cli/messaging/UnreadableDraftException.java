package org.chancery.cli.messaging;

/** A draft file that cannot be read, or does not read as a draft; the message names the file and the place. */
final class UnreadableDraftException extends RuntimeException {
    UnreadableDraftException(String message) {
        super(message);
    }
}
