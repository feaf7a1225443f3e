package org.chancery.server.messaging;

import java.util.Comparator;
import java.util.List;
import java.util.function.Supplier;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.Role;
import org.chancery.messaging.Messaging;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.messaging.draft.ClearanceStep;
import org.chancery.messaging.draft.Draft;
import org.chancery.messaging.draft.DraftAddressee;
import org.chancery.messaging.draft.DraftCheck;
import org.chancery.messaging.draft.DraftContent;
import org.chancery.messaging.draft.DraftDiff;
import org.chancery.messaging.draft.DraftFinding;
import org.chancery.messaging.draft.Drafts;
import org.chancery.messaging.draft.InvalidDraftException;
import org.chancery.messaging.release.Released;
import org.chancery.telegram.model.Precedence;
import org.springframework.stereotype.Component;

/**
 * Drafting, clearance and release for the pages and the API alike, over messaging's {@link Drafts} and release
 * desk (which decide who may draft, clear and release). What this adds is who may <em>see</em> a draft: a drafter or
 * releasing officer of its post, or someone asked to clear it, and only when cleared for its classification. A draft
 * anyone else asks for is "not found", like a cable they may not read.
 */
@Component
public class DraftDesk {

    private final Messaging messaging;
    private final Posts posts;

    public DraftDesk(Messaging messaging, Posts posts) {
        this.messaging = messaging;
        this.posts = posts;
    }

    /** The drafts of a post the account may see, newest first. */
    public List<DraftLine> drafts(Principal account, String postRoute) {
        RoutingEntry post = posts.choose(account, postRoute);
        return messaging.drafts().list(post.route()).stream()
                .filter(d -> visible(account, d))
                .map(this::line)
                .toList();
    }

    /** The drafts waiting for this account's clearance, newest first. */
    public List<DraftLine> toClear(Principal account) {
        return messaging.drafts().awaitingClearance(account).stream()
                .filter(d -> visible(account, d))
                .map(this::line)
                .toList();
    }

    /** The drafts of a post not released yet, those ready for release first, for a releasing officer. */
    public List<DraftLine> forRelease(Principal officer, String postRoute) {
        if (!officer.hasRole(Role.RELEASING_OFFICER.key())) {
            throw new SecurityException(officer.name() + " is not a releasing officer");
        }
        return drafts(officer, postRoute).stream()
                .filter(l -> l.draft().state() != Draft.State.RELEASED)
                .sorted(Comparator.comparing((DraftLine l) -> l.releaseBlocker() != null))
                .toList();
    }

    /** The drafts of a post already released, newest first. */
    public List<DraftLine> released(Principal account, String postRoute) {
        return drafts(account, postRoute).stream()
                .filter(l -> l.draft().state() == Draft.State.RELEASED)
                .toList();
    }

    public DraftPage page(Principal account, long id) {
        Draft draft = visibleDraft(account, id);
        RoutingEntry post = postOf(draft);
        var latest = messaging.drafts().latest(id);
        DraftCheck.Result checked = messaging.check().check(latest.content(), post, account);
        List<DraftFinding> findings = checked.findings().stream()
                .sorted(Comparator.comparing((DraftFinding f) -> !f.error()))
                .toList();
        List<ClearanceStep> chain = messaging.drafts().chain(id);
        String blocker = draft.state() == Draft.State.RELEASED
                ? "released as " + draft.releasedId()
                : Drafts.unclearedReason(draft, chain)
                        .orElse(checked.releasable() ? null : "the check finds errors in the latest version");
        return new DraftPage(
                draft, post, latest, findings, chain, messaging.drafts().versions(id), blocker);
    }

    /** The check of content not saved yet (the form's live check), at one of the account's posts. */
    public List<DraftFinding> check(Principal account, String postRoute, DraftContent content) {
        RoutingEntry post = posts.choose(account, postRoute);
        return messaging.check().check(content, post, account).findings().stream()
                .sorted(Comparator.comparing((DraftFinding f) -> !f.error()))
                .toList();
    }

