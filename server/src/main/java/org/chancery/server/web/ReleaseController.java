package org.chancery.server.web;

import org.chancery.archive.access.Principal;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.messaging.release.Released;
import org.chancery.server.messaging.DraftDesk;
import org.chancery.server.messaging.Posts;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The release page (releasing officers only, by the security chain): the post's drafts, those cleared first, a
 * release button for each, and after a release the numbers it assigned: reference id, DTG, station serial and each
 * addressee's MCN.
 */
@Controller
public class ReleaseController {

    private final DraftDesk desk;
    private final Posts posts;

    public ReleaseController(DraftDesk desk, Posts posts) {
        this.desk = desk;
        this.posts = posts;
    }

    @GetMapping("/release")
    public String release(@RequestParam(required = false) String post, Authentication authentication, Model model) {
        Principal me = Readers.of(authentication);
        RoutingEntry chosen = posts.choose(me, post);
        model.addAttribute("post", chosen);
        model.addAttribute("posts", posts.of(me));
        model.addAttribute("pending", desk.forRelease(me, chosen.route()));
        model.addAttribute("released", desk.released(me, chosen.route()));
        return "release";
    }

    @PostMapping("/release/{id}")
    public String release(@PathVariable long id, Authentication authentication, RedirectAttributes redirect) {
        Principal me = Readers.of(authentication);
        String post = desk.visibleDraft(me, id).postRoute();
        try {
            Released released = desk.release(me, id);
            redirect.addFlashAttribute("releasedNow", released);
            redirect.addFlashAttribute("notice", "Draft " + id + " released as " + released.referenceId() + ".");
        } catch (SecurityException | IllegalArgumentException | IllegalStateException e) {
            redirect.addFlashAttribute("error", e.getMessage());
        }
        return "redirect:/release?post=" + post;
    }
}
