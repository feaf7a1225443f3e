package org.chancery.archive.account;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import javax.sql.DataSource;
import org.chancery.archive.access.Principal;
import org.chancery.archive.jdbc.JdbcSession;
import org.chancery.archive.jdbc.SortableTime;
import org.chancery.telegram.model.Classification;

/**
 * Accounts in the archive's database (tables {@code account} and {@code account_attribute}), on SQLite or
 * PostgreSQL. Passwords are hashed outside any transaction: hashing is deliberately slow, and SQLite has one writer.
 */
public final class JdbcAccounts implements Accounts, AutoCloseable {

    private static final String COLUMNS =
            "name, password_hash, clearance, us_national, enabled, suspended_reason, failed_sign_ins, locked_until,"
                    + " created_at";

    private final JdbcSession db;
    private final Clock clock;
    private final PasswordHasher hasher = new PasswordHasher();

    /**
     * @param dataSource a database already migrated ({@link org.chancery.archive.jdbc.Schema#migrate})
     * @param clock for creation times
     */
    public JdbcAccounts(DataSource dataSource, Clock clock) {
        this.db = new JdbcSession(dataSource);
        this.clock = clock;
    }

    @Override
    public Optional<UserAccount> find(String name) {
        return db.read(
                "read the account " + name,
                c -> select(c, "WHERE name = ?", name).stream().findFirst());
    }

    @Override
    public List<UserAccount> list() {
        return db.read("list the accounts", c -> select(c, "ORDER BY name", null));
    }

    @Override
    public UserAccount create(Principal principal, char[] password) {
        String name = principal.name();
        if (name == null || name.isBlank() || !name.equals(name.strip())) {
            throw new AccountException("an account name must not be blank or start or end with spaces");
        }
        checkRoles(principal);
        if (password != null) {
            AccountRules.checkPassword(name, password);
        }
        String hash = password == null ? null : hasher.hash(password);
        Instant createdAt = clock.instant();
        return db.transaction("create the account " + name, c -> {
            if (!select(c, "WHERE name = ?", name).isEmpty()) {
                throw new AccountException("an account named " + name + " exists already");
            }
            try (PreparedStatement ps = c.prepareStatement(
                    "INSERT INTO account (" + COLUMNS + ") VALUES (?, ?, ?, ?, ?, NULL, 0, NULL, ?)")) {
                ps.setString(1, name);
                ps.setString(2, hash);
                ps.setString(3, principal.clearance().name());
                ps.setBoolean(4, principal.usNational());
                ps.setBoolean(5, true);
                ps.setString(6, SortableTime.format(createdAt));
                ps.executeUpdate();
            }
            insertAttributes(c, principal);
            return select(c, "WHERE name = ?", name).getFirst();
        });
    }

