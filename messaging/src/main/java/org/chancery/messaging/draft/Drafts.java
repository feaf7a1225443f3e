package org.chancery.messaging.draft;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.Role;
import org.chancery.archive.audit.AuditAction;
import org.chancery.archive.audit.AuditEntry;
import org.chancery.archive.audit.AuditLog;
import org.chancery.archive.jdbc.JdbcSession;
import org.chancery.archive.jdbc.SortableTime;
import org.chancery.messaging.directory.PostMembership;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.messaging.store.Counters;
import org.chancery.telegram.model.Classification;

/**
 * Drafts, their versions and their clearance chains. Every save is a new version; nothing of a draft is ever
 * overwritten, and a released draft can no longer be saved. Every act is audited.
 */
public final class Drafts implements AutoCloseable {

    private final JdbcSession session;
    private final AuditLog audit;
    private final Clock clock;

    public Drafts(DataSource migrated, AuditLog audit, Clock clock) {
        this.session = new JdbcSession(migrated);
        this.audit = audit;
        this.clock = clock;
    }

    /** Creates a draft at a post the drafter belongs to, as its version 1. */
    public Draft create(Principal drafter, RoutingEntry post, DraftContent content, Draft.Kind kind, String corrects) {
        requireDrafter(drafter, post);
        Instant now = clock.instant();
        long id = session.transaction("create a draft", c -> {
            long next = Counters.next(c, "draft");
            try (PreparedStatement ps =
                    c.prepareStatement("INSERT INTO draft (id, post, drafter, state, kind, corrects,"
                            + " latest_version, created_at, released_id) VALUES (?, ?, ?, ?, ?, ?, 1, ?, NULL)")) {
                ps.setLong(1, next);
                ps.setString(2, post.route());
                ps.setString(3, drafter.name());
                ps.setString(4, Draft.State.DRAFT.name());
                ps.setString(5, kind.name());
                ps.setString(6, corrects);
                ps.setString(7, SortableTime.format(now));
                ps.executeUpdate();
            }
            insertVersion(c, next, 1, drafter.name(), now, content);
            return next;
        });
        record(drafter, id, "created at " + post.route() + (corrects == null ? "" : ", " + kind + " of " + corrects));
        return find(id).orElseThrow();
    }

    /** Saves a new version. Clearances given to earlier versions stay in the chain but no longer count. */
    public Draft save(Principal by, long id, DraftContent content, RoutingEntry post) {
        requireDrafter(by, post);
        Instant now = clock.instant();
        int version = session.transaction("save a draft", c -> {
            Draft d = load(c, id).orElseThrow(() -> noSuchDraft(id));
            if (d.state() == Draft.State.RELEASED) {
                throw new IllegalStateException("draft " + id + " was released as " + d.releasedId()
                        + " and cannot be edited; draft a correction or a cancellation instead");
            }
            int next = d.latestVersion() + 1;
            insertVersion(c, id, next, by.name(), now, content);
            try (PreparedStatement ps = c.prepareStatement("UPDATE draft SET latest_version = ? WHERE id = ?")) {
                ps.setInt(1, next);
                ps.setLong(2, id);
                ps.executeUpdate();
            }
            return next;
        });
        record(by, id, "saved version " + version);
        return find(id).orElseThrow();
    }

    public Optional<Draft> find(long id) {
        return session.read("read a draft", c -> load(c, id));
    }

    public Draft get(long id) {
        return find(id).orElseThrow(() -> noSuchDraft(id));
    }

