package org.chancery.server.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.chancery.archive.room.AccessSuspendedException;
import org.chancery.server.messaging.DraftNotFoundException;
import org.chancery.server.security.SignOutAuditor;
import org.chancery.server.security.SignedInReader;
import org.springframework.http.HttpStatus;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.ResponseStatus;

/** What every page knows (who is signed in) and how pages answer when there is nothing to show. */
@ControllerAdvice(basePackageClasses = PageAdvice.class)
public class PageAdvice {

    private final SignOutAuditor signOut;

    public PageAdvice(SignOutAuditor signOut) {
        this.signOut = signOut;
    }

    @ModelAttribute("me")
    public SignedInReader me(Authentication authentication) {
        return authentication != null && authentication.getPrincipal() instanceof SignedInReader r ? r : null;
    }

    @ExceptionHandler(CableNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public String notFound(CableNotFoundException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "notfound";
    }

    @ExceptionHandler(DraftNotFoundException.class)
    @ResponseStatus(HttpStatus.NOT_FOUND)
    public String draftNotFound(DraftNotFoundException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "notfound";
    }

    /** Something the account's role or post does not allow (a page of another post, a clearance not asked for). */
    @ExceptionHandler(SecurityException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    public String forbidden(SecurityException e, Model model) {
        model.addAttribute("message", e.getMessage());
        return "forbidden";
    }

    /** A suspended or disabled account: the session ends here, and the page says why. */
    @ExceptionHandler(AccessSuspendedException.class)
    @ResponseStatus(HttpStatus.FORBIDDEN)
    public String suspended(HttpServletRequest request, HttpServletResponse response, Model model) {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof SignedInReader reader) {
            signOut.record(reader.name(), "web session ended: access suspended or disabled");
        }
        new SecurityContextLogoutHandler().logout(request, response, authentication);
        model.addAttribute("me", null);
        return "suspended";
    }
}
