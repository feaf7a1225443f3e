package org.chancery.server.web;

import java.util.Arrays;
import java.util.List;
import org.chancery.archive.access.Principal;
import org.chancery.messaging.Messaging;
import org.chancery.messaging.directory.RoutingEntry;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The routing directory for administrators (the security chain lets only ADMINISTRATOR in): every entry, learning
 * from the archive's headers, adding or replacing an entry, removing one. Messaging audits each change.
 */
@Controller
public class DirectoryController {

    private final Messaging messaging;

    public DirectoryController(Messaging messaging) {
        this.messaging = messaging;
    }

    @GetMapping("/directory")
    public String directory(Model model) {
        model.addAttribute("entries", messaging.directory().all());
        return "directory";
    }

    @PostMapping("/directory/learn")
    public String learn(Authentication authentication, RedirectAttributes redirect) {
        Principal me = Readers.of(authentication);
        return DraftsController.act(redirect, "/directory", () -> {
            var learned = messaging.learnDirectory(me);
            return "Learned " + learned.entries().size() + " routing indicators from " + learned.cables()
                    + " cables"
                    + (learned.conflicts().isEmpty()
                            ? "."
                            : "; skipped " + learned.conflicts().size() + " (first: "
                                    + learned.conflicts().get(0) + ").");
        });
    }

    @PostMapping("/directory")
    public String put(
            @RequestParam String route,
            @RequestParam String address,
            @RequestParam(defaultValue = "POST") String kind,
            @RequestParam(defaultValue = "") String members,
            Authentication authentication,
            RedirectAttributes redirect) {
        Principal me = Readers.of(authentication);
        return DraftsController.act(redirect, "/directory", () -> {
            RoutingEntry entry = entry(route, address, kind, members);
            messaging.putDirectoryEntry(me, entry);
            return "Saved " + entry.line() + ".";
        });
    }

    @PostMapping("/directory/{route}/remove")
    public String remove(@PathVariable String route, Authentication authentication, RedirectAttributes redirect) {
        Principal me = Readers.of(authentication);
        return DraftsController.act(
                redirect,
                "/directory",
                () -> messaging.removeDirectoryEntry(me, route)
                        ? "Removed " + route + "."
                        : "There was no routing indicator " + route + ".");
    }

    /** An administrator's entry as the form or the API gives it. */
    public static RoutingEntry entry(String route, String address, String kind, String members) {
        RoutingEntry.Kind k;
        try {
            k = RoutingEntry.Kind.valueOf(kind.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("kind must be POST or COLLECTIVE, not '" + kind + "'");
        }
        List<String> memberRoutes = Arrays.stream(members.split("[,\\s]+"))
                .filter(m -> !m.isBlank())
                .toList();
        return new RoutingEntry(route, address, k, RoutingEntry.Source.ADMIN, 0, memberRoutes);
    }
}
