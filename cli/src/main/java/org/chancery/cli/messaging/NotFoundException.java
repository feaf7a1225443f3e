package org.chancery.cli.messaging;

/** A draft, version, cable, inbox entry or route that is not there (or not there for this reader). */
final class NotFoundException extends RuntimeException {
    NotFoundException(String message) {
        super(message);
    }
}
