package org.chancery.cli.admin;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import javax.sql.DataSource;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.JdbcAccounts;
import org.chancery.archive.audit.JdbcAuditLog;
import org.chancery.archive.jdbc.DatabaseTarget;
import org.chancery.archive.jdbc.Schema;
import org.chancery.archive.monitor.AccessThresholds;
import org.chancery.archive.monitor.CableFootprint;
import org.chancery.archive.monitor.JdbcAccessMonitor;
import org.chancery.cli.ArchiveCli;
import org.chancery.cli.ArchiveCli.Run;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The identity and administration commands end to end on a SQLite archive, with the environment given. */
class AdminCommandsTest {

    static final String PASSWORD = "a long enough passphrase";

    @TempDir
    Path dir;

    private Run chancery(Map<String, String> env, String stdin, String... args) {
        return new ArchiveCli(dir.resolve("data")).run(env, stdin, args);
    }

    private Run asOperator(String... args) {
        return chancery(Map.of(), "", args);
    }

    private Run as(String user, String password, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--as");
        all.add(user);
        return chancery(Map.of("CHANCERY_PASSWORD", password), "", all.toArray(String[]::new));
    }

    private Run addUser(String name, String... options) {
        List<String> all = new ArrayList<>(List.of("users", "add", name, "--password-stdin"));
        all.addAll(List.of(options));
        return chancery(Map.of(), PASSWORD + "\n", all.toArray(String[]::new));
    }

    private DataSource database() {
        return Schema.migrate(DatabaseTarget.sqlite(dir.resolve("data").resolve("chancery.db")));
    }

