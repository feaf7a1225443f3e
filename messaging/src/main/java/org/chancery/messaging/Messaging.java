package org.chancery.messaging;

import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.chancery.archive.Archive;
import org.chancery.archive.access.Principal;
import org.chancery.archive.room.CableView;
import org.chancery.archive.room.ReadingRoom;
import org.chancery.messaging.delivery.DeliveryTransport;
import org.chancery.messaging.delivery.Dispatcher;
import org.chancery.messaging.delivery.LocalTransport;
import org.chancery.messaging.delivery.Outbox;
import org.chancery.messaging.directory.DirectoryLearner;
import org.chancery.messaging.directory.JdbcRoutingDirectory;
import org.chancery.messaging.directory.RoutingDirectory;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.messaging.draft.Draft;
import org.chancery.messaging.draft.DraftCheck;
import org.chancery.messaging.draft.Drafts;
import org.chancery.messaging.draft.FollowUpDrafts;
import org.chancery.messaging.inbox.Escalation;
import org.chancery.messaging.inbox.Inbox;
import org.chancery.messaging.inbox.TagProfiles;
import org.chancery.messaging.release.ReleaseDesk;
import org.chancery.messaging.store.MessagingSchema;

/**
 * Messaging wired once over an archive, for the command line and the server alike: its tables migrated in the
 * archive's database, the routing directory, drafts and clearances, the release desk, the outbox with its dispatcher
 * and the posts' inboxes. Every read of a cable it makes goes through the archive's reading room.
 */
public final class Messaging implements AutoCloseable {

    private final Archive archive;
    private final MessagingSettings settings;
    private final ReadingRoom room;
    private final JdbcRoutingDirectory directory;
    private final Drafts drafts;
    private final DraftCheck check;
    private final Outbox outbox;
    private final TagProfiles profiles;
    private final Inbox inbox;
    private final Dispatcher dispatcher;
    private final ReleaseDesk releaseDesk;
    private ScheduledExecutorService escalations;

    private Messaging(Archive archive, MessagingSettings settings, DeliveryTransport transport) {
        this.archive = archive;
        this.settings = settings;
        MessagingSchema.migrate(archive.database());
        this.room = archive.readingRoom();
        this.directory = new JdbcRoutingDirectory(archive.database());
        this.drafts = new Drafts(archive.database(), archive.audit(), archive.clock());
        this.check = new DraftCheck(directory, room, archive.clock());
        this.outbox = new Outbox(archive.database());
        this.profiles = new TagProfiles(archive.database());
        this.inbox = new Inbox(
                archive.database(),
                archive.store(),
                room,
                profiles,
                archive.audit(),
                archive.clock(),
                archive::indexNewCablesSoon);
        this.dispatcher = new Dispatcher(
                outbox,
                transport == null ? new LocalTransport(inbox) : transport,
                archive.clock(),
                settings.roundSize(),
                settings.idlePauseMillis());
        this.releaseDesk =
                new ReleaseDesk(drafts, check, directory, archive.store(), archive.audit(), archive.clock(), () -> {
                    archive.indexNewCablesSoon();
                    dispatcher.wake();
                });
    }

    /** The embedded default: every post's inbox in the archive's own database, no broker. */
    public static Messaging open(Archive archive, MessagingSettings settings) {
        return new Messaging(archive, settings, null);
    }

    /** A post node whose dispatcher hands deliveries to a transport (its broker). */
    public static Messaging open(Archive archive, MessagingSettings settings, DeliveryTransport transport) {
        return new Messaging(archive, settings, transport);
    }

    public RoutingDirectory directory() {
        return directory;
    }

    /** Learns the directory from the archive's headers, as the administrator may read them. */
    public DirectoryLearner.Learned learnDirectory(Principal administrator) {
        if (!administrator.hasRole(org.chancery.archive.account.Role.ADMINISTRATOR.key())) {
            throw new SecurityException(administrator.name() + " is not an administrator");
        }
        DirectoryLearner.Learned learned = new DirectoryLearner(room).learn(administrator);
        int changed = directory.learn(learned.entries());
        archive.audit()
                .record(new org.chancery.archive.audit.AuditEntry(
                        archive.clock().instant(),
                        administrator.name(),
                        org.chancery.archive.audit.AuditAction.DIRECTORY,
                        "routing directory",
                        true,
                        "learned " + learned.entries().size() + " indicators from " + learned.cables() + " cables, "
                                + changed + " changed"));
        return learned;
    }

