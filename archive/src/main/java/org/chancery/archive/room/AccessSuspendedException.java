package org.chancery.archive.room;

/** The reader's account is disabled or suspended, so nothing may be read on its behalf. */
public class AccessSuspendedException extends RuntimeException {
    public AccessSuspendedException(String message) {
        super(message);
    }
}
