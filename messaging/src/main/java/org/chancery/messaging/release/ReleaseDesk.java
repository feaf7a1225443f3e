package org.chancery.messaging.release;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.Role;
import org.chancery.archive.audit.AuditAction;
import org.chancery.archive.audit.AuditEntry;
import org.chancery.archive.audit.AuditLog;
import org.chancery.archive.store.CableStore;
import org.chancery.archive.store.WriteOutcome;
import org.chancery.messaging.delivery.Delivery;
import org.chancery.messaging.delivery.Outbox;
import org.chancery.messaging.directory.PostMembership;
import org.chancery.messaging.directory.RoutingDirectory;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.messaging.draft.Draft;
import org.chancery.messaging.draft.DraftCable;
import org.chancery.messaging.draft.DraftCheck;
import org.chancery.messaging.draft.DraftContent;
import org.chancery.messaging.draft.Drafts;
import org.chancery.messaging.draft.InvalidDraftException;
import org.chancery.telegram.json.CableJson;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Precedence;
import org.chancery.telegram.write.TelegramWriter;
import org.chancery.telegram.write.WrittenTelegram;

/**
 * Releases drafts. A release is one transaction of the archive's database that takes the post's next serial of the
 * year (gapless: the counter row is updated in the same transaction, so a failed release gives its number back), the
 * station serial and each addressee's MCN, writes the telegram, stores it in the archive as sent, queues one delivery
 * per addressee post and marks the draft released. Only a releasing officer of the drafting post may release.
 */
public final class ReleaseDesk {

    private final Drafts drafts;
    private final DraftCheck check;
    private final RoutingDirectory directory;
    private final CableStore store;
    private final AuditLog audit;
    private final Clock clock;
    private final TelegramWriter writer = new TelegramWriter();
    private final Runnable afterRelease;

    /**
     * @param afterRelease called once a release has committed: index the new cable, wake the dispatcher
     */
    public ReleaseDesk(
            Drafts drafts,
            DraftCheck check,
            RoutingDirectory directory,
            CableStore store,
            AuditLog audit,
            Clock clock,
            Runnable afterRelease) {
        this.drafts = drafts;
        this.check = check;
        this.directory = directory;
        this.store = store;
        this.audit = audit;
        this.clock = clock;
        this.afterRelease = afterRelease;
    }

    public Released release(Principal officer, long draftId) {
        Draft draft = drafts.get(draftId);
        RoutingEntry post = directory
                .byRoute(draft.postRoute())
                .orElseThrow(() -> new IllegalStateException(
                        "the drafting post " + draft.postRoute() + " is no longer in the routing directory"));
        if (!officer.hasRole(Role.RELEASING_OFFICER.key()) || !PostMembership.belongs(officer, post)) {
            refuse(officer, draftId, "not a releasing officer of " + post.line());
            throw new SecurityException(officer.name() + " is not a releasing officer of " + post.line());
        }
        if (draft.state() == Draft.State.RELEASED) {
            throw new IllegalStateException("draft " + draftId + " was released already as " + draft.releasedId());
        }
        var uncleared = Drafts.unclearedReason(draft, drafts.chain(draftId));
        if (uncleared.isPresent()) {
            refuse(officer, draftId, uncleared.get());
            throw new IllegalStateException("draft " + draftId + " cannot be released: " + uncleared.get());
        }
        DraftContent content = drafts.latest(draftId).content();
        DraftCheck.Result checked = check.check(content, post, officer);
        if (!checked.releasable()) {
            refuse(officer, draftId, "draft has errors");
            throw new InvalidDraftException("draft " + draftId + " cannot be released", checked.findings());
        }
        List<Addressed> to = expand(checked.to());
        List<Addressed> info = expand(checked.info());
        info.removeIf(i ->
                to.stream().anyMatch(t -> t.entry().route().equals(i.entry().route())));
        if (to.isEmpty()) {
            throw new InvalidDraftException(
                    "draft " + draftId + " cannot be released",
                    List.of(new org.chancery.messaging.draft.DraftFinding(
                            "to", "CHN-A003", true, "the cable has no action addressee")));
        }
        Instant now = clock.instant();
        OffsetDateTime date = now.atOffset(ZoneOffset.UTC).withNano(0);
        Released released = store.writeTogether((c, cables) -> {
            String year = String.format(Locale.ROOT, "%02d", date.getYear() % 100);
            String referenceId;
            long serial;
            do {
                serial =
                        org.chancery.messaging.store.Counters.next(c, "serial/" + post.postId() + "/" + date.getYear());
                referenceId = year + post.postId() + serial;
            } while (cables.contains(referenceId)); // an imported cable already holds the number: never reuse it
            String station = fourDigits(org.chancery.messaging.store.Counters.next(c, "station/" + post.route()));
            List<DraftCable.Line> toLines = new ArrayList<>();
            List<DraftCable.Line> infoLines = new ArrayList<>();
            for (Addressed a : to) {
                toLines.add(new DraftCable.Line(a.entry(), a.precedence(), mcn(c, post, a.entry())));
            }
            for (Addressed a : info) {
                infoLines.add(new DraftCable.Line(a.entry(), a.precedence(), mcn(c, post, a.entry())));
            }
            Cable cable = DraftCable.build(
                    labelled(content, draft),
                    post,
                    new DraftCable.Numbers(referenceId, (int) serial, date, station),
                    toLines,
                    infoLines,
                    withOriginal(checked.refs(), draft));
            WrittenTelegram written = writer.layout(cable);
            Cable sent = cable.toBuilder()
                    .sections(written.sectionCount())
                    .header(written.header())
                    .body(written.continuousText())
                    .build();
            List<WriteOutcome> outcome = cables.write(List.of(sent));
            if (outcome.get(0).kind() != WriteOutcome.Kind.NEW_CABLE) {
                throw new IllegalStateException("reference id " + referenceId + " is already in the archive");
            }
            String json = CableJson.compact().withText().write(sent);
            List<Delivery> deliveries = new ArrayList<>();
            for (DraftCable.Line l : concat(toLines, infoLines)) {
                deliveries.add(new Delivery(
                        referenceId, l.entry().route(), l.entry().address(), l.mcn(), l.precedence(), now, json));
            }
            Outbox.enqueue(c, deliveries);
            Drafts.markReleased(c, draftId, referenceId);
            return new Released(
                    draftId,
                    referenceId,
                    sent.transmission().dateTimeGroup(),
                    station,
                    now,
                    List.copyOf(deliveries),
                    String.join("", written.transmissions()));
        });
        audit.record(new AuditEntry(
                now,
                officer.name(),
                AuditAction.RELEASE,
                released.referenceId(),
                true,
                "draft " + draftId + ", " + released.deliveries().size() + " deliveries, DTG "
                        + released.dateTimeGroup()));
        afterRelease.run();
        return released;
    }

