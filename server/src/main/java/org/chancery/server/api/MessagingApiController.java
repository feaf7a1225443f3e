package org.chancery.server.api;

import java.util.List;
import java.util.Map;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.Role;
import org.chancery.archive.room.CableHeading;
import org.chancery.archive.room.ReadingRoom;
import org.chancery.messaging.Messaging;
import org.chancery.messaging.delivery.Outbox;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.messaging.draft.ClearanceStep;
import org.chancery.messaging.draft.DraftFinding;
import org.chancery.server.messaging.DraftDesk;
import org.chancery.server.messaging.InboxDesk;
import org.chancery.server.messaging.Posts;
import org.chancery.server.web.DirectoryController;
import org.chancery.server.web.OutboxController;
import org.chancery.server.web.Readers;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code /api/messaging/...}: drafting, clearance, release, the inbox, the outbox and the routing directory as JSON,
 * under the same accounts as the pages. Messaging decides who may act (403 otherwise); a draft the caller may not
 * see is a 404, like an absent one.
 */
@RestController
@RequestMapping("/api/messaging")
public class MessagingApiController {

    private final DraftDesk drafts;
    private final InboxDesk inbox;
    private final Posts posts;
    private final Messaging messaging;
    private final ReadingRoom room;

    public MessagingApiController(
            DraftDesk drafts, InboxDesk inbox, Posts posts, Messaging messaging, ReadingRoom room) {
        this.drafts = drafts;
        this.inbox = inbox;
        this.posts = posts;
        this.messaging = messaging;
        this.room = room;
    }

    /** The posts the caller works at. */
    @GetMapping("/posts")
    public List<ApiMessaging.Post> posts(Authentication authentication) {
        return posts.of(Readers.of(authentication)).stream()
                .map(ApiMessaging.Post::of)
                .toList();
    }

    // ---------------------------------------------------------------- drafts

    @GetMapping("/drafts")
    public List<ApiMessaging.DraftSummary> drafts(
            @RequestParam(required = false) String post, Authentication authentication) {
        return drafts.drafts(Readers.of(authentication), post).stream()
                .map(ApiMessaging.DraftSummary::of)
                .toList();
    }

    @PostMapping("/drafts")
    public ResponseEntity<ApiMessaging.Draft> create(
            @RequestBody ApiMessaging.NewDraft body, Authentication authentication) {
        Principal me = Readers.of(authentication);
        long id = drafts.create(me, body.post(), required(body.content())).id();
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/api/messaging/drafts/" + id)
                .body(ApiMessaging.Draft.of(drafts.page(me, id)));
    }

