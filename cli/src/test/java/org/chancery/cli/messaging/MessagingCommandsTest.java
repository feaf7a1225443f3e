package org.chancery.cli.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Year;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chancery.archive.Archive;
import org.chancery.archive.config.ArchiveLocation;
import org.chancery.cli.ArchiveCli;
import org.chancery.cli.ArchiveCli.Run;
import org.chancery.messaging.Messaging;
import org.chancery.messaging.MessagingSettings;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Messaging through the command line on a SQLite archive: London drafts, a colleague clears, the releasing officer
 * releases, the dispatcher delivers, the Department's duty officer acknowledges; and every refusal in one line.
 */
class MessagingCommandsTest {

    static final String PASSWORD = "a long enough passphrase";

    /** The reference id London's first release of the year gets. */
    static final String FIRST =
            String.format("%02dLONDON1", Year.now(ZoneOffset.UTC).getValue() % 100);

    static final String SECOND =
            String.format("%02dLONDON2", Year.now(ZoneOffset.UTC).getValue() % 100);

    static final String DRAFT = """
            CLASSIFICATION: CONFIDENTIAL
            CAPTIONS: SIPDIS
            TO: RUEHC/SECSTATE WASHDC FLASH
            INFO: AMEMBASSY PARIS ROUTINE
            E.O. 13526: DECL: 12/06/2036
            CLASSIFIED BY: Lena Drafter, Political Officer, reasons 1.4 (b) and (d)
            TAGS: PREL, PGOV, UK
            SUBJECT: (C) HMG VIEWS ON THE SPRING MINISTERIAL

            1. (C) Summary. Officials walked us through the agenda
            item by item. End summary.

            2. (U) Comment follows septel.
            """;

    @TempDir
    Path dir;

    private ArchiveCli cli;

    @BeforeEach
    void accounts() {
        cli = new ArchiveCli(dir.resolve("data"));
        addUser("lena", "--posts", "LONDON", "--roles", "drafter,reader", "--clearance", "SECRET");
        addUser("paul", "--posts", "LONDON", "--roles", "reader", "--clearance", "SECRET");
        addUser("rhea", "--posts", "LONDON", "--roles", "releasing-officer,reader", "--clearance", "SECRET");
        addUser("dana", "--posts", "SECSTATE", "--roles", "duty-officer,reader", "--clearance", "SECRET");
        addUser("walt", "--posts", "SECSTATE", "--roles", "drafter,reader", "--clearance", "SECRET");
        addUser("uma", "--posts", "SECSTATE", "--roles", "reader", "--clearance", "UNCLASSIFIED");
    }

    private void addUser(String name, String... options) {
        List<String> args = new ArrayList<>(List.of("users", "add", name, "--password-stdin"));
        args.addAll(List.of(options));
        Run run = cli.run(Map.of(), PASSWORD + "\n", args.toArray(String[]::new));
        assertThat(run.exit()).as(run.err()).isZero();
    }

    private Run as(String user, String... args) {
        List<String> all = new ArrayList<>(List.of(args));
        all.add("--as");
        all.add(user);
        return cli.run(Map.of("CHANCERY_PASSWORD", PASSWORD), "", all.toArray(String[]::new));
    }

    private Run operator(String... args) {
        return cli.run(Map.of(), "", args);
    }

