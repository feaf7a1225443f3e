package org.chancery.archive.account;

/** An account operation that cannot be done (unknown name, name taken, password too weak); the message says why. */
public class AccountException extends RuntimeException {
    public AccountException(String message) {
        super(message);
    }
}