    public Draft create(Principal drafter, String postRoute, DraftContent content) {
        RoutingEntry post = posts.choose(drafter, postRoute);
        return about(
                "a new draft at " + post.route(),
                () -> messaging.drafts().create(drafter, post, content, Draft.Kind.ORIGINAL, null));
    }

    /**
     * A correction or cancellation of a released cable, as a new draft filled from the cable (read through the
     * reading room, so the drafter must be allowed to read it) and linked to it.
     */
    public Draft followUp(Principal drafter, String referenceId, Draft.Kind kind) {
        return about(referenceId, () -> messaging.draftFollowUp(drafter, referenceId, kind));
    }

    public Draft save(Principal drafter, long id, DraftContent content) {
        Draft draft = visibleDraft(drafter, id);
        return about(id, () -> messaging.drafts().save(drafter, id, content, postOf(draft)));
    }

    /** Submits the latest version for clearance by a colleague (account name) or an office. */
    public ClearanceStep submit(Principal drafter, long id, String clearer) {
        Draft draft = visibleDraft(drafter, id);
        return about(id, () -> messaging.drafts().requestClearance(drafter, id, clearer, postOf(draft)));
    }

    public ClearanceStep decide(Principal clearer, long id, boolean cleared, String comment) {
        visibleDraft(clearer, id);
        return about(id, () -> messaging.drafts().decide(clearer, id, cleared, comment));
    }

    public Released release(Principal officer, long id) {
        visibleDraft(officer, id);
        return about(id, () -> messaging.releaseDesk().release(officer, id));
    }

    /** The unified diff between two versions, as the telegram lines each would become. */
    public List<String> diff(Principal account, long id, int from, int to) {
        Draft draft = visibleDraft(account, id);
        return about(
                id,
                () -> DraftDiff.between(
                        messaging.drafts().version(id, from),
                        messaging.drafts().version(id, to),
                        messaging.check(),
                        postOf(draft),
                        account));
    }

    public Draft visibleDraft(Principal account, long id) {
        return messaging
                .drafts()
                .find(id)
                .filter(d -> visible(account, d))
                .orElseThrow(() -> new DraftNotFoundException(id));
    }

    private boolean visible(Principal account, Draft draft) {
        return messaging.drafts().mayRead(account, draft, postOf(draft));
    }

    private DraftLine line(Draft d) {
        DraftContent content = messaging.drafts().latest(d.id()).content();
        String precedence = content.to().stream()
                .map(DraftAddressee::precedence)
                .map(Precedence::fromLabel)
                .flatMap(java.util.Optional::stream)
                .min(Comparator.naturalOrder())
                .map(Precedence::label)
                .orElse("");
        String blocker = d.state() == Draft.State.RELEASED
                ? "released as " + d.releasedId()
                : Drafts.unclearedReason(d, messaging.drafts().chain(d.id())).orElse(null);
        return new DraftLine(d, content, precedence, blocker);
    }

    private RoutingEntry postOf(Draft draft) {
        return messaging
                .directory()
                .byRoute(draft.postRoute())
                .orElseThrow(() -> new IllegalStateException("draft " + draft.id() + ": its post " + draft.postRoute()
                        + " is no longer in the routing directory"));
    }

    private static <T> T about(long id, Supplier<T> act) {
        return about("draft " + id, act);
    }

    /**
     * Runs an act and makes sure its refusal names the draft: messaging's own messages mostly do, its role checks
     * ("x is not a drafter") do not.
     */
    private static <T> T about(String what, Supplier<T> act) {
        try {
            return act.get();
        } catch (InvalidDraftException e) {
            throw e;
        } catch (SecurityException e) {
            throw named(what, e) ? e : new SecurityException(what + ": " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw named(what, e) ? e : new IllegalStateException(what + ": " + e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw named(what, e) ? e : new IllegalArgumentException(what + ": " + e.getMessage(), e);
        }
    }

    private static boolean named(String what, RuntimeException e) {
        return e.getMessage() != null
                && java.util.regex.Pattern.compile("\\b" + java.util.regex.Pattern.quote(what) + "\\b")
                        .matcher(e.getMessage())
                        .find();
    }
}
