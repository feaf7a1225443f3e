package org.chancery.archive.account;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.SignInResult.Outcome;
import org.chancery.archive.jdbc.TestDatabase;
import org.chancery.telegram.model.Classification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** What every database under the accounts must do; one subclass per database. */
abstract class AccountsContract {

    static final Instant T0 = Instant.parse("2026-03-02T09:15:00Z");
    static final char[] GOOD = "correct horse battery".toCharArray();
    static final char[] WRONG = "incorrect horse battery".toCharArray();

    abstract TestDatabase freshDatabase() throws Exception;

    TestDatabase database;
    JdbcAccounts accounts;

    @BeforeEach
    void open() throws Exception {
        database = freshDatabase();
        accounts = new JdbcAccounts(database.dataSource(), Clock.fixed(T0, ZoneOffset.UTC));
    }

    @AfterEach
    void close() throws Exception {
        accounts.close();
        database.close();
    }

    static Principal analyst(String name) {
        return new Principal(
                name,
                Classification.SECRET,
                false,
                Set.of("GBR", "AUS"),
                Set.of("LONDON", "Embassy Canberra"),
                Set.of("reader", "records-officer"),
                Set.of("EXDIS"));
    }

    @Test
    void storesEveryReaderAttribute() {
        UserAccount created = accounts.create(analyst("hwatson"), GOOD);

        assertThat(created.principal()).isEqualTo(analyst("hwatson"));
        assertThat(created.enabled()).isTrue();
        assertThat(created.suspended()).isFalse();
        assertThat(created.failedSignIns()).isZero();
        assertThat(created.createdAt()).isEqualTo(T0);
        assertThat(accounts.find("hwatson")).contains(created);
        assertThat(accounts.find("nobody")).isEmpty();
    }

    @Test
    void listsAccountsByName() {
        accounts.create(analyst("zed"), GOOD);
        accounts.create(Principal.OPERATOR, null);
        accounts.create(analyst("amy"), GOOD);

        assertThat(accounts.list()).extracting(UserAccount::name).containsExactly("amy", "operator", "zed");
        assertThat(accounts.find("operator").orElseThrow().principal()).isEqualTo(Principal.OPERATOR);
    }

