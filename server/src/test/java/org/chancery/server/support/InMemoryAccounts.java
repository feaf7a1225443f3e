package org.chancery.server.support;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.AccountException;
import org.chancery.archive.account.Accounts;
import org.chancery.archive.account.SignInResult;
import org.chancery.archive.account.UserAccount;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;

/**
 * Accounts held in memory for the server's tests until the archive's JDBC accounts land on this branch: bcrypt
 * hashes, lockout after five failures for fifteen minutes.
 */
public final class InMemoryAccounts implements Accounts {

    private static final int LOCK_AFTER = 5;
    private static final Duration LOCK_FOR = Duration.ofMinutes(15);

    private final BCryptPasswordEncoder hasher = new BCryptPasswordEncoder(4);
    private final Map<String, UserAccount> accounts = new ConcurrentHashMap<>();
    private final Map<String, String> hashes = new ConcurrentHashMap<>();

    @Override
    public Optional<UserAccount> find(String name) {
        return Optional.ofNullable(accounts.get(name));
    }

    @Override
    public List<UserAccount> list() {
        List<UserAccount> all = new ArrayList<>(accounts.values());
        all.sort(Comparator.comparing(UserAccount::name));
        return all;
    }

    @Override
    public synchronized UserAccount create(Principal principal, char[] password) {
        if (accounts.containsKey(principal.name())) {
            throw new AccountException("account " + principal.name() + " exists");
        }
        UserAccount account = new UserAccount(principal, true, null, 0, null, Instant.now());
        accounts.put(principal.name(), account);
        if (password != null) {
            hashes.put(principal.name(), hasher.encode(new String(password)));
        }
        return account;
    }

    @Override
    public UserAccount update(Principal principal) {
        return accounts.computeIfPresent(
                principal.name(),
                (n, a) -> new UserAccount(
                        principal, a.enabled(), a.suspendedReason(), a.failedSignIns(), a.lockedUntil(), a.createdAt()));
    }

    @Override
    public void setPassword(String name, char[] password) {
        hashes.put(name, hasher.encode(new String(password)));
    }

    @Override
    public void setEnabled(String name, boolean enabled) {
        accounts.computeIfPresent(
                name,
                (n, a) -> new UserAccount(
                        a.principal(), enabled, a.suspendedReason(), a.failedSignIns(), a.lockedUntil(), a.createdAt()));
    }

    @Override
    public void suspend(String name, String reason) {
        accounts.computeIfPresent(
                name,
                (n, a) -> new UserAccount(
                        a.principal(), a.enabled(), reason, a.failedSignIns(), a.lockedUntil(), a.createdAt()));
    }

    @Override
    public void reinstate(String name) {
        suspend(name, null);
    }

    @Override
    public synchronized SignInResult signIn(String name, char[] password, Instant now) {
        UserAccount a = accounts.get(name);
        if (a == null || !hashes.containsKey(name)) {
            return new SignInResult(SignInResult.Outcome.BAD_CREDENTIALS, null);
        }
        if (a.lockedAt(now)) {
            return new SignInResult(SignInResult.Outcome.LOCKED, null);
        }
        if (!hasher.matches(new String(password), hashes.get(name))) {
            int failed = a.failedSignIns() + 1;
            accounts.put(
                    name,
                    new UserAccount(
                            a.principal(),
                            a.enabled(),
                            a.suspendedReason(),
                            failed,
                            failed >= LOCK_AFTER ? now.plus(LOCK_FOR) : a.lockedUntil(),
                            a.createdAt()));
            return new SignInResult(SignInResult.Outcome.BAD_CREDENTIALS, null);
        }
        if (!a.enabled()) {
            return new SignInResult(SignInResult.Outcome.DISABLED, null);
        }
        if (a.suspended()) {
            return new SignInResult(SignInResult.Outcome.SUSPENDED, null);
        }
        UserAccount cleared = new UserAccount(a.principal(), true, null, 0, null, a.createdAt());
        accounts.put(name, cleared);
        return new SignInResult(SignInResult.Outcome.SIGNED_IN, cleared);
    }
}
