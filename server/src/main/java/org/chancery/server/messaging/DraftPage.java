package org.chancery.server.messaging;

import java.util.List;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.messaging.draft.ClearanceStep;
import org.chancery.messaging.draft.Draft;
import org.chancery.messaging.draft.DraftFinding;
import org.chancery.messaging.draft.DraftVersion;

/**
 * Everything about one draft a page or a call shows: its latest version, what the check finds in it, its clearance
 * chain and its versions.
 *
 * @param draft the draft
 * @param post the drafting post
 * @param latest the latest version
 * @param findings the check's findings on the latest version, errors first
 * @param chain the clearance chain, in order
 * @param versions every saved version, oldest first
 * @param releaseBlocker why it may not be released yet (uncleared, or errors), or null
 */
public record DraftPage(
        Draft draft,
        RoutingEntry post,
        DraftVersion latest,
        List<DraftFinding> findings,
        List<ClearanceStep> chain,
        List<DraftVersion> versions,
        String releaseBlocker) {

    public boolean released() {
        return draft.state() == Draft.State.RELEASED;
    }

    public boolean hasErrors() {
        return findings.stream().anyMatch(DraftFinding::error);
    }
}