    /** The audit log's lines, read as the operator (which adds a record of its own at the end). */
    private List<String> auditLines(String... filters) {
        List<String> args = new ArrayList<>(List.of("audit", "query"));
        args.addAll(List.of(filters));
        Run run = asOperator(args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
        return run.lines();
    }

    @Test
    void theOperatorAccountIsCreatedOnFirstUse() {
        Run list = asOperator("users", "list");

        assertThat(list.exit()).as(list.err()).isZero();
        assertThat(list.lines()).hasSize(2);
        assertThat(list.lines().get(0)).startsWith("NAME").contains("CLEARANCE", "ROLES", "STATE");
        assertThat(list.lines().get(1))
                .startsWith("operator")
                .contains("TOP_SECRET", "US", "administrator,reader,records-officer", "*", "active");
    }

    @Test
    void addsAndListsAccountsWithEveryAttribute() {
        Run add = addUser(
                "hwatson",
                "--clearance",
                "secret",
                "--foreign",
                "--rel-to",
                "gbr,aus",
                "--posts",
                "LONDON,Embassy Canberra",
                "--roles",
                "reader,records-officer",
                "--channels",
                "exdis");

        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(add.out()).isEqualTo("created hwatson\n");
        String row = asOperator("users", "list").lines().get(1);
        assertThat(row)
                .startsWith("hwatson")
                .contains("SECRET", "foreign", "AUS,GBR", "EXDIS", "reader,records-officer", "Embassy Canberra,LONDON")
                .doesNotContain("argon2");
        assertThat(auditLines("--action", "administer", "--target", "hwatson"))
                .singleElement()
                .asString()
                .contains("operator ADMINISTER permitted hwatson users add clearance=SECRET foreign=true");
    }

    @Test
    void refusesAWeakPasswordInOneLine() {
        Run add = chancery(Map.of(), "short\n", "users", "add", "hwatson", "--clearance", "SECRET", "--password-stdin");

        assertThat(add.exit()).isEqualTo(1);
        assertThat(add.err()).isEqualTo("chancery: the password is too short: at least 12 characters are required\n");
        assertThat(asOperator("users", "list").lines()).hasSize(2);
    }

    @Test
    void signsInWithTheEnvironmentsPasswordAndAuditsIt() {
        addUser("admin", "--clearance", "TS", "--roles", "administrator");

        Run add = chancery(
                Map.of("CHANCERY_PASSWORD", PASSWORD),
                PASSWORD + "\n",
                "users",
                "add",
                "mholmes",
                "--clearance",
                "CONFIDENTIAL",
                "--password-stdin",
                "--as",
                "admin");

        assertThat(add.exit()).as(add.err()).isZero();
        assertThat(auditLines("--actor", "admin"))
                .hasSize(2)
                .satisfies(lines -> assertThat(lines.get(0)).contains("admin SIGN_IN permitted command line SIGNED_IN"))
                .satisfies(lines -> assertThat(lines.get(1)).contains("admin ADMINISTER permitted mholmes users add"));
    }

    @Test
    void aRefusedSignInExitsOneWithTheSameLineForEveryCause() {
        addUser("hwatson", "--clearance", "SECRET");

        Run wrong = as("hwatson", "not the passphrase", "users", "list");
        Run unknown = as("nobody", PASSWORD, "users", "list");
        Run operator = as("operator", PASSWORD, "users", "list");

        assertThat(wrong.exit()).isEqualTo(1);
        assertThat(wrong.err()).isEqualTo("chancery: sign-in refused for hwatson\n");
        assertThat(wrong.out()).isEmpty();
        assertThat(unknown.err()).isEqualTo("chancery: sign-in refused for nobody\n");
        assertThat(operator.exit()).isEqualTo(1);
        assertThat(auditLines("--action", "SIGN_IN", "--refused"))
                .hasSize(3)
                .allSatisfy(line -> assertThat(line).contains("SIGN_IN REFUSED command line BAD_CREDENTIALS"));
    }

    @Test
    void readersWithoutTheRoleAreRefusedAndAudited() {
        addUser("hwatson", "--clearance", "SECRET", "--roles", "reader");
        addUser("clerk", "--clearance", "SECRET", "--roles", "records-officer");

        Run list = as("hwatson", PASSWORD, "users", "list");
        Run verify = as("hwatson", PASSWORD, "audit", "verify");
        Run clerkList = as("clerk", PASSWORD, "users", "list");
        Run clerkVerify = as("clerk", PASSWORD, "audit", "verify");
        Run clerkQuery = as("clerk", PASSWORD, "audit", "query", "--actor", "hwatson");

        assertThat(list.exit()).isEqualTo(1);
        assertThat(list.err())
                .isEqualTo("chancery: hwatson may not run users list: it requires the role administrator\n");
        assertThat(verify.err())
                .isEqualTo("chancery: hwatson may not run audit verify: it requires the role administrator or"
                        + " records-officer\n");
        assertThat(clerkList.exit()).isEqualTo(1);
        assertThat(clerkVerify.exit()).as(clerkVerify.err()).isZero();
        assertThat(clerkQuery.exit()).isZero();
        assertThat(clerkQuery.lines()).anySatisfy(l -> assertThat(l).contains("hwatson ADMINISTER REFUSED accounts"));
        assertThat(auditLines("--action", "ADMINISTER", "--refused"))
                .extracting(l -> l.substring(l.indexOf(' ', l.indexOf(' ') + 1) + 1))
                .containsExactly(
                        "hwatson ADMINISTER REFUSED accounts users list: requires the role administrator",
                        "hwatson ADMINISTER REFUSED audit-log audit verify: requires the role administrator or"
                                + " records-officer",
                        "clerk ADMINISTER REFUSED accounts users list: requires the role administrator");
    }

    @Test
    void setChangesOnlyTheGivenAttributesAndThePassword() {
        addUser("hwatson", "--clearance", "SECRET", "--posts", "LONDON", "--roles", "reader");
        String fresh = "another long passphrase";

        Run set = chancery(
                Map.of(), fresh + "\n", "users", "set", "hwatson", "--clearance", "TOP-SECRET", "--password-stdin");

        assertThat(set.exit()).as(set.err()).isZero();
        assertThat(set.out()).isEqualTo("changed hwatson: clearance=TOP_SECRET password\n");
        assertThat(asOperator("users", "list").lines().get(1)).contains("TOP_SECRET", "LONDON", " US ");
        assertThat(as("hwatson", PASSWORD, "audit", "verify").err()).contains("sign-in refused");
        assertThat(as("hwatson", fresh, "audit", "verify").err()).contains("may not run audit verify");
        assertThat(asOperator("users", "set", "ghost", "--foreign").err())
                .isEqualTo("chancery: no account named ghost\n");
    }

    @Test
    void disabledAccountsCannotSignInUntilEnabled() {
        addUser("admin", "--clearance", "SECRET", "--roles", "administrator");

        assertThat(asOperator("users", "disable", "admin").out()).isEqualTo("disabled admin\n");
        assertThat(as("admin", PASSWORD, "users", "list").err()).isEqualTo("chancery: sign-in refused for admin\n");
        assertThat(asOperator("users", "list").lines().get(1)).contains("disabled");
        assertThat(asOperator("users", "enable", "admin").out()).isEqualTo("enabled admin\n");
        assertThat(as("admin", PASSWORD, "users", "list").exit()).isZero();
        assertThat(auditLines("--action", "SIGN_IN"))
                .extracting(l -> l.substring(l.lastIndexOf(' ') + 1))
                .containsExactly("DISABLED", "SIGNED_IN");
    }

    @Test
    void alertsAreListedAcknowledgedAndTheReaderReinstated() throws Exception {
        addUser("bulk", "--clearance", "SECRET");
        DataSource db = database();
        try (JdbcAccounts accounts = new JdbcAccounts(db, Clock.systemUTC());
                JdbcAuditLog audit = new JdbcAuditLog(db);
                JdbcAccessMonitor monitor = new JdbcAccessMonitor(db, accounts, audit, Clock.systemUTC())) {
            monitor.setThresholds(new AccessThresholds(3, 40, 60));
            Principal bulk = accounts.find("bulk").orElseThrow().principal();
            List<CableFootprint> four = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                four.add(new CableFootprint("09X" + i, "Embassy Paris", List.of("PREL")));
            }
            monitor.observe(bulk, four, Instant.parse("2026-03-02T09:00:00Z"));
        }

        Run open = asOperator("alerts");
        assertThat(open.lines()).containsExactly("1 2026-03-02T09:00:00Z bulk cables-per-hour 4 > 3 open");
        assertThat(asOperator("users", "list").lines().get(1))
                .startsWith("bulk")
                .contains("suspended");
        assertThat(as("bulk", PASSWORD, "audit", "verify").err()).isEqualTo("chancery: sign-in refused for bulk\n");

        assertThat(asOperator("alerts", "ack", "1").out()).isEqualTo("acknowledged alert 1\n");
        assertThat(asOperator("alerts").out()).isEqualTo("no open alerts\n");
        assertThat(asOperator("alerts", "--all").lines())
                .containsExactly("1 2026-03-02T09:00:00Z bulk cables-per-hour 4 > 3 acknowledged by operator");
        assertThat(asOperator("alerts", "ack", "7").err()).isEqualTo("chancery: no alert numbered 7\n");

        assertThat(asOperator("users", "reinstate", "bulk").out()).isEqualTo("reinstated bulk\n");
        assertThat(asOperator("users", "list").lines().get(1)).contains("active");
        assertThat(auditLines("--target", "bulk", "--limit", "1"))
                .singleElement()
                .asString()
                .contains("users reinstate; was: bulk access: cables-per-hour 4 > 3");
        assertThat(auditLines("--action", "ALERT"))
                .singleElement()
                .asString()
                .contains("bulk ALERT REFUSED cables-per-hour");
    }

