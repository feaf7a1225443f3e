package org.chancery.server.web;

import org.chancery.archive.access.Principal;
import org.chancery.server.security.SignedInReader;
import org.springframework.security.core.Authentication;

/** The archive reader behind a Spring Security authentication. */
public final class Readers {

    private Readers() {}

    public static Principal of(Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof SignedInReader reader) {
            return reader.principal();
        }
        throw new IllegalStateException("no signed-in reader");
    }
}
