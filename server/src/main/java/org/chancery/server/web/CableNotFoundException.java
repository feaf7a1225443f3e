package org.chancery.server.web;

/**
 * No cable to show: absent, or not permitted to this reader. The two are one answer on purpose, so that nobody can
 * learn that a cable exists by being refused it.
 */
public class CableNotFoundException extends RuntimeException {
    public CableNotFoundException(String referenceId) {
        super("No cable " + referenceId + " in the archive for you.");
    }
}
