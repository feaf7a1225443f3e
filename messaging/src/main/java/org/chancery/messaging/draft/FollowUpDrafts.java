package org.chancery.messaging.draft;

import java.util.List;
import java.util.Objects;
import org.chancery.archive.room.CableView;
import org.chancery.messaging.directory.RoutingDirectory;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;

/**
 * The first version of a draft that follows up a cable read through the reading room: a reply, a correction or a
 * cancellation. One place for what each takes over from the original and for which post sent it.
 */
public final class FollowUpDrafts {

    private FollowUpDrafts() {}

    /** The post that sent the cable, by its FM routing indicator, else by its FM address. */
    public static RoutingEntry sender(CableView original, RoutingDirectory directory) {
        Cable c = original.cable();
        return directory
                .byRoute(nullToEmpty(c.transmission().originatorRoute()))
                .or(() -> directory.byAddress(nullToEmpty(c.transmission().originator())))
                .orElseThrow(() -> new IllegalArgumentException(
                        original.referenceId() + " names no sending post of the routing directory"));
    }

    /**
     * A reply: addressed to the post that sent the cable, citing it first, with its classification, captions,
     * handling, TAGS and subject, and no text yet. Who classifies the reply is the drafter's to say, so CLASSIFIED BY
     * is left empty for the check to ask for.
     */
    public static DraftContent reply(CableView original, RoutingDirectory directory) {
        Cable c = original.cable();
        RoutingEntry sender = sender(original, directory);
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

    /**
     * A correction (the original's text, to be corrected) or a cancellation (one paragraph asking to cancel it), to
     * the original's addressees with their precedences.
     */
    public static DraftContent correctionOrCancellation(CableView original, Draft.Kind kind) {
        if (kind == Draft.Kind.ORIGINAL) {
            throw new IllegalArgumentException("a follow-up is a correction or a cancellation");
        }
        Cable c = original.cable();
        return new DraftContent(
                c.classification().label(),
                c.captions(),
                c.handling(),
                c.declassification() == null ? null : c.declassification().text(),
                c.classifiedBy() == null ? null : c.classifiedBy().text(),
                c.tags(),
                c.subject(),
                c.references().stream()
                        .map(r -> r.id())
                        .filter(Objects::nonNull)
                        .toList(),
                kind == Draft.Kind.CANCELLATION
                        ? List.of(new DraftParagraph("U", "Please cancel " + original.referenceId() + "."))
                        : c.paragraphs().stream()
                                .map(p -> new DraftParagraph(p.marking(), p.text()))
                                .toList(),
                addressees(c.to()),
                addressees(c.info()),
                c.signers().isEmpty() ? null : c.signers().get(c.signers().size() - 1));
    }

    private static List<DraftAddressee> addressees(List<Addressee> as) {
        return as.stream()
                .map(a -> new DraftAddressee(
                        (a.route() == null ? "" : a.route() + "/") + a.name(),
                        a.precedence() == null ? "ROUTINE" : a.precedence()))
                .toList();
    }

    private static String nullToEmpty(String s) {
        return s == null ? "" : s;
    }
}
