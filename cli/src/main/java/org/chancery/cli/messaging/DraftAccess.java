package org.chancery.cli.messaging;

import org.chancery.archive.access.Principal;
import org.chancery.messaging.Messaging;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.messaging.draft.Draft;

/**
 * Opens a draft for a command, refusing one the account may not read ({@code Drafts.mayRead}, the one rule the web
 * uses too), with a message that says why.
 */
final class DraftAccess {

    private DraftAccess() {}

    /** The draft, if it exists and the account may read it. */
    static Draft readable(Messaging messaging, Principal me, long id) {
        Draft draft = messaging.drafts().find(id).orElseThrow(() -> new NotFoundException("no draft " + id));
        RoutingEntry post = messaging
                .directory()
                .byRoute(draft.postRoute())
                .orElseThrow(() -> new IllegalStateException(
                        "draft " + id + ": its post " + draft.postRoute() + " is no longer in the routing directory"));
        messaging.drafts().whyNotReadable(me, draft, post).ifPresent(why -> {
            throw new SecurityException(me.name() + " may not read draft " + id + ": " + why);
        });
        return draft;
    }
}
