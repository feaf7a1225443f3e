package org.chancery.messaging.draft;

import java.util.List;
import org.chancery.archive.room.CableView;
import org.chancery.messaging.directory.RoutingDirectory;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.telegram.model.Cable;

/**
 * A reply to a cable, as its first version: addressed to the post that sent it, citing it first, with its
 * classification, captions, handling, TAGS and subject, and no text yet. Who classifies the reply is the drafter's
 * to say, so CLASSIFIED BY is left empty for the check to ask for.
 */
public final class ReplyDraft {

    private ReplyDraft() {}

    public static DraftContent to(CableView original, RoutingDirectory directory) {
        Cable c = original.cable();
        RoutingEntry sender = directory
                .byRoute(nullToEmpty(c.transmission().originatorRoute()))
                .or(() -> directory.byAddress(nullToEmpty(c.transmission().originator())))
                .orElseThrow(() -> new IllegalArgumentException(
                        original.referenceId() + " names no sending post of the routing directory to reply to"));
        return new DraftContent(
                original.effectiveClassification().label(),
                c.captions(),
                c.handling(),
                c.declassification() == null ? null : c.declassification().text(),
                null,
                c.tags(),
                c.subject(),
                List.of(original.referenceId()),
                List.of(),
                List.of(new DraftAddressee(sender.line(), "ROUTINE")),
                List.of(),
                null);
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