    @Test
    void thresholdsArePrintedAndSet() {
        assertThat(asOperator("monitor", "thresholds").lines())
                .containsExactly("cables-per-hour 500", "new-origins-per-hour 40", "new-tags-per-hour 60");

        Run set = asOperator("monitor", "thresholds", "--cables-per-hour", "250", "--new-tags-per-hour", "30");

        assertThat(set.lines())
                .containsExactly("cables-per-hour 250", "new-origins-per-hour 40", "new-tags-per-hour 30");
        assertThat(asOperator("monitor", "thresholds").lines()).first().isEqualTo("cables-per-hour 250");
        assertThat(asOperator("monitor", "thresholds", "--new-origins-per-hour", "0")
                        .err())
                .startsWith("chancery: every threshold must be at least 1");
        assertThat(auditLines("--target", "access-thresholds"))
                .singleElement()
                .asString()
                .endsWith("monitor thresholds: 500/40/60 -> 250/40/30");
    }

    @Test
    void verifyFindsTampering() throws Exception {
        addUser("hwatson", "--clearance", "SECRET");
        addUser("mholmes", "--clearance", "SECRET");
        Run intact = asOperator("audit", "verify");
        assertThat(intact.exit()).isZero();
        assertThat(intact.out()).isEqualTo("audit log intact: 2 records\n");

        try (Connection c = database().getConnection();
                Statement st = c.createStatement()) {
            st.execute("DROP TRIGGER audit_record_no_update");
            st.execute("UPDATE audit_record SET target = 'someone-else' WHERE sequence = 2");
        }
        Run broken = asOperator("audit", "verify");

        assertThat(broken.exit()).isEqualTo(1);
        assertThat(broken.out())
                .isEqualTo("audit log broken at record 2: record 2 was edited: its contents do not match its hash\n");
    }