    @Override
    public UserAccount update(Principal principal) {
        checkRoles(principal);
        String name = principal.name();
        return db.transaction("update the account " + name, c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("UPDATE account SET clearance = ?, us_national = ? WHERE name = ?")) {
                ps.setString(1, principal.clearance().name());
                ps.setBoolean(2, principal.usNational());
                ps.setString(3, name);
                requireOne(ps.executeUpdate(), name);
            }
            try (PreparedStatement ps = c.prepareStatement("DELETE FROM account_attribute WHERE account_name = ?")) {
                ps.setString(1, name);
                ps.executeUpdate();
            }
            insertAttributes(c, principal);
            return select(c, "WHERE name = ?", name).getFirst();
        });
    }

    /** A new password also lifts a lockout and clears the failure count: the administrator vouches for the holder. */
    @Override
    public void setPassword(String name, char[] password) {
        AccountRules.checkPassword(name, password);
        String hash = hasher.hash(password);
        change(
                "set the password of " + name,
                "UPDATE account SET password_hash = ?, failed_sign_ins = 0, locked_until = NULL WHERE name = ?",
                hash,
                name);
    }

    @Override
    public void setEnabled(String name, boolean enabled) {
        db.transaction("enable or disable " + name, c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE account SET enabled = ? WHERE name = ?")) {
                ps.setBoolean(1, enabled);
                ps.setString(2, name);
                requireOne(ps.executeUpdate(), name);
            }
            return null;
        });
    }

    @Override
    public void suspend(String name, String reason) {
        if (reason == null || reason.isBlank()) {
            throw new AccountException("a suspension needs a reason");
        }
        change("suspend " + name, "UPDATE account SET suspended_reason = ? WHERE name = ?", reason, name);
    }

    @Override
    public void reinstate(String name) {
        change("reinstate " + name, "UPDATE account SET suspended_reason = NULL WHERE name = ? ", name);
    }

    @Override
    public SignInResult signIn(String name, char[] password, Instant now) {
        Optional<UserAccount> found = find(name);
        if (found.isEmpty()) {
            hasher.matches(password, null);
            return new SignInResult(SignInResult.Outcome.BAD_CREDENTIALS, null);
        }
        UserAccount account = found.get();
        if (account.lockedAt(now)) {
            // Not even checked: a locked account must not let guessing go on.
            hasher.matches(password, null);
            return new SignInResult(SignInResult.Outcome.LOCKED, null);
        }
        String hash = db.read("read the password of " + name, c -> passwordHash(c, name));
        if (!hasher.matches(password, hash)) {
            recordFailure(name, now);
            return new SignInResult(SignInResult.Outcome.BAD_CREDENTIALS, null);
        }
        // Whether the account may be used is told only to whoever knows its password.
        if (!account.enabled()) {
            return new SignInResult(SignInResult.Outcome.DISABLED, null);
        }
        if (account.suspended()) {
            return new SignInResult(SignInResult.Outcome.SUSPENDED, null);
        }
        change(
                "record the sign-in of " + name,
                "UPDATE account SET failed_sign_ins = 0, locked_until = NULL WHERE name = ?",
                name);
        return new SignInResult(SignInResult.Outcome.SIGNED_IN, find(name).orElseThrow());
    }

    /** Counts a failure in the database (so concurrent attempts all count) and locks on every fifth. */
    private void recordFailure(String name, Instant now) {
        db.transaction("record a failed sign-in of " + name, c -> {
            try (PreparedStatement ps =
                    c.prepareStatement("UPDATE account SET failed_sign_ins = failed_sign_ins + 1 WHERE name = ?")) {
                ps.setString(1, name);
                ps.executeUpdate();
            }
            int failures;
            try (PreparedStatement ps = c.prepareStatement("SELECT failed_sign_ins FROM account WHERE name = ?")) {
                ps.setString(1, name);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    failures = rs.getInt(1);
                }
            }
            if (AccountRules.locksAfter(failures)) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE account SET locked_until = ? WHERE name = ?")) {
                    ps.setString(1, SortableTime.format(now.plus(AccountRules.LOCKOUT)));
                    ps.setString(2, name);
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    @Override
    public void close() {
        db.close();
    }

    private static void checkRoles(Principal principal) {
        for (String role : principal.roles()) {
            try {
                Role.fromKey(role);
            } catch (IllegalArgumentException e) {
                throw new AccountException("unknown role " + role + " (known: " + knownRoles() + ")");
            }
        }
    }

    private static String knownRoles() {
        List<String> keys = new ArrayList<>();
        for (Role r : Role.values()) {
            keys.add(r.key());
        }
        return String.join(", ", keys);
    }

    /** Runs one UPDATE whose last parameter is the account name, refusing an unknown name. */
    private void change(String what, String sql, String... parameters) {
        db.transaction(what, c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < parameters.length; i++) {
                    ps.setString(i + 1, parameters[i]);
                }
                requireOne(ps.executeUpdate(), parameters[parameters.length - 1]);
            }
            return null;
        });
    }

    private static void requireOne(int updated, String name) {
        if (updated == 0) {
            throw new AccountException("no account named " + name);
        }
    }

    private static String passwordHash(Connection c, String name) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT password_hash FROM account WHERE name = ?")) {
            ps.setString(1, name);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static void insertAttributes(Connection c, Principal principal) throws SQLException {
        try (PreparedStatement ps =
                c.prepareStatement("INSERT INTO account_attribute (account_name, kind, member) VALUES (?, ?, ?)")) {
            for (AccountAttribute kind : AccountAttribute.values()) {
                for (String member : kind.of(principal)) {
                    ps.setString(1, principal.name());
                    ps.setString(2, kind.name());
                    ps.setString(3, member);
                    ps.addBatch();
                }
            }
            ps.executeBatch();
        }
    }

    /** Accounts with their attributes; {@code name} binds the one parameter of the clause when not null. */
    private static List<UserAccount> select(Connection c, String clause, String name) throws SQLException {
        Map<String, Map<AccountAttribute, Set<String>>> attributes = attributes(c, name);
        List<UserAccount> accounts = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM account " + clause)) {
            if (name != null) {
                ps.setString(1, name);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String accountName = rs.getString("name");
                    Map<AccountAttribute, Set<String>> sets =
                            attributes.getOrDefault(accountName, new EnumMap<>(AccountAttribute.class));
                    Principal principal = new Principal(
                            accountName,
                            Classification.valueOf(rs.getString("clearance")),
                            rs.getBoolean("us_national"),
                            sets.getOrDefault(AccountAttribute.REL_TO, Set.of()),
                            sets.getOrDefault(AccountAttribute.POST, Set.of()),
                            sets.getOrDefault(AccountAttribute.ROLE, Set.of()),
                            sets.getOrDefault(AccountAttribute.CHANNEL, Set.of()));
                    accounts.add(new UserAccount(
                            principal,
                            rs.getBoolean("enabled"),
                            rs.getString("suspended_reason"),
                            rs.getInt("failed_sign_ins"),
                            SortableTime.parse(rs.getString("locked_until")),
                            SortableTime.parse(rs.getString("created_at"))));
                }
            }
        }
        return accounts;
    }

    private static Map<String, Map<AccountAttribute, Set<String>>> attributes(Connection c, String name)
            throws SQLException {
        Map<String, Map<AccountAttribute, Set<String>>> byAccount = new HashMap<>();
        String sql = "SELECT account_name, kind, member FROM account_attribute"
                + (name == null ? "" : " WHERE account_name = ?");
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            if (name != null) {
                ps.setString(1, name);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    byAccount
                            .computeIfAbsent(rs.getString(1), n -> new EnumMap<>(AccountAttribute.class))
                            .computeIfAbsent(AccountAttribute.valueOf(rs.getString(2)), k -> new HashSet<>())
                            .add(rs.getString(3));
                }
            }
        }
        return byAccount;
    }
}
