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
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.write.CablegateCsvWriter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every reader × every classification × every way in at the command line: {@code show}, {@code search}, {@code refs},
 * {@code stats}, {@code export} and the declassification desk ({@code declass review}, {@code due}, {@code history}).
 * Each way in must admit exactly the cables the access rules let the reader see, and no other.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CliAccessMatrixTest {

    static final String PASSWORD = "a long enough passphrase";

    /** A reader account: clearance, nationality and whether it is a records officer. */
    record Reader(String name, Classification clearance, boolean usNational, boolean officer) {}

    /** A cable of the matrix: its level, whether it is NOFORN, and whether its declassification date is set. */
    record Kind(String id, Classification level, boolean noforn, boolean dated) {}

    static final String ROOT = "08NORHAVEN30";

    static final List<Kind> KINDS = List.of(
            new Kind("08NORHAVEN31", Classification.UNCLASSIFIED, false, false),
            new Kind("08NORHAVEN32", Classification.CONFIDENTIAL, false, true),
            new Kind("08NORHAVEN33", Classification.CONFIDENTIAL, false, false),
            new Kind("08NORHAVEN34", Classification.SECRET, false, true),
            new Kind("08NORHAVEN35", Classification.SECRET, false, false),
            new Kind("08NORHAVEN36", Classification.SECRET, true, false),
            new Kind("08NORHAVEN37", Classification.TOP_SECRET, false, true),
            new Kind("08NORHAVEN38", Classification.TOP_SECRET, false, false));

    static final List<Reader> READERS = List.of(
            new Reader("low", Classification.CONFIDENTIAL, true, false),
            new Reader("mid", Classification.SECRET, true, false),
            new Reader("partner", Classification.SECRET, false, false),
            new Reader("clerk", Classification.SECRET, true, true),
            new Reader("keeper", Classification.TOP_SECRET, true, true));

    @TempDir
    static Path dir;

    private Path data;

    @BeforeAll
    void archiveWithReaders() throws Exception {
        data = dir.resolve("data");
        Path csv = dir.resolve("cables.csv");
        try (Writer w = Files.newBufferedWriter(csv)) {
            CablegateCsvWriter writer = new CablegateCsvWriter(w);
            writer.write(cable(ROOT, Classification.UNCLASSIFIED, false, null, List.of()));
            for (Kind k : KINDS) {
                writer.write(cable(k.id(), k.level(), k.noforn(), k.dated() ? decl() : oadr(), List.of(ROOT)));
            }
            writer.flush();
        }
        assertThat(operator("import", csv.toString()).exit()).isZero();
        for (Reader r : READERS) {
            List<String> args = new ArrayList<>(List.of(
                    "users", "add", r.name(), "--clearance", r.clearance().name(), "--password-stdin"));
            if (!r.usNational()) {
                args.addAll(List.of("--foreign", "--rel-to", "GBR"));
            }
            if (r.officer()) {
                args.addAll(List.of("--roles", "reader,records-officer"));
            }
            Run added = new ArchiveCli(data).run(Map.of(), PASSWORD + "\n", args.toArray(String[]::new));
            assertThat(added.exit()).as(added.err()).isZero();
        }
    }

    static boolean visible(Reader r, Kind k) {
        return r.clearance().compareTo(k.level()) >= 0 && (!k.noforn() || r.usNational());
    }

    @Test
    void showOpensExactlyThePermittedCables() {
        for (Reader r : READERS) {
            for (Kind k : KINDS) {
                Run show = as(r, "show", k.id());
                assertThat(show.exit() == 0).as(r + " show " + k).isEqualTo(visible(r, k));
                if (!visible(r, k)) {
                    assertThat(show.out()).as(r + " show " + k).doesNotContain("tungsten");
                }
            }
        }
    }

    @Test
    void searchRefsStatsAndExportAdmitExactlyThePermittedCables() {
        for (Reader r : READERS) {
            String search = as(r, "search", "harbour", "--limit", "50").out();
            String refs = as(r, "refs", ROOT).out();
            String export = as(r, "export", "--format", "json").out();
            String stats = as(r, "stats").out();
            long expected = 1 + KINDS.stream().filter(k -> visible(r, k)).count();
            assertThat(stats).as(r + " stats").contains(expected + " cables");
            for (Kind k : KINDS) {
                boolean v = visible(r, k);
                assertThat(search.contains(k.id())).as(r + " search " + k).isEqualTo(v);
                assertThat(refs.contains(k.id())).as(r + " refs " + k).isEqualTo(v);
                assertThat(export.contains(k.id())).as(r + " export " + k).isEqualTo(v);
            }
        }
    }

    @Test
    void theDeclassificationDeskShowsOfficersOnlyWhatTheyMaySee() {
        String future = LocalDate.now().plusYears(40).toString();
        for (Reader r : READERS) {
            Run review = as(r, "declass", "review", "--limit", "50");
            Run due = as(r, "declass", "due", "--on", future);
            if (!r.officer()) {
                assertThat(review.exit()).as(r + " review").isNotZero();
                assertThat(due.exit()).as(r + " due").isNotZero();
                continue;
            }
            assertThat(review.exit()).as(review.err()).isZero();
            assertThat(due.exit()).as(due.err()).isZero();
            for (Kind k : KINDS) {
                boolean v = visible(r, k);
                boolean waiting = k.level() != Classification.UNCLASSIFIED && !k.dated();
                assertThat(review.out().contains(k.id())).as(r + " review " + k).isEqualTo(v && waiting);
                assertThat(due.out().contains(k.id())).as(r + " due " + k).isEqualTo(v && k.dated());
                Run history = as(r, "declass", "history", k.id());
                assertThat(history.exit() == 0).as(r + " history " + k).isEqualTo(v);
            }
        }
        Run decided = as(READERS.get(3), "declass", "exempt", "08NORHAVEN38", "--reason", "25X1");
        assertThat(decided.exit())
                .as("a SECRET officer decides on a TOP SECRET cable")
                .isNotZero();
        assertThat(decided.err()).contains("no cable 08NORHAVEN38");
    }

    private Run operator(String... args) {
        return new ArchiveCli(data).run(Map.of(), "", args);
    }

    private Run as(Reader r, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--as");
        all.add(r.name());
        return new ArchiveCli(data).run(Map.of("CHANCERY_PASSWORD", PASSWORD), "", all.toArray(String[]::new));
    }

    private static Declassification decl() {
        LocalDate on = LocalDate.now().plusYears(20);
        return new Declassification(
                "E.O. 12958",
                Declassification.Kind.DATE,
                on,
                String.format("%02d/%02d/%d", on.getMonthValue(), on.getDayOfMonth(), on.getYear()));
    }

    private static Declassification oadr() {
        return new Declassification("E.O. 12958", Declassification.Kind.OADR, null, "OADR");
    }

    private static Cable cable(
            String id, Classification level, boolean noforn, Declassification decl, List<String> cites) {
        String marking =
                level == Classification.UNCLASSIFIED ? "U" : level.name().substring(0, 1);
        return Cable.builder()
                .referenceId(id)
                .origin("Embassy Norhaven")
                .date(OffsetDateTime.of(2008, 5, 1, 12, 0, 0, 0, ZoneOffset.UTC))
                .classification(level)
                .handling(noforn ? List.of("NOFORN") : List.of())
                .captions(List.of("SIPDIS"))
                .subject("HARBOUR FEES")
                .tags(List.of("ECON", "NV"))
                .references(cites.stream()
                        .map(c -> new Reference(c, "08 NORHAVEN " + c.substring(10)))
                        .toList())
                .declassification(decl)
                .to(List.of(new Addressee("RUEHC", "SECSTATE WASHDC", "ROUTINE", null)))
                .paragraphs(List.of(new Paragraph(1, marking, "The harbour authority met the embassy on fees.")))
                .build();
    }
}