    @Test
    void queryFiltersAndLimits() {
        addUser("hwatson", "--clearance", "SECRET");
        as("hwatson", "wrong passphrase!", "users", "list");
        as("hwatson", PASSWORD, "users", "list");

        assertThat(auditLines("--actor", "hwatson")).hasSize(3);
        assertThat(auditLines("--actor", "hwatson", "--limit", "1"))
                .singleElement()
                .asString()
                .contains("ADMINISTER REFUSED");
        assertThat(auditLines("--actor", "hwatson", "--action", "sign_in", "--refused"))
                .singleElement()
                .asString()
                .contains("BAD_CREDENTIALS");
        assertThat(auditLines("--since", "2000-01-01", "--until", "2000-01-02")).isEmpty();
        assertThat(asOperator("audit", "query", "--since", "yesterday").exit()).isEqualTo(2);
    }

    @Test
    void everyAdministrativeCommandRefusesAPlainReader() {
        addUser("hwatson", "--clearance", "SECRET", "--roles", "reader");
        List<List<String>> commands = List.of(
                List.of("users", "add", "someone", "--clearance", "SECRET", "--password-stdin"),
                List.of("users", "list"),
                List.of("users", "set", "hwatson", "--roles", "administrator"),
                List.of("users", "disable", "operator"),
                List.of("users", "enable", "hwatson"),
                List.of("users", "reinstate", "hwatson"),
                List.of("audit", "verify"),
                List.of("audit", "query"),
                List.of("alerts"),
                List.of("alerts", "ack", "1"),
                List.of("monitor", "thresholds", "--cables-per-hour", "1"));

        for (List<String> command : commands) {
            Run run = as("hwatson", PASSWORD, command.toArray(String[]::new));
            assertThat(run.exit()).as(String.join(" ", command)).isEqualTo(1);
            assertThat(run.err())
                    .as(String.join(" ", command))
                    .startsWith("chancery: hwatson may not run " + command.get(0))
                    .doesNotContain("Exception");
        }

        assertThat(auditLines("--actor", "hwatson", "--action", "ADMINISTER", "--refused"))
                .hasSize(commands.size());
        assertThat(asOperator("users", "list").lines().get(1)).contains(" reader ");
        assertThat(asOperator("monitor", "thresholds").lines()).first().isEqualTo("cables-per-hour 500");
    }

    @Test
    void readCommandsSignInToo() {
        addUser("hwatson", "--clearance", "SECRET");

        Run signedIn = as("hwatson", PASSWORD, "stats");
        Run refused = as("hwatson", "not the passphrase", "stats");

        assertThat(signedIn.exit()).as(signedIn.err()).isZero();
        assertThat(signedIn.out()).startsWith("0 cables");
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).isEqualTo("chancery: sign-in refused for hwatson\n");
        assertThat(refused.out()).isEmpty();
    }
}
