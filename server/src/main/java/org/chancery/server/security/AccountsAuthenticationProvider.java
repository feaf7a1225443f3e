package org.chancery.server.security;

import java.time.Clock;
import org.chancery.archive.account.Accounts;
import org.chancery.archive.account.SignInResult;
import org.chancery.archive.audit.AuditAction;
import org.chancery.archive.audit.AuditEntry;
import org.chancery.archive.audit.AuditLog;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Signs readers in through {@link Accounts#signIn}, so that password checks, lockout, disabled and suspended
 * accounts are decided by the archive for the web exactly as for every other way in. Every attempt is audited with
 * its outcome; every refusal shows the same message, so that an unknown name and a wrong password look alike.
 */
@Component
public class AccountsAuthenticationProvider implements AuthenticationProvider {

    /** The one message for every refused sign-in. */
    public static final String REFUSED = "Sign-in refused: wrong name or password, or the account may not sign in.";

    private final Accounts accounts;
    private final AuditLog audit;
    private final Clock clock;

    public AccountsAuthenticationProvider(Accounts accounts, AuditLog audit, Clock clock) {
        this.accounts = accounts;
        this.audit = audit;
        this.clock = clock;
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String name = authentication.getName();
        Object credentials = authentication.getCredentials();
        char[] password =
                credentials == null ? new char[0] : credentials.toString().toCharArray();
        SignInResult result = accounts.signIn(name, password, clock.instant());
        java.util.Arrays.fill(password, '\0');
        audit.record(new AuditEntry(
                clock.instant(),
                name,
                AuditAction.SIGN_IN,
                name,
                result.succeeded(),
                "web " + result.outcome().name().toLowerCase(java.util.Locale.ROOT)));
        if (!result.succeeded()) {
            throw new BadCredentialsException(REFUSED);
        }
        SignedInReader reader = new SignedInReader(result.account().principal());
        return UsernamePasswordAuthenticationToken.authenticated(reader, null, reader.authorities());
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
