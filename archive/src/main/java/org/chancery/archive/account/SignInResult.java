package org.chancery.archive.account;

/**
 * The outcome of one sign-in attempt. Callers show the same message for every refusal, so that a wrong password and
 * an unknown account cannot be told apart; the outcome is for the audit log.
 *
 * @param outcome what happened
 * @param account the account signed in, or null when refused
 */
public record SignInResult(Outcome outcome, UserAccount account) {

    public enum Outcome {
        SIGNED_IN,
        BAD_CREDENTIALS,
        LOCKED,
        DISABLED,
        SUSPENDED
    }

    public boolean succeeded() {
        return outcome == Outcome.SIGNED_IN;
    }
}
