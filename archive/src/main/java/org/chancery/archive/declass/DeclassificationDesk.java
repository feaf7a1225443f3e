package org.chancery.archive.declass;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.chancery.archive.access.DeclassDecision;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.Role;
import org.chancery.archive.audit.AuditAction;
import org.chancery.archive.audit.AuditEntry;
import org.chancery.archive.audit.AuditLog;
import org.chancery.archive.marking.CableIds;
import org.chancery.archive.room.CableView;
import org.chancery.archive.room.ReadingRoom;
import org.chancery.archive.search.DueCable;
import org.chancery.archive.search.Page;
import org.chancery.telegram.model.Classification;

/**
 * The records officers' side of declassification: what comes due, the review queue (exemptions, events, OADR and
 * unreadable instructions) and the decisions on it. Every read goes through the reading room, so an officer lists,
 * reviews and decides only on cables the access decision lets that officer see, and each is audited; decisions go
 * to the ledger, which the access decision reads at once.
 */
public final class DeclassificationDesk {

    private final ReadingRoom room;
    private final JdbcDeclassificationLedger ledger;
    private final AuditLog audit;
    private final Clock clock;

    public DeclassificationDesk(ReadingRoom room, JdbcDeclassificationLedger ledger, AuditLog audit, Clock clock) {
        this.room = room;
        this.ledger = ledger;
        this.audit = audit;
        this.clock = clock;
    }

    /**
     * Classified cables that are still classified today and whose declassification date is on or before
     * {@code until}, soonest first.
     */
    public Page<DueCable> due(Principal officer, LocalDate until, int limit) {
        requireOfficer(officer, "list cables due");
        List<DueCable> due = room.declassificationDue(officer, until, ledger.decisions());
        return new Page<>(due.size(), due.subList(0, Math.min(limit, due.size())));
    }

    /** The review queue: classified cables with no declassification date and no decision yet, oldest first. */
    public Page<ReviewItem> reviewQueue(Principal officer, int offset, int limit) {
        requireOfficer(officer, "read the review queue");
        Page<CableView> waiting =
                room.awaitingReview(officer, ledger.decisions().keySet(), offset, limit);
        return new Page<>(
                waiting.total(), waiting.items().stream().map(this::item).toList());
    }

    /** Declassifies a cable from {@code on} (today when null). */
    public DeclassDecision approve(Principal officer, String referenceId, LocalDate on, String reason) {
        LocalDate day = on == null ? LocalDate.now(clock) : on;
        return decide(officer, referenceId, DeclassDecision.Action.APPROVE, day, reason == null ? "approved" : reason);
    }

    /** Keeps a cable classified until a new date; a reason is required. */
    public DeclassDecision extend(Principal officer, String referenceId, LocalDate until, String reason) {
        if (until == null || !until.isAfter(LocalDate.now(clock))) {
            throw new IllegalArgumentException("an extension needs a date after today");
        }
        return decide(officer, referenceId, DeclassDecision.Action.EXTEND, until, requireReason(reason));
    }

    /** Exempts a cable from declassification with no date; a reason (the exemption) is required. */
    public DeclassDecision exempt(Principal officer, String referenceId, String reason) {
        return decide(officer, referenceId, DeclassDecision.Action.EXEMPT, null, requireReason(reason));
    }

    /** Every decision on a cable the officer may see, oldest first (audited). */
    public List<DeclassDecision> history(Principal officer, String referenceId) {
        requireOfficer(officer, "read decisions on " + referenceId);
        CableView cable = open(officer, CableIds.key(referenceId));
        List<DeclassDecision> history = ledger.history(cable.referenceId());
        audit.record(new AuditEntry(
                clock.instant(),
                officer.name(),
                AuditAction.DECLASSIFY,
                cable.referenceId(),
                true,
                "history: " + history.size() + " decisions"));
        return history;
    }

    private DeclassDecision decide(
            Principal officer, String referenceId, DeclassDecision.Action action, LocalDate on, String reason) {
        requireOfficer(officer, action.name().toLowerCase() + " " + referenceId);
        CableView cable = open(officer, CableIds.key(referenceId));
        if (cable.stored().cable().classification() == Classification.UNCLASSIFIED) {
            throw new IllegalArgumentException(referenceId + " is not classified; there is nothing to declassify");
        }
        DeclassDecision decision = ledger.record(
                new DeclassDecision(cable.referenceId(), action, on, reason, officer.name(), clock.instant()));
        audit.record(new AuditEntry(
                clock.instant(),
                officer.name(),
                AuditAction.DECLASSIFY,
                cable.referenceId(),
                true,
                action + (on == null ? "" : " " + on) + ": " + reason));
        return decision;
    }

    /** The cable through the reading room; one the officer may not see reads as absent, like everywhere else. */
    private CableView open(Principal officer, String referenceId) {
        return room.open(officer, referenceId)
                .orElseThrow(() -> new IllegalArgumentException("no cable " + referenceId + " in the archive"));
    }

    private ReviewItem item(CableView view) {
        var cable = view.stored().cable();
        var decl = cable.declassification();
        var effective = org.chancery.archive.access.EffectiveClassification.of(cable, null, LocalDate.now(clock));
        return new ReviewItem(
                view.referenceId(),
                cable.classification() == null
                        ? "unknown"
                        : cable.classification().label(),
                decl == null ? null : decl.text(),
                effective.state());
    }

    private void requireOfficer(Principal officer, String what) {
        if (!officer.hasRole(Role.RECORDS_OFFICER.key())) {
            audit.record(new AuditEntry(
                    clock.instant(), officer.name(), AuditAction.DECLASSIFY, what, false, "not a records officer"));
            throw new SecurityException(officer.name() + " is not a records officer and may not " + what);
        }
    }

    private static String requireReason(String reason) {
        if (reason == null || reason.isBlank()) {
            throw new IllegalArgumentException("a reason is required");
        }
        return reason.trim();
    }
}
