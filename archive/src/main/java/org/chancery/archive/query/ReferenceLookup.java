package org.chancery.archive.query;

import java.util.Set;

/**
 * Reads the reference ids a cable cites, for {@code citedby:}. Implementations apply the reader's access decision: a
 * cable the reader may not see cites nothing, so {@code citedby:} cannot reveal what it refers to.
 */
@FunctionalInterface
public interface ReferenceLookup {

    /** The canonical ids the given cable cites; empty when the cable is unknown or not visible. */
    Set<String> referencesOf(String referenceId);
}
