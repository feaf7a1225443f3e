package org.chancery.server.web;

import java.util.List;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.Role;
import org.chancery.messaging.Messaging;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.messaging.draft.ClearanceStep;
import org.chancery.messaging.draft.Draft;
import org.chancery.messaging.draft.Drafts;
import org.chancery.server.messaging.DraftDesk;
import org.chancery.server.messaging.DraftPage;
import org.chancery.server.messaging.Posts;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Precedence;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The drafts pages: a post's drafts, the new/edit form with its live check, a draft's versions and diffs, submitting
 * for clearance, and the clearers' list with clear and return. Who may do what is decided by messaging; a refusal is
 * shown on the page it came from.
 */
@Controller
public class DraftsController {

    private final DraftDesk desk;
    private final Posts posts;
    private final Messaging messaging;

    public DraftsController(DraftDesk desk, Posts posts, Messaging messaging) {
        this.desk = desk;
        this.posts = posts;
        this.messaging = messaging;
    }

    @ModelAttribute("precedences")
    public List<String> precedences() {
        return java.util.Arrays.stream(Precedence.values())
                .map(Precedence::label)
                .toList();
    }

    @ModelAttribute("classifications")
    public List<String> classifications() {
        return java.util.Arrays.stream(Classification.values())
                .map(Classification::label)
                .toList();
    }

    @GetMapping("/drafts")
    public String drafts(@RequestParam(required = false) String post, Authentication authentication, Model model) {
        Principal me = Readers.of(authentication);
        RoutingEntry chosen = posts.choose(me, post);
        model.addAttribute("post", chosen);
        model.addAttribute("posts", posts.of(me));
        model.addAttribute("drafts", desk.drafts(me, chosen.route()));
        model.addAttribute("toClear", desk.toClear(me));
        model.addAttribute("mayDraft", mayDraft(me));
        return "drafts";
    }

    @GetMapping("/drafts/toclear")
    public String toClear(Authentication authentication, Model model) {
        model.addAttribute("toClear", desk.toClear(Readers.of(authentication)));
        return "toclear";
    }

    @GetMapping("/drafts/new")
    public String newDraft(@RequestParam(required = false) String post, Authentication authentication, Model model) {
        Principal me = Readers.of(authentication);
        RoutingEntry chosen = posts.choose(me, post);
        return form(model, me, DraftForm.blank(chosen.route()), null);
    }

    @PostMapping("/drafts")
    public String create(
            @ModelAttribute("form") DraftForm form,
            Authentication authentication,
            Model model,
            RedirectAttributes redirect) {
        Principal me = Readers.of(authentication);
        try {
            Draft draft = desk.create(me, form.getPost(), form.content());
            redirect.addFlashAttribute("notice", "Draft " + draft.id() + " saved as version 1.");
            return "redirect:/drafts/" + draft.id();
        } catch (SecurityException | IllegalArgumentException | IllegalStateException e) {
            model.addAttribute("error", e.getMessage());
            return form(model, me, form.withSpareRows(), null);
        }
    }

    @GetMapping("/drafts/{id}")
    public String draft(
            @PathVariable long id,
            @RequestParam(required = false) Integer from,
            @RequestParam(required = false) Integer to,
            Authentication authentication,
            Model model) {
        Principal me = Readers.of(authentication);
        DraftPage page = desk.page(me, id);
        DraftForm form = DraftForm.of(page.latest().content());
        form.setPost(page.post().route());
        int newest = page.draft().latestVersion();
        int diffTo = to == null ? newest : to;
        int diffFrom = from == null ? Math.max(1, diffTo - 1) : from;
        if (newest > 1 || from != null) {
            model.addAttribute("diffFrom", diffFrom);
            model.addAttribute("diffTo", diffTo);
            model.addAttribute("diff", desk.diff(me, id, diffFrom, diffTo));
        }
        return form(model, me, form, page);
    }

    @PostMapping("/drafts/{id}")
    public String save(
            @PathVariable long id,
            @ModelAttribute("form") DraftForm form,
            Authentication authentication,
            RedirectAttributes redirect) {
        Principal me = Readers.of(authentication);
        return act(redirect, "/drafts/" + id, () -> {
            Draft saved = desk.save(me, id, form.content());
            return "Draft " + id + " saved as version " + saved.latestVersion() + ".";
        });
    }

