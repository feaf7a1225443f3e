package org.chancery.cli.archive;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.chancery.cli.Main;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** The archive commands end to end, on invented cables in the Cablegate CSV layout, with the real readers. */
class ArchiveCommandsTest {

    @TempDir
    Path dir;

    record Run(int exit, String out, String err) {}

    private Run chancery(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out, true));
        cl.setErr(new PrintWriter(err, true));
        int exit = cl.execute(args);
        return new Run(exit, out.toString(), err.toString());
    }

    private Run withData(String command, String... args) {
        String[] all = new String[args.length + 3];
        all[0] = command;
        all[1] = "--data";
        all[2] = dir.resolve("data").toString();
        System.arraycopy(args, 0, all, 3, args.length);
        return chancery(all);
    }

    /** Invented cable {@code n} of the invented post Port Amber, citing {@code cites} (comma-free ids). */
    private static String row(int n, String level, String cites, String sentence) {
        String id = "07PORTAMBER" + n;
        String banner = level.equals("SECRET") ? "S E C R E T" : "C O N F I D E N T I A L";
        String text = banner + " PORT AMBER " + String.format("%06d", n) + "\n\nSIPDIS\n\n"
                + "E.O. 12958: DECL: 03/14/2017\nTAGS: PREL " + (n % 2 == 0 ? "ECON" : "PGOV") + " XA\n"
                + "SUBJECT: HARBOUR NOTE " + n + "\n\n"
                + "Classified By: Ambassador Ida Marrow, reasons 1.4 (b).\n\n"
                + "1. (C) The harbour council met. " + sentence + "\n\n2. (U) Nothing else.\n\nMARROW\n";
        String header = "VZCZCXYZ" + n + "\nPP RUEHAA\nDE RUEHPA #" + n + " 0730945\nZNY CCCCC ZZH\n"
                + "P 140945Z MAR 07\nFM AMEMBASSY PORT AMBER\nTO RUEHC/SECSTATE WASHDC PRIORITY " + n + "\n";
        return String.join(
                        ",",
                        q(String.valueOf(n)),
                        q("03/14/2007 09:45"),
                        q(id),
                        q("Embassy Port Amber"),
                        q(level),
                        q(cites),
                        q(header),
                        q(text))
                + "\n";
    }

    private static String q(String s) {
        return "\"" + s.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }

    private Path writeCsv(String name, String... rows) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        return Files.writeString(in.resolve(name), String.join("", rows));
    }

    @Test
    void importShowRefsAndStats() throws Exception {
        writeCsv(
                "a.csv",
                row(1, "CONFIDENTIAL", "", "Calm."),
                row(2, "SECRET", "07PORTAMBER1", "Calm."),
                row(3, "CONFIDENTIAL", "07PORTAMBER2|07GHOST9", "Calm."),
                "\"4\",\"broken row\"\n");

        Run imported = withData("import", dir.resolve("in").toString());

        assertThat(imported.exit()).as(imported.err()).isEqualTo(1);
        assertThat(imported.out()).contains("3 imported", "1 rejected", "rejected records: ");
        Path rejects = Path.of(imported.out().replaceAll("(?s).*rejected records: (\\S+).*", "$1"));
        assertThat(Files.readString(rejects)).contains("a.csv");

        Run again = withData("import", dir.resolve("in").toString());
        assertThat(again.out()).contains("0 imported", "3 unchanged");

        Run show = withData("show", "07PORTAMBER3");
        assertThat(show.exit()).isZero();
        assertThat(show.out())
                .contains("Reference: 07PORTAMBER3", "Version: 1 of 1", "Origin: Embassy Port Amber")
                .contains("TAGS: PREL PGOV XA", "1. (C) The harbour council met.");

        Run json = withData("show", "07PORTAMBER3", "--form", "json");
        assertThat(json.out()).contains("\"07PORTAMBER3\"", "\"PGOV\"");

        Run telegram = withData("show", "07PORTAMBER3", "--form", "telegram");
        assertThat(telegram.out()).contains("SUBJECT: HARBOUR NOTE 3", "NNNN");

        Run refs = withData("refs", "07PORTAMBER3", "--depth", "3");
        assertThat(refs.out()).contains("07PORTAMBER2", "07GHOST9  (not in the archive)");
        // The thread goes on through cable 2 to cable 1, one level deeper.
        assertThat(refs.out()).containsPattern("\n    07PORTAMBER1");
        Run citedBy = withData("refs", "07PORTAMBER1", "--depth", "2");
        assertThat(citedBy.out()).containsPattern("cited by:\n  07PORTAMBER2.*\n    07PORTAMBER3");

        Run stats = withData("stats");
        assertThat(stats.out())
                .contains("3 cables")
                .containsPattern("2007\\s+3")
                .containsPattern("SECRET\\s+1");
        assertThat(stats.out()).containsPattern("PREL\\s+3");

        assertThat(withData("show", "07NOWHERE1").exit()).isEqualTo(ShowCommand.NOT_FOUND);
    }

    @Test
    void changedTextBecomesAVersionThatShowAndDiffDisplay() throws Exception {
        Path csv = writeCsv("a.csv", row(1, "CONFIDENTIAL", "", "Calm."));
        withData("import", csv.toString());
        writeCsv("a.csv", row(1, "CONFIDENTIAL", "", "Stormy."));

        Run second = withData("import", csv.toString());

        assertThat(second.out()).contains("1 new versions");
        assertThat(withData("show", "07PORTAMBER1").out()).contains("Version: 2 of 2", "Stormy.");
        assertThat(withData("show", "07PORTAMBER1", "--version", "1").out()).contains("Version: 1 of 2", "Calm.");
        Run diff = withData("show", "07PORTAMBER1", "--diff", "1", "2");
        assertThat(diff.out())
                .contains("-1. (C) The harbour council met. Calm.", "+1. (C) The harbour council met. Stormy.");
        assertThat(withData("show", "07PORTAMBER1", "--version", "3").exit()).isEqualTo(ShowCommand.NOT_FOUND);
    }

    @Test
    void benchImportReportsThroughput() throws Exception {
        Path csv = writeCsv("sample.csv", row(1, "CONFIDENTIAL", "", "Calm."), row(2, "SECRET", "", "Calm."));

        Run bench = chancery("bench", "import", "--count", "50", csv.toString());

        assertThat(bench.exit()).as(bench.err()).isZero();
        assertThat(bench.out()).contains("50 cables", "cables/s", "MB/s", "heap peak");
    }

    @Test
    void variedIdsKeepYearPostAndSerialShape() {
        assertThat(BenchImportCommand.variedId("08LONDON2968", 3)).isEqualTo("08LONDON302968");
        assertThat(List.of(
                        BenchImportCommand.variedId("08LONDON2968", 1), BenchImportCommand.variedId("08LONDON2968", 2)))
                .doesNotHaveDuplicates();
    }
}
