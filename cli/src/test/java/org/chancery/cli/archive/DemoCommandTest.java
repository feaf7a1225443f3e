package org.chancery.cli.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.JdbcAccounts;
import org.chancery.archive.config.ArchiveLocation;
import org.chancery.archive.jdbc.Schema;
import org.chancery.cli.ArchiveCli;
import org.chancery.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class DemoCommandTest {

    private static final Pattern READER_ROW =
            Pattern.compile("^  (demo-[a-z-]+)\\s+([a-z0-9]{4}(?:-[a-z0-9]{4}){3})\\s", Pattern.MULTILINE);

    @TempDir
    Path dir;

    private String demo() {
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(new StringWriter(), true));
        int exit = cl.execute("demo", "--data", dir.toString(), "--count", "60", "--no-serve");
        assertThat(exit).isZero();
        return out.toString();
    }

    @Test
    void theFirstRunImportsAndMakesEveryDemoReaderWithAPasswordThatSignsIn() {
        String out = demo();
        assertThat(out).contains("is empty: generating 60 sample cables").contains("shown this once");
        Matcher rows = READER_ROW.matcher(out);
        ArchiveLocation location = ArchiveLocation.resolve(dir.toString(), null, java.util.Map.of());
        try (JdbcAccounts accounts =
                new JdbcAccounts(Schema.migrate(location.database()), java.time.Clock.systemUTC())) {
            int n = 0;
            while (rows.find()) {
                n++;
                assertThat(accounts.signIn(rows.group(1), rows.group(2).toCharArray(), Instant.now())
                                .succeeded())
                        .as(rows.group(1))
                        .isTrue();
            }
            assertThat(n).isEqualTo(DemoReaders.all().size());
            List<Principal> readers = DemoReaders.all();
            assertThat(readers.stream().map(p -> p.clearance().label()).distinct())
                    .containsExactlyInAnyOrder("UNCLASSIFIED", "CONFIDENTIAL", "SECRET", "TOP SECRET");
            assertThat(readers)
                    .anyMatch(p -> !p.usNational() && p.releasability().contains("GBR"));
            assertThat(readers).anyMatch(p -> p.hasRole("records-officer"));
            assertThat(readers).anyMatch(p -> p.hasRole("administrator"));
        }
    }

    @Test
    void aSecondRunNeitherImportsNorMakesAccountsNorShowsPasswordsNorSendsAgain() {
        demo();
        String again = demo();
        assertThat(again)
                .contains("holds 62 cables (no import)")
                .doesNotContain("shown this once")
                .contains("Demo traffic: sent on an earlier run (chancery inbox --post RUEHC --as demo-duty)");
        assertThat(READER_ROW.matcher(again).find()).isFalse();
    }

    @Test
    void theDemoSendsTwoCablesFromLondonAndTheDutyOfficerAcknowledgesTheFlash() {
        String out = demo();
        assertThat(out)
                .contains("Demo traffic from RUEHLO/AMEMBASSY LONDON: drafted by demo-drafter, cleared by demo-pol,"
                        + " released by demo-releaser:")
                .contains("  4 deliveries made.");
        Matcher flash = Pattern.compile(
                        "^  (\\d{2}LONDON\\d+) +FLASH +CONFIDENTIAL +\\(C\\) HMG CLOSES PORTSMOUTH HARBOUR",
                        Pattern.MULTILINE)
                .matcher(out);
        assertThat(flash.find()).as(out).isTrue();
        String flashId = flash.group(1);
        assertThat(out).containsPattern("(?m)^      to RUEHC FLASH 0001, RUEHFR IMMEDIATE 0001$");
        assertThat(DemoReaders.all())
                .anyMatch(p -> p.hasRole("drafter") && p.posts().contains("LONDON"))
                .anyMatch(p -> p.hasRole("releasing-officer") && p.posts().contains("LONDON"))
                .anyMatch(p -> p.hasRole("duty-officer") && p.posts().contains("SECSTATE"));

        Map<String, String> passwords = new HashMap<>();
        Matcher rows = READER_ROW.matcher(out);
        while (rows.find()) {
            passwords.put(rows.group(1), rows.group(2));
        }
        ArchiveCli cli = new ArchiveCli(dir);
        Map<String, String> duty = Map.of("CHANCERY_PASSWORD", passwords.get("demo-duty"));
        ArchiveCli.Run inbox = cli.run(duty, "", "inbox", "--unacked", "--as", "demo-duty");
        assertThat(inbox.exit()).as(inbox.err()).isZero();
        assertThat(inbox.lines())
                .hasSize(2)
                .last()
                .asString()
                .contains("FLASH", flashId, "AWAITING", "HMG CLOSES PORTSMOUTH HARBOUR AFTER FERRY COLLISION");
        ArchiveCli.Run ack = cli.run(duty, "", "ack", flashId, "--as", "demo-duty");
        assertThat(ack.exit()).as(ack.err()).isZero();
        assertThat(ack.out()).startsWith("acknowledged " + flashId + " (FLASH, MCN 0001");
    }
}
