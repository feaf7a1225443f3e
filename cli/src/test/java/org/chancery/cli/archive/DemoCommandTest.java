package org.chancery.cli.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.archive.access.Principal;
import org.chancery.archive.account.JdbcAccounts;
import org.chancery.archive.config.ArchiveLocation;
import org.chancery.archive.jdbc.Schema;
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
    void aSecondRunNeitherImportsNorMakesAccountsNorShowsPasswords() {
        demo();
        String again = demo();
        assertThat(again).contains("holds 60 cables (no import)").doesNotContain("shown this once");
        assertThat(READER_ROW.matcher(again).find()).isFalse();
    }
}