    /** A correction or cancellation of the cable a draft was released as. */
    @PostMapping("/drafts/followup")
    public String followUp(
            @RequestParam String referenceId,
            @RequestParam String kind,
            Authentication authentication,
            RedirectAttributes redirect) {
        Principal me = Readers.of(authentication);
        try {
            Draft draft = desk.followUp(me, referenceId, Draft.Kind.valueOf(kind));
            redirect.addFlashAttribute(
                    "notice",
                    "Draft " + draft.id() + ": a " + kind.toLowerCase(java.util.Locale.ROOT) + " of " + referenceId
                            + ".");
            return "redirect:/drafts/" + draft.id();
        } catch (SecurityException | IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
            return "redirect:/drafts";
        }
    }

    /** The live check of the form as it stands, without saving: the findings fragment, for htmx. */
    @PostMapping("/drafts/check")
    public String check(@ModelAttribute("form") DraftForm form, Authentication authentication, Model model) {
        model.addAttribute("findings", desk.check(Readers.of(authentication), form.getPost(), form.content()));
        model.addAttribute("checked", true);
        return "draft :: findings";
    }

    @PostMapping("/drafts/{id}/submit")
    public String submit(
            @PathVariable long id,
            @RequestParam String clearer,
            Authentication authentication,
            RedirectAttributes redirect) {
        Principal me = Readers.of(authentication);
        return act(redirect, "/drafts/" + id, () -> {
            ClearanceStep step = desk.submit(me, id, clearer);
            return "Draft " + id + " version " + step.draftVersion() + " submitted to " + step.clearer()
                    + " for clearance.";
        });
    }

    @PostMapping("/drafts/{id}/clear")
    public String clear(
            @PathVariable long id,
            @RequestParam String decision,
            @RequestParam(defaultValue = "") String comment,
            Authentication authentication,
            RedirectAttributes redirect) {
        Principal me = Readers.of(authentication);
        boolean cleared = decision.equals("clear");
        String error = attempt(() -> desk.decide(me, id, cleared, comment));
        if (error != null) {
            redirect.addFlashAttribute("error", error);
            return "redirect:/drafts/" + id;
        }
        redirect.addFlashAttribute(
                "notice", "Draft " + id + (cleared ? " cleared." : " returned to the drafter: " + comment));
        return "redirect:/drafts/toclear";
    }

    private String form(Model model, Principal me, DraftForm form, DraftPage page) {
        model.addAttribute("form", form);
        model.addAttribute("page", page);
        model.addAttribute(
                "title", page == null ? "New draft" : "Draft " + page.draft().id());
        model.addAttribute("posts", posts.of(me));
        model.addAttribute("directory", messaging.directory().all());
        boolean editable = page == null
                ? mayDraft(me)
                : !page.released()
                        && mayDraft(me)
                        && org.chancery.messaging.directory.PostMembership.belongs(me, page.post());
        model.addAttribute("editable", editable);
        model.addAttribute(
                "mayDraft",
                mayDraft(me)
                        && (page == null || org.chancery.messaging.directory.PostMembership.belongs(me, page.post())));
        if (page != null) {
            model.addAttribute("findings", page.findings());
            model.addAttribute(
                    "myRequest",
                    page.chain().stream()
                            .anyMatch(
                                    s -> s.state() == ClearanceStep.State.REQUESTED && Drafts.asked(me, s.clearer())));
            model.addAttribute(
                    "mayRelease",
                    !page.released()
                            && me.hasRole(Role.RELEASING_OFFICER.key())
                            && org.chancery.messaging.directory.PostMembership.belongs(me, page.post()));
        }
        return "draft";
    }

    private static boolean mayDraft(Principal me) {
        return me.hasRole(Role.DRAFTER.key()) || me.hasRole(Role.RELEASING_OFFICER.key());
    }

    /** Runs a page's act: on success a notice, on a refusal its message, on the page named. */
    static String act(RedirectAttributes redirect, String page, java.util.function.Supplier<String> act) {
        try {
            redirect.addFlashAttribute("notice", act.get());
        } catch (SecurityException | IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:" + page;
    }

    private static String attempt(Runnable act) {
        try {
            act.run();
            return null;
        } catch (SecurityException | IllegalArgumentException | IllegalStateException e) {
            return e.getMessage();
        }
    }
}
