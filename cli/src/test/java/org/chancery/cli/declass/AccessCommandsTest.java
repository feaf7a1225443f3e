package org.chancery.cli.declass;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chancery.cli.ArchiveCli;
import org.chancery.cli.ArchiveCli.Run;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.chancery.telegram.model.Declassification;
import org.chancery.telegram.model.Paragraph;
import org.chancery.telegram.write.CablegateCsvWriter;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The access decision at the command line: a low-clearance reader signed in with {@code --as} sees only what the
 * rules allow in {@code search}, {@code show} and {@code export}, withheld paragraphs replaced; records officers work
 * the declassification queue and the public export; refusals are audited.
 */
class AccessCommandsTest {

    static final String PASSWORD = "a long enough passphrase";
    static final String UNCLASSIFIED = "08NORHAVEN10";
    static final String SBU = "08NORHAVEN11";
    static final String CONFIDENTIAL = "08NORHAVEN12";
    static final String MISMARKED = "08NORHAVEN13";
    static final String SECRET_OADR = "08NORHAVEN14";
    static final String SECRET_DECLASSIFIED = "08NORHAVEN15";

    @TempDir
    Path dir;

    private Run chancery(Map<String, String> env, String stdin, String... args) {
        return new ArchiveCli(dir.resolve("data")).run(env, stdin, args);
    }

    private Run operator(String... args) {
        return chancery(Map.of(), "", args);
    }

    private Run as(String user, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--as");
        all.add(user);
        return chancery(Map.of("CHANCERY_PASSWORD", PASSWORD), "", all.toArray(String[]::new));
    }

    @BeforeEach
    void archiveWithReaders() throws Exception {
        Path csv = dir.resolve("cables.csv");
        try (Writer w = Files.newBufferedWriter(csv)) {
            CablegateCsvWriter writer = new CablegateCsvWriter(w);
            for (Cable c : cables()) {
                writer.write(c);
            }
            writer.flush();
        }
        assertThat(operator("import", csv.toString()).exit()).isZero();
        assertThat(chancery(
                                Map.of(),
                                PASSWORD + "\n",
                                "users",
                                "add",
                                "low",
                                "--clearance",
                                "CONFIDENTIAL",
                                "--posts",
                                "BERLIN",
                                "--password-stdin")
                        .exit())
                .isZero();
        assertThat(chancery(
                                Map.of(),
                                PASSWORD + "\n",
                                "users",
                                "add",
                                "keeper",
                                "--clearance",
                                "TOP_SECRET",
                                "--roles",
                                "reader,records-officer",
                                "--password-stdin")
                        .exit())
                .isZero();
    }

    @Test
    void aLowClearanceReaderSearchesShowsAndExportsOnlyWhatTheRulesAllow() {
        Run search = as("low", "search", "harbour");
        assertThat(search.exit()).isZero();
        assertThat(search.out())
                .contains(UNCLASSIFIED, SBU, CONFIDENTIAL, MISMARKED, SECRET_DECLASSIFIED)
                .doesNotContain(SECRET_OADR);

        assertThat(as("low", "show", SECRET_OADR).exit()).isNotZero();
        Run mismarked = as("low", "show", MISMARKED);
        assertThat(mismarked.exit()).isZero();
        assertThat(mismarked.out()).doesNotContain("tungsten").contains("withheld");
        assertThat(mismarked.err()).contains("1 paragraph(s) withheld");
        assertThat(as("low", "search", "tungsten").out()).doesNotContain(MISMARKED);
        assertThat(operator("search", "tungsten").out()).contains(MISMARKED);

        Run export = as("low", "export", "--format", "json");
        assertThat(export.exit()).isZero();
        assertThat(export.out().lines().count()).isEqualTo(5);
        assertThat(export.out()).doesNotContain(SECRET_OADR).doesNotContain("tungsten");

        Run refusals = operator("audit", "query", "--actor", "low", "--refused");
        assertThat(refusals.out()).contains(SECRET_OADR);
        assertThat(operator("audit", "verify").exit()).isZero();
    }

