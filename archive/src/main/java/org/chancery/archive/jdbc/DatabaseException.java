package org.chancery.archive.jdbc;

/** The database failed: unreachable, full or broken. Nothing of the failed operation was written. */
public class DatabaseException extends RuntimeException {
    public DatabaseException(String message, Throwable cause) {
        super(message, cause);
    }
}