    /** An administrator's edit of the directory, audited. */
    public void putDirectoryEntry(Principal administrator, RoutingEntry entry) {
        requireAdministrator(administrator);
        directory.put(entry);
        auditDirectory(
                administrator,
                "put " + entry.line() + " " + entry.kind()
                        + (entry.members().isEmpty() ? "" : " members " + entry.members()));
    }

    public boolean removeDirectoryEntry(Principal administrator, String route) {
        requireAdministrator(administrator);
        boolean removed = directory.remove(route);
        auditDirectory(administrator, "removed " + route);
        return removed;
    }

    public Drafts drafts() {
        return drafts;
    }

    public DraftCheck check() {
        return check;
    }

    public ReleaseDesk releaseDesk() {
        return releaseDesk;
    }

    public Outbox outbox() {
        return outbox;
    }

    public Inbox inbox() {
        return inbox;
    }

    public TagProfiles profiles() {
        return profiles;
    }

    public Dispatcher dispatcher() {
        return dispatcher;
    }

    public MessagingSettings settings() {
        return settings;
    }

    /**
     * A new draft of a correction or cancellation of a released cable, filled from the cable as the drafter may read
     * it (through the reading room) and linked to it.
     */
    public Draft draftFollowUp(Principal drafter, String referenceId, Draft.Kind kind) {
        CableView original = room.open(drafter, referenceId)
                .orElseThrow(() ->
                        new IllegalArgumentException(referenceId + " is not a cable in the archive you may open"));
        RoutingEntry post = FollowUpDrafts.sender(original, directory);
        return drafts.create(
                drafter, post, FollowUpDrafts.correctionOrCancellation(original, kind), kind, original.referenceId());
    }

    /**
     * A new draft replying to a cable the drafter opened through the reading room, at one of the drafter's posts:
     * addressed to the sending post, citing the cable first ({@link FollowUpDrafts#reply}).
     */
    public Draft draftReply(Principal drafter, RoutingEntry at, CableView original) {
        return drafts.create(drafter, at, FollowUpDrafts.reply(original, directory), Draft.Kind.ORIGINAL, null);
    }

    /** Escalates unacknowledged FLASH and NIACT traffic now (the background job does it every few seconds). */
    public List<Escalation> escalate() {
        return inbox.escalate(settings.flashAcknowledgement(), settings.niactAcknowledgement());
    }

    /** Starts the dispatcher and the escalation job, for a server or a `chancery dispatch` process. */
    public synchronized void startBackground() {
        dispatcher.start();
        if (escalations == null) {
            escalations = Executors.newSingleThreadScheduledExecutor(r -> {
                Thread t = new Thread(r, "chancery-escalation");
                t.setDaemon(true);
                return t;
            });
            escalations.scheduleWithFixedDelay(this::escalateQuietly, 5, 5, TimeUnit.SECONDS);
        }
    }

    private void escalateQuietly() {
        try {
            escalate();
        } catch (RuntimeException e) {
            // the next run tries again; a database briefly unavailable must not stop escalation for good
        }
    }

    private void requireAdministrator(Principal p) {
        if (!p.hasRole(org.chancery.archive.account.Role.ADMINISTRATOR.key())) {
            throw new SecurityException(p.name() + " is not an administrator");
        }
    }

    private void auditDirectory(Principal p, String detail) {
        archive.audit()
                .record(new org.chancery.archive.audit.AuditEntry(
                        archive.clock().instant(),
                        p.name(),
                        org.chancery.archive.audit.AuditAction.DIRECTORY,
                        "routing directory",
                        true,
                        detail));
    }

    @Override
    public synchronized void close() {
        if (escalations != null) {
            escalations.shutdownNow();
        }
        try (directory;
                drafts;
                outbox;
                profiles;
                inbox;
                dispatcher) {
            // the dispatcher stops first (closed last in this list, so first), then the sessions
        }
    }
}
