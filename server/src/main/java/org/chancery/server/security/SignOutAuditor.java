package org.chancery.server.security;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.time.Clock;
import org.chancery.archive.audit.AuditAction;
import org.chancery.archive.audit.AuditEntry;
import org.chancery.archive.audit.AuditLog;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.logout.LogoutHandler;
import org.springframework.stereotype.Component;

/** Writes a sign-out to the audit log, whether the reader asked for it or the server ended a suspended session. */
@Component
public class SignOutAuditor implements LogoutHandler {

    private final AuditLog audit;
    private final Clock clock;

    public SignOutAuditor(AuditLog audit, Clock clock) {
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public void logout(HttpServletRequest request, HttpServletResponse response, Authentication authentication) {
        if (authentication != null && authentication.getPrincipal() instanceof SignedInReader reader) {
            record(reader.name(), "web sign-out");
        }
    }

    public void record(String name, String detail) {
        audit.record(new AuditEntry(clock.instant(), name, AuditAction.SIGN_OUT, name, true, detail));
    }
}
