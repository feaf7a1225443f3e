package org.chancery.server.web;

import org.chancery.archive.access.Principal;
import org.chancery.archive.account.Role;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.server.messaging.InboxDesk;
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
 * A post's inbox: what it received, FLASH and NIACT waiting for acknowledgement first with the time left before
 * escalation, and the duty officer's acknowledge button. A cable opens on its cable page, through the reading room.
 */
@Controller
public class InboxController {

    private final InboxDesk desk;
    private final Posts posts;

    public InboxController(InboxDesk desk, Posts posts) {
        this.desk = desk;
        this.posts = posts;
    }

    @GetMapping("/inbox")
    public String inbox(
            @RequestParam(required = false) String post,
            @RequestParam(defaultValue = "false") boolean mine,
            Authentication authentication,
            Model model) {
        Principal me = Readers.of(authentication);
        RoutingEntry chosen = desk.post(me, post);
        model.addAttribute("post", chosen);
        model.addAttribute("posts", posts.of(me));
        model.addAttribute("mine", mine);
        model.addAttribute("lines", desk.lines(me, chosen, mine));
        model.addAttribute("escalations", desk.escalations(me, chosen));
        model.addAttribute("dutyOfficer", me.hasRole(Role.DUTY_OFFICER.key()));
        return "inbox";
    }

    @PostMapping("/inbox/{referenceId}/acknowledge")
    public String acknowledge(
            @PathVariable String referenceId,
            @RequestParam String post,
            Authentication authentication,
            RedirectAttributes redirect) {
        Principal me = Readers.of(authentication);
        return DraftsController.act(redirect, "/inbox?post=" + post, () -> {
            var e = desk.acknowledge(me, desk.post(me, post), referenceId);
            return referenceId + " acknowledged by " + e.acknowledgedBy() + " for " + post + ".";
        });
    }
}