    @Test
    void keepsOnlyAnArgon2idHashOfThePassword() throws Exception {
        accounts.create(analyst("hwatson"), GOOD);

        try (Connection c = database.dataSource().getConnection();
                PreparedStatement ps = c.prepareStatement("SELECT password_hash FROM account WHERE name = ?")) {
            ps.setString(1, "hwatson");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                assertThat(rs.getString(1)).startsWith("$argon2id$").doesNotContain(new String(GOOD));
            }
        }
    }

    @Test
    void refusesTakenNamesWeakPasswordsAndUnknownRoles() {
        accounts.create(analyst("hwatson"), GOOD);

        assertThatThrownBy(() -> accounts.create(analyst("hwatson"), GOOD))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("exists already");
        assertThatThrownBy(() -> accounts.create(analyst("short"), "eleven char".toCharArray()))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("at least 12");
        assertThatThrownBy(() -> accounts.create(analyst("longaccountname"), "LongAccountName".toCharArray()))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("account name");
        Principal badRole =
                new Principal("x", Classification.SECRET, true, Set.of(), Set.of(), Set.of("superuser"), Set.of());
        assertThatThrownBy(() -> accounts.create(badRole, GOOD))
                .isInstanceOf(AccountException.class)
                .hasMessageContaining("unknown role superuser");
        assertThat(accounts.list()).extracting(UserAccount::name).containsExactly("hwatson");
    }

    @Test
    void signsInWithTheRightPasswordOnly() {
        accounts.create(analyst("hwatson"), GOOD);

        assertThat(accounts.signIn("hwatson", WRONG, T0).outcome()).isEqualTo(Outcome.BAD_CREDENTIALS);
        assertThat(accounts.find("hwatson").orElseThrow().failedSignIns()).isEqualTo(1);
        SignInResult ok = accounts.signIn("hwatson", GOOD, T0);
        assertThat(ok.succeeded()).isTrue();
        assertThat(ok.account().principal()).isEqualTo(analyst("hwatson"));
        assertThat(ok.account().failedSignIns()).isZero();
    }

    @Test
    void unknownAccountsAndPasswordlessAccountsAreBadCredentials() {
        accounts.create(Principal.OPERATOR, null);

        assertThat(accounts.signIn("nobody", GOOD, T0)).isEqualTo(new SignInResult(Outcome.BAD_CREDENTIALS, null));
        assertThat(accounts.signIn("operator", GOOD, T0)).isEqualTo(new SignInResult(Outcome.BAD_CREDENTIALS, null));
    }

    @Test
    void locksForFifteenMinutesAfterFiveFailures() {
        accounts.create(analyst("hwatson"), GOOD);
        for (int i = 0; i < AccountRules.FAILURES_BEFORE_LOCKOUT - 1; i++) {
            accounts.signIn("hwatson", WRONG, T0);
        }
        assertThat(accounts.find("hwatson").orElseThrow().lockedAt(T0)).isFalse();

        accounts.signIn("hwatson", WRONG, T0);

        UserAccount locked = accounts.find("hwatson").orElseThrow();
        assertThat(locked.lockedUntil()).isEqualTo(T0.plus(AccountRules.LOCKOUT));
        assertThat(accounts.signIn("hwatson", GOOD, T0.plus(Duration.ofMinutes(14)))
                        .outcome())
                .isEqualTo(Outcome.LOCKED);
        SignInResult after = accounts.signIn("hwatson", GOOD, T0.plus(Duration.ofMinutes(15)));
        assertThat(after.succeeded()).isTrue();
        assertThat(after.account().lockedUntil()).isNull();
    }

    @Test
    void guessesDuringALockoutDoNotCount() {
        accounts.create(analyst("hwatson"), GOOD);
        for (int i = 0; i < AccountRules.FAILURES_BEFORE_LOCKOUT; i++) {
            accounts.signIn("hwatson", WRONG, T0);
        }
        for (int i = 0; i < 3; i++) {
            assertThat(accounts.signIn("hwatson", WRONG, T0.plusSeconds(60)).outcome())
                    .isEqualTo(Outcome.LOCKED);
        }
        assertThat(accounts.find("hwatson").orElseThrow().failedSignIns())
                .isEqualTo(AccountRules.FAILURES_BEFORE_LOCKOUT);
    }

    @Test
    void disabledAndSuspendedAccountsAreRefusedWithTheirOwnOutcome() {
        accounts.create(analyst("hwatson"), GOOD);

        accounts.setEnabled("hwatson", false);
        assertThat(accounts.signIn("hwatson", GOOD, T0).outcome()).isEqualTo(Outcome.DISABLED);
        assertThat(accounts.signIn("hwatson", WRONG, T0).outcome()).isEqualTo(Outcome.BAD_CREDENTIALS);
        assertThat(accounts.find("hwatson").orElseThrow().mayRead()).isFalse();
        accounts.setEnabled("hwatson", true);

        accounts.suspend("hwatson", "cables-per-hour: 600 > 500");
        UserAccount suspended = accounts.find("hwatson").orElseThrow();
        assertThat(suspended.suspendedReason()).isEqualTo("cables-per-hour: 600 > 500");
        assertThat(suspended.mayRead()).isFalse();
        assertThat(accounts.signIn("hwatson", GOOD, T0).outcome()).isEqualTo(Outcome.SUSPENDED);

        accounts.reinstate("hwatson");
        assertThat(accounts.find("hwatson").orElseThrow().mayRead()).isTrue();
        assertThat(accounts.signIn("hwatson", GOOD, T0).succeeded()).isTrue();
    }

    @Test
    void updateReplacesTheAttributes() {
        accounts.create(analyst("hwatson"), GOOD);
        Principal promoted = new Principal(
                "hwatson",
                Classification.TOP_SECRET,
                true,
                Set.of(),
                Set.of("PARIS"),
                Set.of("reader", "administrator"),
                Set.of("NODIS", "ROGER"));

        accounts.update(promoted);

        assertThat(accounts.find("hwatson").orElseThrow().principal()).isEqualTo(promoted);
    }

    @Test
    void aNewPasswordReplacesTheOldAndLiftsALockout() {
        accounts.create(analyst("hwatson"), GOOD);
        for (int i = 0; i < AccountRules.FAILURES_BEFORE_LOCKOUT; i++) {
            accounts.signIn("hwatson", WRONG, T0);
        }
        char[] fresh = "a new and longer passphrase".toCharArray();

        accounts.setPassword("hwatson", fresh);

        assertThat(accounts.signIn("hwatson", GOOD, T0).outcome()).isEqualTo(Outcome.BAD_CREDENTIALS);
        assertThat(accounts.signIn("hwatson", fresh, T0).succeeded()).isTrue();
        assertThatThrownBy(() -> accounts.setPassword("hwatson", "hwatson".toCharArray()))
                .isInstanceOf(AccountException.class);
    }

    @Test
    void changesToUnknownAccountsAreRefused() {
        assertThatThrownBy(() -> accounts.update(analyst("ghost")))
                .isInstanceOf(AccountException.class)
                .hasMessage("no account named ghost");
        assertThatThrownBy(() -> accounts.setEnabled("ghost", false)).isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> accounts.suspend("ghost", "reason")).isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> accounts.reinstate("ghost")).isInstanceOf(AccountException.class);
        assertThatThrownBy(() -> accounts.setPassword("ghost", GOOD)).isInstanceOf(AccountException.class);
    }
}