    /** The drafts of a post, newest first. */
    public List<Draft> list(String postRoute) {
        return session.read("list drafts", c -> {
            List<Draft> drafts = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(SELECT_DRAFT + " WHERE post = ? ORDER BY id DESC")) {
                ps.setString(1, postRoute);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        drafts.add(draft(rs));
                    }
                }
            }
            return drafts;
        });
    }

    public DraftVersion version(long id, int version) {
        return versions(id).stream()
                .filter(v -> v.version() == version)
                .findFirst()
                .orElseThrow(() -> new IllegalArgumentException("draft " + id + " has no version " + version));
    }

    public DraftVersion latest(long id) {
        return version(id, get(id).latestVersion());
    }

    public List<DraftVersion> versions(long id) {
        return session.read("read a draft's versions", c -> {
            List<DraftVersion> versions = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT version, saved_by, saved_at, content"
                    + " FROM draft_version WHERE draft_id = ? ORDER BY version")) {
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        versions.add(new DraftVersion(
                                id,
                                rs.getInt(1),
                                rs.getString(2),
                                SortableTime.parse(rs.getString(3)),
                                DraftJson.read(rs.getString(4))));
                    }
                }
            }
            return versions;
        });
    }

    // ---------------------------------------------------------------- clearance

    /** Asks a colleague (an account name) or an office (as accounts' posts name it) to clear the latest version. */
    public ClearanceStep requestClearance(Principal by, long id, String clearer, RoutingEntry post) {
        requireDrafter(by, post);
        if (clearer == null || clearer.isBlank()) {
            throw new IllegalArgumentException("name the colleague or office to clear the draft");
        }
        Instant now = clock.instant();
        ClearanceStep step = session.transaction("ask for a clearance", c -> {
            Draft d = load(c, id).orElseThrow(() -> noSuchDraft(id));
            if (d.state() == Draft.State.RELEASED) {
                throw new IllegalStateException("draft " + id + " is already released as " + d.releasedId());
            }
            int n = chain(c, id).size() + 1;
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO clearance (draft_id, step, clearer, requested_by,"
                            + " requested_at, draft_version, state, comment, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?, NULL, NULL)")) {
                ps.setLong(1, id);
                ps.setInt(2, n);
                ps.setString(3, clearer.strip());
                ps.setString(4, by.name());
                ps.setString(5, SortableTime.format(now));
                ps.setInt(6, d.latestVersion());
                ps.setString(7, ClearanceStep.State.REQUESTED.name());
                ps.executeUpdate();
            }
            setState(c, id, Draft.State.IN_CLEARANCE);
            return new ClearanceStep(
                    n, clearer.strip(), by.name(), now, d.latestVersion(), ClearanceStep.State.REQUESTED, null, null);
        });
        record(by, id, "asked " + step.clearer() + " to clear version " + step.draftVersion());
        return step;
    }

    /** The clearer clears (with an optional comment) or returns (with a required comment) their open request. */
    public ClearanceStep decide(Principal clearer, long id, boolean cleared, String comment) {
        if (!cleared && (comment == null || comment.isBlank())) {
            throw new IllegalArgumentException("say why the draft is returned (a comment is required)");
        }
        Instant now = clock.instant();
        ClearanceStep decided = session.transaction("record a clearance", c -> {
            Draft d = load(c, id).orElseThrow(() -> noSuchDraft(id));
            ClearanceStep open = chain(c, id).stream()
                    .filter(s -> s.state() == ClearanceStep.State.REQUESTED && asked(clearer, s.clearer()))
                    .findFirst()
                    .orElseThrow(() ->
                            new SecurityException(clearer.name() + " has no open clearance request on draft " + id));
            if (open.draftVersion() != d.latestVersion()) {
                throw new IllegalStateException("draft " + id + " changed since " + clearer.name()
                        + " was asked (version " + open.draftVersion() + ", now " + d.latestVersion()
                        + "): the drafter must ask again");
            }
            ClearanceStep.State state = cleared ? ClearanceStep.State.CLEARED : ClearanceStep.State.RETURNED;
            try (PreparedStatement ps =
                    c.prepareStatement("UPDATE clearance SET state = ?, comment = ?, decided_at = ?,"
                            + " clearer = ? WHERE draft_id = ? AND step = ?")) {
                ps.setString(1, state.name());
                ps.setString(2, comment == null || comment.isBlank() ? null : comment.strip());
                ps.setString(3, SortableTime.format(now));
                ps.setString(
                        4,
                        open.clearer().equals(clearer.name())
                                ? open.clearer()
                                : open.clearer() + " (" + clearer.name() + ")");
                ps.setLong(5, id);
                ps.setInt(6, open.step());
                ps.executeUpdate();
            }
            if (!cleared) {
                setState(c, id, Draft.State.DRAFT);
            }
            return chain(c, id).get(open.step() - 1);
        });
        record(
                clearer,
                id,
                (cleared ? "cleared" : "returned") + " version " + decided.draftVersion()
                        + (decided.comment() == null ? "" : ": " + decided.comment()));
        return decided;
    }

    public List<ClearanceStep> chain(long id) {
        return session.read("read a clearance chain", c -> chain(c, id));
    }

    /** The drafts with a clearance request open for this account (by name, or by an office it belongs to). */
    public List<Draft> awaitingClearance(Principal clearer) {
        return session.read("list drafts awaiting a clearance", c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT DISTINCT draft_id, clearer FROM clearance WHERE state = ? ORDER BY draft_id DESC")) {
                ps.setString(1, ClearanceStep.State.REQUESTED.name());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        if (asked(clearer, rs.getString(2)) && !ids.contains(rs.getLong(1))) {
                            ids.add(rs.getLong(1));
                        }
                    }
                }
            }
            List<Draft> drafts = new ArrayList<>();
            for (long id : ids) {
                load(c, id).ifPresent(drafts::add);
            }
            return drafts;
        });
    }

    /**
     * Why the latest version may not be released yet, or empty when every clearance asked for was given on it.
     * A draft nobody was asked to clear may be released: the releasing officer's release is the last clearance.
     */
    public static Optional<String> unclearedReason(Draft d, List<ClearanceStep> chain) {
        for (ClearanceStep s : chain) {
            if (s.state() == ClearanceStep.State.RETURNED) {
                continue;
            }
            if (s.state() == ClearanceStep.State.REQUESTED) {
                return Optional.of("clearance by " + s.clearer() + " is still outstanding");
            }
            if (s.draftVersion() != d.latestVersion()) {
                return Optional.of(s.clearer() + " cleared version " + s.draftVersion()
                        + " but the draft is at version " + d.latestVersion() + ": ask again");
            }
        }
        boolean returnedAndNotAskedAgain =
                !chain.isEmpty() && chain.get(chain.size() - 1).state() == ClearanceStep.State.RETURNED;
        return returnedAndNotAskedAgain
                ? Optional.of("the draft was returned by "
                        + chain.get(chain.size() - 1).clearer() + ": edit it and ask for clearance again")
                : Optional.empty();
    }

    /** Marks a draft released inside the release's transaction, refusing one released already (two officers at once). */
    public static void markReleased(Connection c, long id, String referenceId) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("UPDATE draft SET state = ?, released_id = ? WHERE id = ? AND state <> ?")) {
            ps.setString(1, Draft.State.RELEASED.name());
            ps.setString(2, referenceId);
            ps.setLong(3, id);
            ps.setString(4, Draft.State.RELEASED.name());
            if (ps.executeUpdate() != 1) {
                throw new IllegalStateException("draft " + id + " was released already");
            }
        }
    }

    /** Whether a clearance request naming {@code clearer} (an account or an office) is addressed to this account. */
    public static boolean asked(Principal p, String clearer) {
        return p.name().equalsIgnoreCase(clearer)
                || p.posts().stream().anyMatch(office -> office.equalsIgnoreCase(clearer));
    }

    /**
     * Who may read a draft: a drafter or releasing officer of its post, or an account asked to clear it, and either
     * only when cleared for the classification of its latest version. A draft is not a cable yet, so the reading
     * room's decision does not reach it; this is its decision, for the web and the command line alike.
     */
    public boolean mayRead(Principal p, Draft draft, RoutingEntry post) {
        return whyNotReadable(p, draft, post).isEmpty();
    }

    /** Why {@link #mayRead} refuses, or empty when it allows. */
    public Optional<String> whyNotReadable(Principal p, Draft draft, RoutingEntry post) {
        boolean ofThePost = PostMembership.belongs(p, post)
                && (p.hasRole(Role.DRAFTER.key()) || p.hasRole(Role.RELEASING_OFFICER.key()));
        if (!ofThePost && chain(draft.id()).stream().noneMatch(s -> asked(p, s.clearer()))) {
            return Optional.of("not a drafter or releasing officer of " + post.route() + " nor asked to clear it");
        }
        return Classification.fromText(latest(draft.id()).content().classification())
                .filter(level -> !p.clearance().atLeast(level))
                .map(level -> "it is " + level.label() + ", above the account's clearance");
    }

    private static void requireDrafter(Principal p, RoutingEntry post) {
        if (!p.hasRole(Role.DRAFTER.key()) && !p.hasRole(Role.RELEASING_OFFICER.key())) {
            throw new SecurityException(p.name() + " is not a drafter");
        }
        if (!PostMembership.belongs(p, post)) {
            throw new SecurityException(p.name() + " does not belong to " + post.line());
        }
    }

    private static IllegalArgumentException noSuchDraft(long id) {
        return new IllegalArgumentException("no draft " + id);
    }

    private static void insertVersion(Connection c, long id, int version, String by, Instant at, DraftContent content)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO draft_version (draft_id, version, saved_by, saved_at, content) VALUES (?, ?, ?, ?, ?)")) {
            ps.setLong(1, id);
            ps.setInt(2, version);
            ps.setString(3, by);
            ps.setString(4, SortableTime.format(at));
            ps.setString(5, DraftJson.write(content));
            ps.executeUpdate();
        }
    }

    private static void setState(Connection c, long id, Draft.State state) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE draft SET state = ? WHERE id = ?")) {
            ps.setString(1, state.name());
            ps.setLong(2, id);
            ps.executeUpdate();
        }
    }

    private static final String SELECT_DRAFT =
            "SELECT id, post, drafter, state, kind, corrects, latest_version, created_at, released_id FROM draft";

    private static Optional<Draft> load(Connection c, long id) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(SELECT_DRAFT + " WHERE id = ?")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? Optional.of(draft(rs)) : Optional.empty();
            }
        }
    }

    private static Draft draft(ResultSet rs) throws SQLException {
        return new Draft(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                Draft.State.valueOf(rs.getString(4)),
                Draft.Kind.valueOf(rs.getString(5)),
                rs.getString(6),
                rs.getInt(7),
                SortableTime.parse(rs.getString(8)),
                rs.getString(9));
    }

    private static List<ClearanceStep> chain(Connection c, long id) throws SQLException {
        List<ClearanceStep> steps = new ArrayList<>();
        try (PreparedStatement ps =
                c.prepareStatement("SELECT step, clearer, requested_by, requested_at, draft_version,"
                        + " state, comment, decided_at FROM clearance WHERE draft_id = ? ORDER BY step")) {
            ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String decided = rs.getString(8);
                    steps.add(new ClearanceStep(
                            rs.getInt(1),
                            rs.getString(2),
                            rs.getString(3),
                            SortableTime.parse(rs.getString(4)),
                            rs.getInt(5),
                            ClearanceStep.State.valueOf(rs.getString(6)),
                            rs.getString(7),
                            decided == null ? null : SortableTime.parse(decided)));
                }
            }
        }
        return steps;
    }

    private void record(Principal actor, long id, String detail) {
        audit.record(new AuditEntry(clock.instant(), actor.name(), AuditAction.DRAFT, "draft " + id, true, detail));
    }

    @Override
    public void close() {
        session.close();
    }
}
