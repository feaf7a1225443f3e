package org.chancery.archive.account;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.chancery.archive.access.Principal;

/**
 * Local accounts with hashed passwords and lockout. The web layer's Spring Security authentication calls
 * {@link #signIn} so that lockout and suspension are decided in one place for every way in.
 */
public interface Accounts {

    /** The name of the account created at set-up for the command line of the installation. */
    String OPERATOR = "operator";

    Optional<UserAccount> find(String name);

    /** Every account, by name. */
    List<UserAccount> list();

    /**
     * Creates an account.
     *
     * @param password the password, or null for an account that cannot sign in with one (the local operator)
     * @throws AccountException when the name is taken or the password too weak
     */
    UserAccount create(Principal principal, char[] password);

    /** Replaces the reader attributes (clearance, nationality, posts, roles, channels) of an existing account. */
    UserAccount update(Principal principal);

    void setPassword(String name, char[] password);

    void setEnabled(String name, boolean enabled);

    /** Suspends access (after a bulk-access alert) until an administrator reinstates it. */
    void suspend(String name, String reason);

    void reinstate(String name);

    /**
     * Checks a password and records the attempt: a success clears the failure count, repeated failures lock the
     * account for a while.
     */
    SignInResult signIn(String name, char[] password, Instant now);
}
