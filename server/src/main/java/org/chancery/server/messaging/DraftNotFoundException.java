package org.chancery.server.messaging;

/**
 * A draft that is absent or that the caller may not see: the same answer for both, so that nobody learns of another
 * post's drafts by asking for their numbers.
 */
public final class DraftNotFoundException extends RuntimeException {
    public DraftNotFoundException(long id) {
        super("no draft " + id + " that you may see");
    }
}