    private static Run ok(Run run) {
        assertThat(run.exit()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        return run;
    }

    private Path file(String name, String text) throws Exception {
        Path p = dir.resolve(name);
        Files.writeString(p, text);
        return p;
    }

    /** Drafts the London cable, has paul clear it and rhea release it; returns the release's output. */
    private Run releaseLondonCable() throws Exception {
        ok(as("lena", "draft", "new", "--file", file("draft.txt", DRAFT).toString()));
        ok(as("lena", "draft", "submit", "1", "paul"));
        ok(as("paul", "draft", "clear", "1"));
        return ok(as("rhea", "release", "1"));
    }

    @Test
    void draftCheckSubmitClearReleaseDispatchInboxAck() throws Exception {
        Run created =
                ok(as("lena", "draft", "new", "--file", file("draft.txt", DRAFT).toString()));
        assertThat(created.lines())
                .containsExactly(
                        "created draft 1 at RUEHLO/AMEMBASSY LONDON (version 1)",
                        "check of draft 1 version 1: 0 errors, 0 warnings (releasable)");
        assertThat(ok(as("lena", "draft", "check", "1")).out())
                .isEqualTo("draft 1 version 1: 0 errors, 0 warnings (releasable)\n");

        Run edited = ok(as(
                "lena",
                "draft",
                "edit",
                "1",
                "-p",
                "(C) Summary. Officials walked us through the agenda." + " End summary.",
                "-p",
                "(U) Comment will follow by septel."));
        assertThat(edited.lines()).first().isEqualTo("saved draft 1 version 2");
        assertThat(ok(as("lena", "draft", "diff", "1")).lines())
                .contains("-¶2. (U) Comment follows septel.", "+¶2. (U) Comment will follow by septel.");

        assertThat(ok(as("lena", "draft", "submit", "1", "paul")).out())
                .isEqualTo("draft 1 version 2: clearance 1 asked of paul\n");
        assertThat(ok(as("paul", "draft", "pending")).lines())
                .hasSize(2)
                .last()
                .asString()
                .startsWith("1 ")
                .contains("RUEHLO", "lena", "paul", "(C) HMG VIEWS ON THE SPRING MINISTERIAL");
        Run early = as("rhea", "release", "1");
        assertThat(early.exit()).isEqualTo(MessagingExitCodes.CONFLICT);
        assertThat(early.err())
                .isEqualTo("chancery: draft 1 cannot be released: clearance by paul is still outstanding\n");
        assertThat(ok(as("paul", "draft", "clear", "1", "--comment", "fine by POL"))
                        .lines())
                .containsExactly(
                        "cleared draft 1 version 2 (clearance 1, paul)", "every clearance is in: ready to release");
        assertThat(ok(as("lena", "draft", "show", "1")).lines())
                .contains("# clearance 1: paul CLEARED (version 2, asked by lena): fine by POL");

        Run released = ok(as("rhea", "release", "1"));
        assertThat(released.lines().get(0)).isEqualTo("released draft 1 as " + FIRST);
        assertThat(released.lines())
                .anyMatch(l -> l.matches("  DTG +\\d{6}Z [A-Z]{3} \\d{2}"))
                .anyMatch(l -> l.matches("  serial +1 \\(LONDON, \\d{4}\\)"))
                .anyMatch(l -> l.matches("  station serial +0001"))
                .anyMatch(l -> l.matches("  RUEHC/SECSTATE WASHDC +FLASH +0001"))
                .anyMatch(l -> l.matches("  RUEHFR/AMEMBASSY PARIS +ROUTINE +0001"))
                .contains("2 deliveries queued: `chancery dispatch` delivers them (a running server does it by"
                        + " itself)");
        assertThat(ok(as("rhea", "outbox")).lines())
                .anyMatch(l -> l.matches("FLASH +1"))
                .anyMatch(l -> l.matches("ROUTINE +1"))
                .anyMatch(l -> l.matches("total +2"))
                .contains("sent: 0");

        Run dispatched = ok(operator("dispatch"));
        assertThat(dispatched.lines())
                .containsExactly(
                        "outbox: 2 queued",
                        "sent 2 (FLASH 1, ROUTINE 1): " + FIRST + "/RUEHC/0001, " + FIRST + "/RUEHFR/0001; 0 still"
                                + " queued",
                        "delivered 2 deliveries; 0 queued");

        List<String> inbox = ok(as("dana", "inbox")).lines();
        assertThat(inbox).hasSize(2);
        assertThat(inbox.get(1))
                .matches(".*FLASH +" + FIRST + " +CONFIDENTIAL +Embassy London +0001 +AWAITING +HMG VIEWS.*");
        assertThat(ok(as("dana", "inbox", "--unacked")).lines()).hasSize(2);
        Run shown = ok(as("dana", "inbox", "show", FIRST.toLowerCase()));
        assertThat(shown.lines().get(0)).startsWith("# " + FIRST + " at RUEHC/SECSTATE WASHDC: FLASH, MCN 0001");
        assertThat(shown.lines())
                .contains("# awaiting acknowledgement by a duty officer: chancery ack " + FIRST)
                .contains("FM RUEHLO/AMEMBASSY LONDON", "TO RUEHC/SECSTATE WASHDC FLASH 0001")
                .anyMatch(l -> l.contains("Comment will follow by septel."));

        Run acked = ok(as("dana", "ack", FIRST));
        assertThat(acked.out())
                .startsWith("acknowledged " + FIRST + " (FLASH, MCN 0001, received ")
                .endsWith(") at RUEHC/SECSTATE WASHDC as dana\n");
        assertThat(ok(as("dana", "inbox", "--unacked")).out())
                .isEqualTo("nothing awaiting acknowledgement in the inbox of RUEHC/SECSTATE WASHDC for dana\n");
        assertThat(ok(as("dana", "escalations")).out()).isEqualTo("no open escalations at RUEHC\n");
        assertThat(ok(operator("audit", "query", "--action", "acknowledge")).out())
                .contains("dana ACKNOWLEDGE permitted " + FIRST);
    }

    @Test
    void everyRefusalIsOneLineNamingTheDraftOrCableWithItsExitCode() throws Exception {
        ok(as("lena", "draft", "new", "--file", file("draft.txt", DRAFT).toString()));

        Run notAReleaser = as("lena", "release", "1");
        assertThat(notAReleaser.exit()).isEqualTo(MessagingExitCodes.REFUSED);
        assertThat(notAReleaser.err())
                .isEqualTo("chancery: draft 1: lena is not a releasing officer of RUEHLO/AMEMBASSY LONDON\n");
        Run notAsked = as("paul", "draft", "clear", "1");
        assertThat(notAsked.exit()).isEqualTo(MessagingExitCodes.REFUSED);
        // paul is of London but no drafter and not asked yet: the draft is not his to read, let alone to clear
        assertThat(notAsked.err())
                .isEqualTo("chancery: paul may not read draft 1: not a drafter or releasing officer of RUEHLO nor"
                        + " asked to clear it\n");
        Run otherPost = as("dana", "draft", "show", "1");
        assertThat(otherPost.exit()).isEqualTo(MessagingExitCodes.REFUSED);
        assertThat(otherPost.err())
                .isEqualTo(
                        "chancery: dana may not read draft 1: not a drafter or releasing officer of RUEHLO nor asked to clear it\n");
        Run notADrafter = as("paul", "draft", "new", "--subject", "(U) TEST");
        assertThat(notADrafter.exit()).isEqualTo(MessagingExitCodes.REFUSED);
        assertThat(notADrafter.err()).isEqualTo("chancery: paul is not a drafter\n");

        Run unknown = as(
                "lena",
                "draft",
                "new",
                "--file",
                file("atlantis.txt", DRAFT.replace("INFO: AMEMBASSY PARIS ROUTINE", "INFO: AMEMBASSY ATLANTIS ROUTINE"))
                        .toString());
        assertThat(unknown.exit()).as("the draft is saved with its findings").isZero();
        assertThat(unknown.lines())
                .contains("  error MSG-A001 [info] unknown addressee AMEMBASSY ATLANTIS: not a routing indicator,"
                        + " address or post in the directory");
        Run check = as("lena", "draft", "check", "2");
        assertThat(check.exit()).isEqualTo(MessagingExitCodes.INVALID);
        assertThat(check.lines())
                .last()
                .isEqualTo("draft 2 version 1: 1 error, 0 warnings (not releasable until fixed)");
        Run submit = as("lena", "draft", "submit", "2", "paul");
        assertThat(submit.exit()).isEqualTo(MessagingExitCodes.INVALID);
        assertThat(submit.err())
                .isEqualTo("chancery: draft 2 cannot go to clearance: error MSG-A001 [info] unknown"
                        + " addressee AMEMBASSY ATLANTIS: not a routing indicator, address or post in the directory\n");
        Run release = as("rhea", "release", "2");
        assertThat(release.exit()).isEqualTo(MessagingExitCodes.INVALID);
        assertThat(release.err()).startsWith("chancery: draft 2 cannot be released: error MSG-A001 [info]");

        Run unreadable = as(
                "lena",
                "draft",
                "new",
                "--file",
                file("bad.txt", "FROM: nobody\n").toString());
        assertThat(unreadable.exit()).isEqualTo(MessagingExitCodes.UNREADABLE);
        assertThat(unreadable.err())
                .startsWith("chancery: " + dir.resolve("bad.txt") + ", line 1: unknown field FROM;");
        Run missing = as("lena", "draft", "show", "9");
        assertThat(missing.exit()).isEqualTo(MessagingExitCodes.NOT_FOUND);
        assertThat(missing.err()).isEqualTo("chancery: no draft 9\n");

        ok(as("rhea", "release", "1"));
        Run afterRelease = as("lena", "draft", "edit", "1", "--subject", "(C) CHANGED");
        assertThat(afterRelease.exit()).isEqualTo(MessagingExitCodes.CONFLICT);
        assertThat(afterRelease.err())
                .isEqualTo("chancery: draft 1 was released as " + FIRST
                        + " and cannot be edited; draft a correction or a cancellation instead\n");
        ok(operator("dispatch"));
        Run notDuty = as("walt", "ack", FIRST);
        assertThat(notDuty.exit()).isEqualTo(MessagingExitCodes.REFUSED);
        assertThat(notDuty.err())
                .isEqualTo("chancery: " + FIRST + ": walt is not a duty officer of" + " RUEHC/SECSTATE WASHDC\n");
        Run notReceived = as("rhea", "ack", FIRST);
        assertThat(notReceived.exit()).isEqualTo(MessagingExitCodes.NOT_FOUND);
        assertThat(notReceived.err()).isEqualTo("chancery: RUEHLO/AMEMBASSY LONDON has not received " + FIRST + "\n");
        assertThat(ok(as("uma", "inbox")).out())
                .as("an UNCLASSIFIED reader is not shown the CONFIDENTIAL cable at all")
                .isEqualTo("nothing in the inbox of RUEHC/SECSTATE WASHDC for uma\n");
        Run peek = as("uma", "inbox", "show", FIRST);
        assertThat(peek.exit()).isEqualTo(MessagingExitCodes.NOT_FOUND);
        assertThat(peek.err()).isEqualTo("chancery: " + FIRST + " is not a cable in the archive you may open\n");
        Run operatorPost = operator("inbox");
        assertThat(operatorPost.exit()).isEqualTo(MessagingExitCodes.INVALID);
        assertThat(operatorPost.err())
                .isEqualTo(
                        "chancery: inbox: operator belongs to every post: name one with --post (e.g. --post RUEHLO)\n");
    }

    @Test
    void anUnacknowledgedFlashEscalatesAndIsListedUntilTheDutyOfficerAcknowledgesIt() throws Exception {
        releaseLondonCable();
        ok(operator("dispatch"));
        // ten minutes on, as the background job of a server would see it: past the FLASH limit of five
        Clock later = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10));
        try (Archive archive =
                        Archive.open(ArchiveLocation.resolve(dir.resolve("data").toString(), null, Map.of()), later);
                Messaging messaging = Messaging.open(archive, MessagingSettings.defaults())) {
            assertThat(messaging.escalate()).extracting(e -> e.postRoute()).containsExactly("RUEHC");
        }

