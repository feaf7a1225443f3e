package org.chancery.server.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.chancery.archive.room.CableHeading;
import org.chancery.messaging.delivery.Outbox;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.messaging.draft.ClearanceStep;
import org.chancery.messaging.draft.DraftContent;
import org.chancery.messaging.draft.DraftFinding;
import org.chancery.messaging.inbox.InboxEntry;
import org.chancery.messaging.release.Released;
import org.chancery.server.messaging.DraftLine;
import org.chancery.server.messaging.DraftPage;
import org.chancery.server.messaging.InboxLine;

/** The messaging API's request and answer documents. */
public final class ApiMessaging {

    private ApiMessaging() {}

    /** A new draft: the post it is drafted at (routing indicator; the caller's first post when absent) and its content. */
    public record NewDraft(String post, DraftContent content) {}

    /** A correction or cancellation of a released cable ({@code kind} CORRECTION or CANCELLATION). */
    public record FollowUp(String referenceId, String kind) {}

    /** A new version of a draft. */
    public record DraftSave(DraftContent content) {}

    /** A check of content not saved. */
    public record CheckRequest(String post, DraftContent content) {}

    /** Submitting the latest version for clearance by an account or an office. */
    public record ClearanceRequest(String clearer) {}

    /** A clearer's answer: cleared, or returned with a comment. */
    public record Decision(boolean cleared, String comment) {}

    /** An administrator's directory entry (the route is in the path). */
    public record DirectoryEntry(String address, String kind, List<String> members) {}

    public record Post(String route, String address, String post) {
        static Post of(RoutingEntry e) {
            return new Post(e.route(), e.address(), e.origin());
        }
    }

    public record Version(int version, String savedBy, Instant savedAt) {}

    /** A draft with its latest content, what the check finds, its clearance chain and versions. */
    public record Draft(
            long id,
            String post,
            String drafter,
            String state,
            String kind,
            String corrects,
            int latestVersion,
            Instant createdAt,
            String releasedId,
            String releaseBlocker,
            DraftContent content,
            List<DraftFinding> findings,
            List<ClearanceStep> chain,
            List<Version> versions) {
        static Draft of(DraftPage p) {
            var d = p.draft();
            return new Draft(
                    d.id(),
                    d.postRoute(),
                    d.drafter(),
                    d.state().name(),
                    d.kind().name(),
                    d.corrects(),
                    d.latestVersion(),
                    d.createdAt(),
                    d.releasedId(),
                    p.releaseBlocker(),
                    p.latest().content(),
                    p.findings(),
                    p.chain(),
                    p.versions().stream()
                            .map(v -> new Version(v.version(), v.savedBy(), v.savedAt()))
                            .toList());
        }
    }

    /** A draft in a list. */
    public record DraftSummary(
            long id,
            String post,
            String drafter,
            String state,
            int latestVersion,
            String subject,
            String classification,
            String precedence,
            String releasedId,
            String releaseBlocker) {
        static DraftSummary of(DraftLine l) {
            var d = l.draft();
            return new DraftSummary(
                    d.id(),
                    d.postRoute(),
                    d.drafter(),
                    d.state().name(),
                    d.latestVersion(),
                    l.content().subject(),
                    l.content().classification(),
                    l.precedence(),
                    d.releasedId(),
                    l.releaseBlocker());
        }
    }

    public record Check(boolean releasable, List<DraftFinding> findings) {}

    public record Diff(long draft, int from, int to, List<String> lines) {}

    public record Delivery(String addresseeRoute, String addresseeName, String precedence, String mcn) {}

    /** What a release assigned. */
    public record Release(
            long draft,
            String referenceId,
            String dateTimeGroup,
            String stationSerial,
            Instant releasedAt,
            List<Delivery> deliveries,
            String telegram) {
        static Release of(Released r) {
            return new Release(
                    r.draftId(),
                    r.referenceId(),
                    r.dateTimeGroup(),
                    r.stationSerial(),
                    r.releasedAt(),
                    r.deliveries().stream()
                            .map(d -> new Delivery(
                                    d.addresseeRoute(),
                                    d.addresseeName(),
                                    d.precedence().label(),
                                    d.mcn()))
                            .toList(),
                    r.telegram());
        }
    }

    /** A received cable: the delivery, the heading as the caller may see it, the acknowledgement and its deadline. */
    public record InboxItem(
            String referenceId,
            String post,
            String precedence,
            String mcn,
            Instant releasedAt,
            Instant receivedAt,
            boolean mustAcknowledge,
            String acknowledgedBy,
            Instant acknowledgedAt,
            Instant escalatedAt,
            Instant escalatesAt,
            Long secondsLeft,
            String classification,
            String subject,
            String origin,
            List<String> tags) {
        static InboxItem of(InboxLine l) {
            InboxEntry e = l.entry();
            CableHeading h = l.heading();
            return new InboxItem(
                    e.referenceId(),
                    e.postRoute(),
                    e.precedence().label(),
                    e.mcn(),
                    e.releasedAt(),
                    e.receivedAt(),
                    e.mustAcknowledge(),
                    e.acknowledgedBy(),
                    e.acknowledgedAt(),
                    e.escalatedAt(),
                    l.escalatesAt(),
                    l.left() == null ? null : l.left().toSeconds(),
                    h.classification().label(),
                    h.subject(),
                    h.origin(),
                    h.tags());
        }
    }

    public record Acknowledged(String referenceId, String post, String acknowledgedBy, Instant acknowledgedAt) {}

    public record OutboxLine(
            String referenceId,
            String subject,
            String addresseeRoute,
            String addresseeName,
            String precedence,
            String mcn,
            Instant releasedAt,
            boolean sent,
            Instant sentAt) {
        static OutboxLine of(Outbox.Line l, CableHeading heading) {
            return new OutboxLine(
                    l.referenceId(),
                    heading == null ? null : heading.subject(),
                    l.addresseeRoute(),
                    l.addresseeName(),
                    l.precedence().label(),
                    l.mcn(),
                    l.releasedAt(),
                    l.sent(),
                    l.sentAt());
        }
    }

    /** Queued deliveries by precedence (FLASH first), the total queued, how many were sent, the latest ones. */
    public record OutboxState(Map<String, Long> queued, long queuedTotal, long sent, List<OutboxLine> recent) {}

    public record Learned(long cables, int entries, List<String> conflicts) {}
}