    @Test
    void recordsOfficersWorkTheReviewQueueAndOthersMayNot() {
        Run queue = as("keeper", "declass", "review");
        assertThat(queue.exit()).isZero();
        assertThat(queue.out()).contains(SECRET_OADR).contains("OADR").doesNotContain(SECRET_DECLASSIFIED);

        Run refused = as("low", "declass", "approve", SECRET_OADR);
        assertThat(refused.exit()).isEqualTo(1);
        assertThat(refused.err()).contains("not a records officer");

        assertThat(as("keeper", "declass", "approve", SECRET_OADR, "--reason", "reviewed")
                        .exit())
                .isZero();
        assertThat(as("low", "search", "harbour").out()).contains(SECRET_OADR);
        assertThat(as("keeper", "declass", "review").out()).doesNotContain(SECRET_OADR);
        assertThat(as("keeper", "declass", "history", SECRET_OADR).out())
                .contains("APPROVE")
                .contains("reviewed");

        assertThat(as("keeper", "declass", "exempt", SECRET_OADR).exit()).isNotZero(); // a reason is required
        assertThat(as("keeper", "declass", "exempt", SECRET_OADR, "--reason", "25X1")
                        .exit())
                .isZero();
        assertThat(as("low", "search", "harbour").out()).doesNotContain(SECRET_OADR);
    }

    @Test
    void thePublicExportHoldsOnlyPublicCables() throws Exception {
        Path out = dir.resolve("public.csv");
        Run run = as("keeper", "export", "--public", "--out", out.toString());
        assertThat(run.exit()).isZero();
        String csv = Files.readString(out);
        assertThat(csv).contains(UNCLASSIFIED, SECRET_DECLASSIFIED);
        assertThat(csv).doesNotContain(SBU).doesNotContain(CONFIDENTIAL).doesNotContain(SECRET_OADR);
        assertThat(as("low", "export", "--public").exit()).isEqualTo(1);
    }

    @Test
    void dueListsCablesWhoseDateIsComing() {
        Run due = as(
                "keeper",
                "declass",
                "due",
                "--on",
                LocalDate.now().plusYears(30).toString());
        assertThat(due.exit()).isZero();
        assertThat(due.out()).contains(CONFIDENTIAL).doesNotContain(SECRET_DECLASSIFIED);
    }

    private static List<Cable> cables() {
        LocalDate future = LocalDate.now().plusYears(20);
        return List.of(
                cable(UNCLASSIFIED, Classification.UNCLASSIFIED, List.of(), null, null, "U"),
                cable(SBU, Classification.UNCLASSIFIED, List.of("SBU"), null, null, "SBU"),
                cable(CONFIDENTIAL, Classification.CONFIDENTIAL, List.of(), decl(future), null, "C"),
                cable(MISMARKED, Classification.CONFIDENTIAL, List.of(), decl(future), "S", "C"),
                cable(
                        SECRET_OADR,
                        Classification.SECRET,
                        List.of(),
                        new Declassification("E.O. 12958", Declassification.Kind.OADR, null, "OADR"),
                        null,
                        "S"),
                cable(
                        SECRET_DECLASSIFIED,
                        Classification.SECRET,
                        List.of(),
                        decl(LocalDate.of(2018, 5, 1)),
                        null,
                        "S"));
    }

    private static Declassification decl(LocalDate on) {
        return new Declassification(
                "E.O. 12958",
                Declassification.Kind.DATE,
                on,
                String.format("%02d/%02d/%d", on.getMonthValue(), on.getDayOfMonth(), on.getYear()));
    }

    private static Cable cable(
            String id,
            Classification level,
            List<String> handling,
            Declassification decl,
            String overMarking,
            String marking) {
        List<Paragraph> paragraphs = new ArrayList<>();
        paragraphs.add(new Paragraph(1, marking, "The harbour authority met the embassy on fees."));
        if (overMarking != null) {
            paragraphs.add(new Paragraph(2, overMarking, "A broker offered tungsten through the port."));
        }
        return Cable.builder()
                .referenceId(id)
                .origin("Embassy Norhaven")
                .date(OffsetDateTime.of(2008, 5, 1, 12, 0, 0, 0, ZoneOffset.UTC))
                .classification(level)
                .handling(handling)
                .captions(List.of("SIPDIS"))
                .subject("HARBOUR FEES")
                .tags(List.of("ECON", "NV"))
                .declassification(decl)
                .to(List.of(new Addressee("RUEHC", "SECSTATE WASHDC", "ROUTINE", null)))
                .paragraphs(paragraphs)
                .build();
    }
}
