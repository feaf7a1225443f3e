package org.chancery.archive.store;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.chancery.archive.access.AccessPolicy;
import org.chancery.archive.access.Principal;

/**
 * Reads the store on behalf of a reader: the one way commands and pages read cables. Every result goes through the
 * access policy first; a cable the reader may not see is absent, never a hint ("not permitted" would tell that it
 * exists). Lists such as "cited by" hold only permitted cables.
 */
public final class ArchiveReader {

    private final CableStore store;
    private final AccessPolicy policy;

    public ArchiveReader(CableStore store, AccessPolicy policy) {
        this.store = store;
        this.policy = policy;
    }

    public Optional<StoredCable> latest(Principal reader, String referenceId) {
        return store.latest(referenceId).filter(s -> permits(reader, s));
    }

    public Optional<StoredCable> version(Principal reader, String referenceId, int version) {
        return store.version(referenceId, version).filter(s -> permits(reader, s));
    }

    /**
     * Every version the reader may see, oldest first. A version is judged on its own: a cable downgraded in a later
     * version does not open its older, more sensitive versions.
     */
    public List<StoredCable> versions(Principal reader, String referenceId) {
        return store.versions(referenceId).stream()
                .filter(s -> permits(reader, s))
                .toList();
    }

    /** Ids of the permitted cables whose latest version cites the given id. */
    public List<String> citedBy(Principal reader, String referenceId) {
        return store.citedBy(referenceId).stream()
                .filter(id -> latest(reader, id).isPresent())
                .toList();
    }

    /** Visits the latest version of every permitted cable. */
    public void forEachLatest(Principal reader, Consumer<StoredCable> visitor) {
        store.forEachLatestSince(0, s -> {
            if (permits(reader, s)) {
                visitor.accept(s);
            }
        });
    }

    private boolean permits(Principal reader, StoredCable stored) {
        return policy.permits(reader, stored.cable());
    }
}
