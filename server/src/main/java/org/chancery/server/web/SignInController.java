package org.chancery.server.web;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/** The sign-in page (Spring Security handles the form's POST) and the front door. */
@Controller
public class SignInController {

    @GetMapping("/signin")
    public String signIn(Authentication authentication) {
        if (authentication != null
                && authentication.isAuthenticated()
                && !(authentication instanceof AnonymousAuthenticationToken)) {
            return "redirect:/search";
        }
        return "signin";
    }

    @GetMapping("/")
    public String home() {
        return "redirect:/search";
    }
}
