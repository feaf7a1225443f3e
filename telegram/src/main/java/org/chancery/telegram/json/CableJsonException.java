package org.chancery.telegram.json;

/** JSON that is not a cable in the contract's shape; the message names the field (as a path) and the problem. */
public class CableJsonException extends RuntimeException {
    public CableJsonException(String message) {
        super(message);
    }

    public CableJsonException(String message, Throwable cause) {
        super(message, cause);
    }
}