        List<String> open = ok(as("dana", "escalations")).lines();
        assertThat(open).hasSize(2);
        assertThat(open.get(1))
                .contains("RUEHC", FIRST, "FLASH " + FIRST + " received ", "is not acknowledged after 5 min");
        assertThat(ok(as("dana", "inbox", "--unacked")).lines().get(1)).contains(FIRST, "OVERDUE");
        ok(as("dana", "ack", FIRST));
        assertThat(ok(as("dana", "escalations")).out()).isEqualTo("no open escalations at RUEHC\n");
        assertThat(ok(operator("escalations")).out())
                .as("an account of every post sees every post's")
                .isEqualTo("no open escalations at RUEHC, RUEHFR\n");
    }

    @Test
    void repliesCorrectionsAndCancellationsFollowUpAReleasedCable() throws Exception {
        releaseLondonCable();
        ok(operator("dispatch"));

        Run correction = ok(as(
                "lena",
                "draft",
                "correct",
                FIRST,
                "-p",
                "(C) Summary. Officials walked us through" + " the agenda item by item, twice. End summary.",
                "-p",
                "(U) Comment follows septel."));
        assertThat(correction.lines().get(0))
                .isEqualTo("created draft 2 at RUEHLO/AMEMBASSY LONDON: correction of " + FIRST + " (version 2)");
        assertThat(ok(as("lena", "draft", "diff", "2")).lines())
                .anyMatch(l -> l.startsWith("+") && l.contains("twice"));
        assertThat(ok(as("rhea", "release", "2")).lines().get(0)).isEqualTo("released draft 2 as " + SECOND);
        ok(operator("dispatch"));
        assertThat(ok(as("dana", "inbox")).lines())
                .anyMatch(l -> l.contains(SECOND) && l.contains("CORRECTED COPY - HMG VIEWS"));
        assertThat(ok(as("dana", "inbox", "show", SECOND)).lines())
                .contains("REF: " + FIRST.substring(0, 2) + " LONDON 1");

        Run cancellation = ok(as("lena", "draft", "cancel", FIRST));
        assertThat(cancellation.lines().get(0))
                .isEqualTo("created draft 3 at RUEHLO/AMEMBASSY LONDON: cancellation of " + FIRST + " (version 1)");
        assertThat(ok(as("lena", "draft", "show", "3")).lines())
                .contains("# draft 3 at RUEHLO, drafted by lena, draft cancellation of " + FIRST)
                .contains("1. (U) Please cancel " + FIRST + ".");

        Run reply = ok(as(
                "walt",
                "draft",
                "reply",
                FIRST,
                "-p",
                "(C) The Department shares HMG's reading.",
                "--classified-by",
                "Walt Reader, Desk Officer, reasons 1.4 (d)"));
        assertThat(reply.lines())
                .containsExactly(
                        "created draft 4 at RUEHC/SECSTATE WASHDC: reply to " + FIRST + " (version 2)",
                        "check of draft 4 version 2: 0 errors, 0 warnings (releasable)");
        assertThat(ok(as("walt", "draft", "show", "4")).lines())
                .contains(
                        "TO: RUEHLO/AMEMBASSY LONDON ROUTINE",
                        "REF: " + FIRST,
                        "SUBJECT: HMG VIEWS ON THE SPRING MINISTERIAL",
                        "1. (C) The Department shares HMG's reading.");
        Run wrongPost = as("walt", "draft", "correct", FIRST);
        assertThat(wrongPost.exit()).isEqualTo(MessagingExitCodes.REFUSED);
        assertThat(wrongPost.err())
                .isEqualTo("chancery: " + FIRST + ": walt does not belong to RUEHLO/AMEMBASSY" + " LONDON\n");
    }

    @Test
    void theTextFormWrittenByShowReadsBackAsTheSameDraft() throws Exception {
        ok(as("lena", "draft", "new", "--file", file("draft.txt", DRAFT).toString()));
        String shown = ok(as("lena", "draft", "show", "1")).out();
        ok(as("lena", "draft", "edit", "1", "--file", file("shown.txt", shown).toString()));
        assertThat(ok(as("lena", "draft", "diff", "1", "1", "2")).out())
                .isEqualTo("draft 1: versions 1 and 2 read the same\n");
        assertThat(ok(as("lena", "draft", "show", "1", "--form", "json")).out())
                .isEqualTo(ok(as("lena", "draft", "show", "1", "--version", "1", "--form", "json"))
                        .out());
        Run telegram = as("lena", "draft", "show", "1", "--form", "telegram");
        assertThat(telegram.exit()).isZero();
        assertThat(telegram.lines()).contains("TO RUEHC/SECSTATE WASHDC FLASH", "TAGS: PREL PGOV UK");
        assertThat(telegram.err()).startsWith("note: provisional numbers");
        Run list = ok(as("lena", "draft", "list"));
        assertThat(list.lines()).hasSize(2);
        assertThat(list.lines().get(1)).matches("1 +draft +2 +lena .* none asked +\\(C\\) HMG VIEWS.*");
    }

    @Test
    void directoryEditsAreForAdministratorsAndCollectivesExpandOnRelease() throws Exception {
        assertThat(ok(as("lena", "directory", "list", "PARIS")).lines())
                .containsExactly(
                        "ROUTE   ADDRESS          KIND  SOURCE    SEEN  MEMBERS",
                        "RUEHFR  AMEMBASSY PARIS  post  built-in  0     -");
        Run refused = as("lena", "directory", "put", "RUEHXX", "EUROPEAN POLITICAL COLLECTIVE");
        assertThat(refused.exit()).isEqualTo(MessagingExitCodes.REFUSED);
        assertThat(refused.err()).isEqualTo("chancery: RUEHXX: lena is not an administrator\n");
        assertThat(ok(operator(
                                "directory",
                                "put",
                                "RUEHXX",
                                "EUROPEAN POLITICAL COLLECTIVE",
                                "--members",
                                "RUEHFR,RUEHRL,RUEHRO"))
                        .out())
                .isEqualTo("put RUEHXX/EUROPEAN POLITICAL COLLECTIVE (collective of RUEHFR, RUEHRL, RUEHRO)\n");
        Run badMember = operator("directory", "put", "RUEHXY", "NOWHERE COLLECTIVE", "--members", "RUEHQQ");
        assertThat(badMember.exit()).isEqualTo(MessagingExitCodes.INVALID);
        assertThat(badMember.err()).isEqualTo("chancery: RUEHXY: member RUEHQQ is not in the routing directory\n");

        ok(as("lena", "draft", "new", "--file", file("draft.txt", DRAFT).toString(), "--info", "RUEHXX"));
        Run released = ok(as("rhea", "release", "1"));
        assertThat(released.lines())
                .anyMatch(l -> l.matches("  RUEHFR/AMEMBASSY PARIS +ROUTINE +0001"))
                .anyMatch(l -> l.matches("  RUEHRL/AMEMBASSY BERLIN +ROUTINE +0001"))
                .anyMatch(l -> l.matches("  RUEHRO/AMEMBASSY ROME +ROUTINE +0001"))
                .contains("4 deliveries queued: `chancery dispatch` delivers them (a running server does it by"
                        + " itself)");

        assertThat(ok(operator("directory", "learn")).out()).startsWith("read 1 cables: ");
        assertThat(ok(operator("directory", "remove", "RUEHXX")).out()).isEqualTo("removed RUEHXX\n");
        Run gone = operator("directory", "remove", "RUEHXX");
        assertThat(gone.exit()).isEqualTo(MessagingExitCodes.NOT_FOUND);
        assertThat(gone.err()).isEqualTo("chancery: no routing indicator RUEHXX in the directory\n");
        assertThat(ok(operator("audit", "query", "--action", "directory")).lines())
                .anyMatch(l -> l.contains("operator DIRECTORY permitted routing directory put RUEHXX"))
                .anyMatch(l -> l.contains("removed RUEHXX"));
    }

    @Test
    void theTagsProfileChoosesTheCablesOfInboxMine() throws Exception {
        releaseLondonCable();
        ok(operator("dispatch"));

        assertThat(ok(as("dana", "profile", "set", "PTER")).out()).isEqualTo("profile of dana at RUEHC: PTER\n");
        assertThat(ok(as("dana", "inbox", "--mine")).out())
                .isEqualTo("nothing in the inbox of RUEHC/SECSTATE WASHDC for dana\n");
        ok(as("dana", "profile", "set", "PTER", "pgov, PREL"));
        assertThat(ok(as("dana", "inbox", "--mine")).lines()).hasSize(2);
        assertThat(ok(as("dana", "profile", "list")).lines())
                .containsExactly(
                        "TAGS profiles at RUEHC/SECSTATE WASHDC:",
                        "HOLDER        KIND      TAGS",
                        "dana          reader    PGOV, PREL, PTER",
                        "inbox --mine  together  PGOV, PREL, PTER");

        Run office = as("dana", "profile", "set", "PK", "--office", "POL");
        assertThat(office.exit()).isEqualTo(MessagingExitCodes.REFUSED);
        assertThat(office.err())
                .isEqualTo("chancery: dana may not change the profile of POL: it requires the role administrator\n");
        assertThat(ok(operator("profile", "set", "PREL", "--office", "POL", "--post", "RUEHC"))
                        .out())
                .isEqualTo("profile of POL at RUEHC: PREL\n");
        assertThat(ok(operator("profile", "list", "--office", "POL", "--post", "RUEHC"))
                        .lines())
                .contains("POL     office  PREL");
        assertThat(ok(as("dana", "profile", "remove")).out()).isEqualTo("profile of dana at RUEHC: none\n");
        assertThat(ok(as("dana", "inbox", "--mine")).out())
                .isEqualTo("nothing in the inbox of RUEHC/SECSTATE WASHDC for dana\n");
    }
}