    /** A correction or cancellation of a released cable: a new draft filled from it and linked to it. */
    @PostMapping("/followups")
    public ResponseEntity<ApiMessaging.Draft> followUp(
            @RequestBody ApiMessaging.FollowUp body, Authentication authentication) {
        Principal me = Readers.of(authentication);
        if (body.referenceId() == null || body.kind() == null) {
            throw new IllegalArgumentException(
                    "a follow-up needs \"referenceId\" and \"kind\" (CORRECTION or CANCELLATION)");
        }
        org.chancery.messaging.draft.Draft.Kind kind;
        try {
            kind = org.chancery.messaging.draft.Draft.Kind.valueOf(
                    body.kind().strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind must be CORRECTION or CANCELLATION, not '" + body.kind() + "'");
        }
        long id = drafts.followUp(me, body.referenceId(), kind).id();
        return ResponseEntity.status(HttpStatus.CREATED)
                .header("Location", "/api/messaging/drafts/" + id)
                .body(ApiMessaging.Draft.of(drafts.page(me, id)));
    }

    @GetMapping("/drafts/{id}")
    public ApiMessaging.Draft draft(@PathVariable long id, Authentication authentication) {
        return ApiMessaging.Draft.of(drafts.page(Readers.of(authentication), id));
    }

    /** Saves a new version (nothing of a draft is overwritten; drafts are never deleted, the record stays). */
    @PutMapping("/drafts/{id}")
    public ApiMessaging.Draft save(
            @PathVariable long id, @RequestBody ApiMessaging.DraftSave body, Authentication authentication) {
        Principal me = Readers.of(authentication);
        drafts.save(me, id, required(body.content()));
        return ApiMessaging.Draft.of(drafts.page(me, id));
    }

    @GetMapping("/drafts/{id}/diff")
    public ApiMessaging.Diff diff(
            @PathVariable long id, @RequestParam int from, @RequestParam int to, Authentication authentication) {
        return new ApiMessaging.Diff(id, from, to, drafts.diff(Readers.of(authentication), id, from, to));
    }

    /** The check of the draft's latest version. */
    @GetMapping("/drafts/{id}/check")
    public ApiMessaging.Check checkDraft(@PathVariable long id, Authentication authentication) {
        return check(drafts.page(Readers.of(authentication), id).findings());
    }

    /** The check of content not saved, at one of the caller's posts. */
    @PostMapping("/check")
    public ApiMessaging.Check check(@RequestBody ApiMessaging.CheckRequest body, Authentication authentication) {
        return check(drafts.check(Readers.of(authentication), body.post(), required(body.content())));
    }

    @PostMapping("/drafts/{id}/submit")
    public ClearanceStep submit(
            @PathVariable long id, @RequestBody ApiMessaging.ClearanceRequest body, Authentication authentication) {
        return drafts.submit(Readers.of(authentication), id, body.clearer());
    }

    @PostMapping("/drafts/{id}/clear")
    public ClearanceStep clear(
            @PathVariable long id, @RequestBody ApiMessaging.Decision body, Authentication authentication) {
        return drafts.decide(Readers.of(authentication), id, body.cleared(), body.comment());
    }

    /** The drafts waiting for the caller's clearance. */
    @GetMapping("/clearances")
    public List<ApiMessaging.DraftSummary> toClear(Authentication authentication) {
        return drafts.toClear(Readers.of(authentication)).stream()
                .map(ApiMessaging.DraftSummary::of)
                .toList();
    }

    @PostMapping("/drafts/{id}/release")
    public ApiMessaging.Release release(@PathVariable long id, Authentication authentication) {
        return ApiMessaging.Release.of(drafts.release(Readers.of(authentication), id));
    }

    // ---------------------------------------------------------------- inbox and outbox

    @GetMapping("/inbox")
    public List<ApiMessaging.InboxItem> inbox(
            @RequestParam(required = false) String post,
            @RequestParam(defaultValue = "false") boolean mine,
            Authentication authentication) {
        Principal me = Readers.of(authentication);
        return inbox.lines(me, inbox.post(me, post), mine).stream()
                .map(ApiMessaging.InboxItem::of)
                .toList();
    }

    @PostMapping("/inbox/{referenceId}/acknowledge")
    public ApiMessaging.Acknowledged acknowledge(
            @PathVariable String referenceId,
            @RequestParam(required = false) String post,
            Authentication authentication) {
        Principal me = Readers.of(authentication);
        var e = inbox.acknowledge(me, inbox.post(me, post), referenceId);
        return new ApiMessaging.Acknowledged(e.referenceId(), e.postRoute(), e.acknowledgedBy(), e.acknowledgedAt());
    }

    @GetMapping("/outbox")
    public ApiMessaging.OutboxState outbox(
            @RequestParam(defaultValue = "50") int recent, Authentication authentication) {
        Principal me = Readers.of(authentication);
        if (!me.hasRole(Role.RELEASING_OFFICER.key())
                && !me.hasRole(Role.DUTY_OFFICER.key())
                && !me.hasRole(Role.ADMINISTRATOR.key())) {
            throw new SecurityException(
                    me.name() + " may not see the outbox (releasing and duty officers, administrators)");
        }
        Outbox.Depth depth = messaging.outbox().depth();
        List<Outbox.Line> lines = messaging.outbox().recent(Math.max(0, Math.min(500, recent)));
        Map<String, CableHeading> headings = OutboxController.headings(me, lines, room);
        return new ApiMessaging.OutboxState(
                OutboxController.byPrecedence(depth),
                depth.queued(),
                depth.sent(),
                lines.stream()
                        .map(l -> ApiMessaging.OutboxLine.of(l, headings.get(l.referenceId())))
                        .toList());
    }

    // ---------------------------------------------------------------- directory

    /** Every entry: anyone signed in may read the directory (drafters pick addressees from it). */
    @GetMapping("/directory")
    public List<RoutingEntry> directory() {
        return messaging.directory().all();
    }

    @PostMapping("/directory/learn")
    public ApiMessaging.Learned learn(Authentication authentication) {
        var learned = messaging.learnDirectory(Readers.of(authentication));
        return new ApiMessaging.Learned(learned.cables(), learned.entries().size(), learned.conflicts());
    }

    @PutMapping("/directory/{route}")
    public RoutingEntry put(
            @PathVariable String route, @RequestBody ApiMessaging.DirectoryEntry body, Authentication authentication) {
        RoutingEntry entry = DirectoryController.entry(
                route,
                body.address() == null ? "" : body.address(),
                body.kind() == null ? "POST" : body.kind(),
                body.members() == null ? "" : String.join(" ", body.members()));
        messaging.putDirectoryEntry(Readers.of(authentication), entry);
        return messaging.directory().byRoute(entry.route()).orElseThrow();
    }

    @DeleteMapping("/directory/{route}")
    public ResponseEntity<Void> remove(@PathVariable String route, Authentication authentication) {
        boolean removed = messaging.removeDirectoryEntry(Readers.of(authentication), route);
        return removed
                ? ResponseEntity.noContent().build()
                : ResponseEntity.notFound().build();
    }

    private static ApiMessaging.Check check(List<DraftFinding> findings) {
        return new ApiMessaging.Check(findings.stream().noneMatch(DraftFinding::error), findings);
    }

    private static <T> T required(T content) {
        if (content == null) {
            throw new IllegalArgumentException("the request has no draft content (\"content\": {...})");
        }
        return content;
    }
}
