package org.chancery.cli.messaging;

import org.chancery.archive.access.Principal;
import org.chancery.messaging.Messaging;
import org.chancery.messaging.directory.PostMembership;
import org.chancery.messaging.draft.Draft;
import org.chancery.messaging.draft.DraftContent;
import org.chancery.messaging.draft.Drafts;
import org.chancery.telegram.model.Classification;

/**
 * Who may read a draft on the command line: the people of the drafting post and those asked to clear it, when they
 * are cleared for the draft's level. A draft is not yet a cable, so the reading room's rules do not apply to it.
 */
final class DraftAccess {

    private DraftAccess() {}

    /** The draft, if it exists and the account may read it. */
    static Draft readable(Messaging messaging, Principal me, long id) {
        Draft draft = messaging.drafts().find(id).orElseThrow(() -> new NotFoundException("no draft " + id));
        boolean ofThePost = messaging
                .directory()
                .byRoute(draft.postRoute())
                .map(post -> PostMembership.belongs(me, post))
                .orElse(me.memberOfEveryPost());
        boolean askedToClear = messaging.drafts().chain(id).stream().anyMatch(s -> Drafts.asked(me, s.clearer()));
        if (!ofThePost && !askedToClear) {
            throw new SecurityException(me.name() + " may not read draft " + id + ": not of " + draft.postRoute()
                    + " nor asked to clear it");
        }
        DraftContent latest = messaging.drafts().latest(id).content();
        Classification level = Classification.fromText(latest.classification()).orElse(Classification.UNCLASSIFIED);
        if (!me.clearance().atLeast(level)) {
            throw new SecurityException(me.name() + " may not read draft " + id + ": it is " + level.label()
                    + ", above the account's clearance");
        }
        return draft;
    }
}
