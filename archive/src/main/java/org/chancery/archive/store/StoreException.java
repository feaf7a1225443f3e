package org.chancery.archive.store;

/** The store failed: the database is unreachable, full or broken. Nothing of the failed operation was written. */
public class StoreException extends RuntimeException {
    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
