package org.chancery.archive.account;

import java.time.Duration;

/** The rules on passwords and failed sign-ins, in one place. */
public final class AccountRules {

    /** Fewer characters than this and a password is refused. */
    public static final int MIN_PASSWORD_LENGTH = 12;

    /** Consecutive failed sign-ins that lock an account (and every further multiple of it). */
    public static final int FAILURES_BEFORE_LOCKOUT = 5;

    /** How long a lockout lasts. */
    public static final Duration LOCKOUT = Duration.ofMinutes(15);

    private AccountRules() {}

    /** Refuses a password too short or equal to the account name (ignoring case). */
    public static void checkPassword(String accountName, char[] password) {
        String candidate = new String(password);
        if (candidate.codePointCount(0, candidate.length()) < MIN_PASSWORD_LENGTH) {
            throw new AccountException(
                    "the password is too short: at least " + MIN_PASSWORD_LENGTH + " characters are required");
        }
        if (candidate.strip().equalsIgnoreCase(accountName)) {
            throw new AccountException("the password must not be the account name");
        }
    }

    /** Whether this count of consecutive failures starts a lockout. */
    static boolean locksAfter(int consecutiveFailures) {
        return consecutiveFailures > 0 && consecutiveFailures % FAILURES_BEFORE_LOCKOUT == 0;
    }
}