    private record Addressed(RoutingEntry entry, Precedence precedence) {}

    /** Collectives stand for their member posts; a post named twice keeps its highest precedence. */
    private List<Addressed> expand(List<DraftCable.Line> lines) {
        Map<String, Addressed> byRoute = new LinkedHashMap<>();
        for (DraftCable.Line l : lines) {
            for (RoutingEntry post : directory.expand(l.entry())) {
                byRoute.merge(
                        post.route(),
                        new Addressed(post, l.precedence()),
                        (a, b) -> a.precedence().compareTo(b.precedence()) <= 0 ? a : b);
            }
        }
        return new ArrayList<>(byRoute.values());
    }

    /** The MCN: a four-digit number per originating post and addressee, counted in the release's transaction. */
    private static String mcn(java.sql.Connection c, RoutingEntry from, RoutingEntry to) throws java.sql.SQLException {
        return fourDigits(org.chancery.messaging.store.Counters.next(c, "mcn/" + from.route() + "/" + to.route()));
    }

    private static String fourDigits(long n) {
        return String.format(Locale.ROOT, "%04d", n % 10_000);
    }

    /** A correction or a cancellation says so in its subject, as such traffic did. */
    private static DraftContent labelled(DraftContent d, Draft draft) {
        String label = switch (draft.kind()) {
            case ORIGINAL -> null;
            case CORRECTION -> "CORRECTED COPY";
            case CANCELLATION -> "CANCELLATION";
        };
        if (label == null) {
            return d;
        }
        String subject = d.subject() == null ? label : label + " - " + d.subject();
        return d.withSubject(subject);
    }

    /** A correction or cancellation cites the original first. */
    private static List<org.chancery.telegram.model.Reference> withOriginal(
            List<org.chancery.telegram.model.Reference> refs, Draft draft) {
        if (draft.corrects() == null
                || refs.stream().anyMatch(r -> draft.corrects().equals(r.id()))) {
            return refs;
        }
        List<org.chancery.telegram.model.Reference> all = new ArrayList<>();
        all.add(DraftCable.reference(draft.corrects()));
        all.addAll(refs);
        return all;
    }

    private static <T> List<T> concat(List<T> a, List<T> b) {
        List<T> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private void refuse(Principal officer, long draftId, String why) {
        audit.record(
                new AuditEntry(clock.instant(), officer.name(), AuditAction.RELEASE, "draft " + draftId, false, why));
    }
}
