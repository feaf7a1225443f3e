package org.chancery.archive.account;

import java.time.Instant;
import org.chancery.archive.access.Principal;

/**
 * A local account: the reader it signs in as, and the state that decides whether it may sign in and read.
 *
 * @param principal the reader's attributes (clearance, nationality, posts, roles, channels)
 * @param enabled false once an administrator disabled the account
 * @param suspendedReason why access is suspended (bulk-access alert), or null when it is not
 * @param failedSignIns consecutive failed sign-ins since the last success
 * @param lockedUntil when a lockout after repeated failures ends, or null
 * @param createdAt when the account was created
 */
public record UserAccount(
        Principal principal,
        boolean enabled,
        String suspendedReason,
        int failedSignIns,
        Instant lockedUntil,
        Instant createdAt) {

    public String name() {
        return principal.name();
    }

    public boolean suspended() {
        return suspendedReason != null;
    }

    public boolean lockedAt(Instant now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    /** Whether reads on behalf of this account may go ahead at all. */
    public boolean mayRead() {
        return enabled && !suspended();
    }
}
