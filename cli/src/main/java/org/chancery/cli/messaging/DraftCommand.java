package org.chancery.cli.messaging;

import java.io.PrintWriter;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import org.chancery.archive.room.CableView;
import org.chancery.messaging.Messaging;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.messaging.draft.ClearanceStep;
import org.chancery.messaging.draft.Draft;
import org.chancery.messaging.draft.DraftCable;
import org.chancery.messaging.draft.DraftCheck;
import org.chancery.messaging.draft.DraftContent;
import org.chancery.messaging.draft.DraftDiff;
import org.chancery.messaging.draft.DraftJson;
import org.chancery.messaging.draft.DraftVersion;
import org.chancery.messaging.draft.Drafts;
import org.chancery.telegram.write.TelegramWriter;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chancery draft}: drafts of outgoing cables, their versions, checks and clearances. */
@Command(
        name = "draft",
        mixinStandardHelpOptions = true,
        description = "Drafts of outgoing cables: write, check, ask for clearance, clear or return; reply to, correct"
                + " or cancel a released cable. Releasing is `chancery release`.",
        synopsisSubcommandLabel = "COMMAND",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:done",
            "1:refused: the account may not do this (role, post, not asked to clear)",
            "2:the draft file cannot be read or is not a draft",
            "3:no such draft, version or cable",
            "4:the draft has errors (check), or a value is wrong",
            "5:the draft is not in a state for it (released, changed since asked)"
        },
        subcommands = {
            DraftCommand.New.class,
            DraftCommand.Edit.class,
            DraftCommand.Show.class,
            DraftCommand.ListDrafts.class,
            DraftCommand.Pending.class,
            DraftCommand.Diff.class,
            DraftCommand.Check.class,
            DraftCommand.Submit.class,
            DraftCommand.Clear.class,
            DraftCommand.Reject.class,
            DraftCommand.Reply.class,
            DraftCommand.Correct.class,
            DraftCommand.Cancel.class
        })
public final class DraftCommand {

    /** A command on one existing draft. */
    abstract static class OnDraft extends MessagingCommand {
        @Parameters(index = "0", paramLabel = "DRAFT", description = "The draft's number.")
        long id;

        @Override
        String subject() {
            return "draft " + id;
        }

        /** The draft, when the account may read it. */
        Draft draft(Desk desk) {
            return DraftAccess.readable(desk.messaging(), desk.me(), id);
        }

        static RoutingEntry postOf(Desk desk, Draft d) {
            return desk.messaging()
                    .directory()
                    .byRoute(d.postRoute())
                    .orElseThrow(() -> new IllegalStateException(
                            "the drafting post " + d.postRoute() + " is no longer in the routing directory"));
        }
    }

    @Command(
            name = "new",
            mixinStandardHelpOptions = true,
            description = "Creates a draft at your post from a file and/or options, and checks it.")
    static final class New extends MessagingCommand {
        @Mixin
        DraftFields fields;

        @Option(names = "--post", paramLabel = "POST", description = "The drafting post, when you belong to several.")
        String post;

        @Override
        String subject() {
            return null;
        }

        @Override
        int run(Desk desk) {
            RoutingEntry at = desk.post(post);
            DraftContent content = fields.applyTo(DraftFields.empty());
            Draft d = desk.messaging().drafts().create(desk.me(), at, content, Draft.Kind.ORIGINAL, null);
            desk.out().println("created draft " + d.id() + " at " + at.line() + " (version 1)");
            checkAndReport(desk, d, content, at);
            return MessagingExitCodes.OK;
        }
    }

    @Command(
            name = "edit",
            mixinStandardHelpOptions = true,
            description = "Saves a new version: the latest with the file and/or options applied. Clearances given to"
                    + " earlier versions no longer count.")
    static final class Edit extends OnDraft {
        @Mixin
        DraftFields fields;

        @Override
        int run(Desk desk) {
            if (!fields.any()) {
                throw new IllegalArgumentException("nothing to change: give --file or a field option");
            }
            Draft d = draft(desk);
            RoutingEntry at = postOf(desk, d);
            DraftContent content =
                    fields.applyTo(desk.messaging().drafts().latest(id).content());
            Draft saved = desk.messaging().drafts().save(desk.me(), id, content, at);
            desk.out().println("saved draft " + id + " version " + saved.latestVersion());
            checkAndReport(desk, saved, content, at);
            return MessagingExitCodes.OK;
        }
    }

    enum Form {
        text,
        json,
        telegram
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = false,
            description = "Shows a version of a draft (the latest by default) with its clearance chain, as the text"
                    + " file `draft edit --file` reads, as JSON, or as the telegram it would be (provisional numbers).")
    static final class Show extends OnDraft {
        // --version names a draft version here, so the standard -V/--version mixin cannot be used; help stays.
        @Option(
                names = {"-h", "--help"},
                usageHelp = true,
                description = "Show this help message and exit.")
        boolean help;

        @Option(names = "--version", paramLabel = "N", description = "A version (default: the latest).")
        Integer version;

        @Option(names = "--form", paramLabel = "FORM", description = "text, json or telegram (default: text).")
        Form form = Form.text;

        @Override
        int run(Desk desk) {
            Draft d = draft(desk);
            DraftVersion v = version(desk.messaging(), d, version);
            PrintWriter out = desk.out();
            switch (form) {
                case json -> out.print(DraftJson.write(v.content()) + "\n");
                case telegram -> {
                    RoutingEntry at = postOf(desk, d);
                    DraftCheck.Result r = desk.messaging().check().check(v.content(), at, desk.me());
                    OffsetDateTime now =
                            OffsetDateTime.now(desk.session().clock()).withOffsetSameInstant(ZoneOffset.UTC);
                    String provisional = String.format(Locale.ROOT, "%02d%s0", now.getYear() % 100, at.postId());
                    var cable = DraftCable.build(
                            v.content(),
                            at,
                            new DraftCable.Numbers(provisional, 0, now, "0000"),
                            r.to(),
                            r.info(),
                            r.refs());
                    out.println(new TelegramWriter().write(cable));
                    desk.err()
                            .println("note: provisional numbers; the release assigns the reference id, DTG,"
                                    + " serial and MCNs");
                }
                case text -> {
                    describe(out, desk.messaging(), d, v);
                    out.print(DraftText.write(v.content()));
                }
            }
            return MessagingExitCodes.OK;
        }

        private static void describe(PrintWriter out, Messaging messaging, Draft d, DraftVersion v) {
            out.println("# draft " + d.id() + " at " + d.postRoute() + ", drafted by " + d.drafter() + ", " + state(d));
            out.println("# version " + v.version() + " of " + d.latestVersion() + ", saved by " + v.savedBy() + " at "
                    + InboxCommand.second(v.savedAt()));
            for (ClearanceStep s : messaging.drafts().chain(d.id())) {
                out.println("# clearance " + s.step() + ": " + s.clearer() + " " + s.state() + " (version "
                        + s.draftVersion() + ", asked by " + s.requestedBy() + ")"
                        + (s.comment() == null ? "" : ": " + s.comment()));
            }
        }
    }

    @Command(
            name = "list",
            mixinStandardHelpOptions = true,
            description = "Lists your drafts at your post, newest first (--all: every draft of the post).")
    static final class ListDrafts extends MessagingCommand {
        @Option(names = "--post", paramLabel = "POST", description = "The post, when you belong to several.")
        String post;

        @Option(names = "--all", description = "Every draft of the post, not only yours.")
        boolean all;

        @Override
        String subject() {
            return null;
        }

        @Override
        int run(Desk desk) {
            RoutingEntry at = desk.post(post);
            Table table = new Table("DRAFT", "STATE", "VER", "DRAFTER", "CREATED", "CLEARANCE", "SUBJECT");
            for (Draft d : desk.messaging().drafts().list(at.route())) {
                if (!all && !d.drafter().equals(desk.me().name())) {
                    continue;
                }
                DraftContent c = desk.messaging().drafts().latest(d.id()).content();
                table.row(
                        d.id(),
                        state(d),
                        d.latestVersion(),
                        d.drafter(),
                        d.createdAt().truncatedTo(java.time.temporal.ChronoUnit.MINUTES),
                        clearance(desk.messaging(), d),
                        c.subject());
            }
            if (table.isEmpty()) {
                desk.out().println("no drafts" + (all ? "" : " of " + desk.me().name()) + " at " + at.line());
            } else {
                table.print(desk.out());
            }
            return MessagingExitCodes.OK;
        }
    }

    @Command(
            name = "pending",
            mixinStandardHelpOptions = true,
            description = "Lists the drafts waiting for your clearance (asked of you or of an office of yours).")
    static final class Pending extends MessagingCommand {
        @Override
        String subject() {
            return null;
        }

        @Override
        int run(Desk desk) {
            Table table = new Table("DRAFT", "POST", "VER", "ASKED BY", "ASKED OF", "SUBJECT");
            for (RoutingEntry post : desk.messaging().directory().all()) {
                for (Draft d : desk.messaging().drafts().list(post.route())) {
                    if (d.state() != Draft.State.IN_CLEARANCE) {
                        continue;
                    }
                    for (ClearanceStep s : desk.messaging().drafts().chain(d.id())) {
                        if (s.state() == ClearanceStep.State.REQUESTED && Drafts.asked(desk.me(), s.clearer())) {
                            table.row(
                                    d.id(),
                                    d.postRoute(),
                                    s.draftVersion(),
                                    s.requestedBy(),
                                    s.clearer(),
                                    desk.messaging()
                                            .drafts()
                                            .latest(d.id())
                                            .content()
                                            .subject());
                        }
                    }
                }
            }
            if (table.isEmpty()) {
                desk.out()
                        .println("no drafts wait for clearance by " + desk.me().name());
            } else {
                table.print(desk.out());
            }
            return MessagingExitCodes.OK;
        }
    }

    @Command(
            name = "diff",
            mixinStandardHelpOptions = true,
            description = "The difference between two versions as the telegrams they would be (default: the latest"
                    + " and the one before).")
    static final class Diff extends OnDraft {
        @Parameters(index = "1", arity = "0..1", paramLabel = "FROM", description = "The older version.")
        Integer from;

        @Parameters(index = "2", arity = "0..1", paramLabel = "TO", description = "The newer version.")
        Integer to;

        @Override
        int run(Desk desk) {
            Draft d = draft(desk);
            int newer = to == null ? d.latestVersion() : to;
            int older = from == null ? newer - 1 : from;
            if (older < 1) {
                throw new NotFoundException("draft " + id + " has only version 1: nothing to compare");
            }
            List<String> lines = DraftDiff.between(
                    version(desk.messaging(), d, older),
                    version(desk.messaging(), d, newer),
                    desk.messaging().check(),
                    postOf(desk, d),
                    desk.me());
            if (lines.isEmpty()) {
                desk.out().println("draft " + id + ": versions " + older + " and " + newer + " read the same");
            }
            lines.forEach(desk.out()::println);
            return MessagingExitCodes.OK;
        }
    }

    @Command(
            name = "check",
            mixinStandardHelpOptions = false,
            description = "Checks a draft (or a draft file, without saving it) with the format's rules and"
                    + " messaging's: addressees in the routing directory, REFs you may open. Exit 4 on any error.")
    static final class Check extends MessagingCommand {
        @Option(
                names = {"-h", "--help"},
                usageHelp = true,
                description = "Show this help message and exit.")
        boolean help;

        @Parameters(index = "0", arity = "0..1", paramLabel = "DRAFT", description = "The draft's number.")
        Long id;

        @Option(names = "--version", paramLabel = "N", description = "A version (default: the latest).")
        Integer version;

        @Option(
                names = {"-f", "--file"},
                paramLabel = "FILE",
                description = "Check a draft file instead (text or JSON), at your post.")
        String file;

        @Option(names = "--post", paramLabel = "POST", description = "The post a file is checked at.")
        String post;

        @Override
        String subject() {
            return id != null ? "draft " + id : file;
        }

        @Override
        int run(Desk desk) {
            if ((id == null) == (file == null)) {
                throw new IllegalArgumentException("name a draft or a --file to check (one of them)");
            }
            DraftContent content;
            RoutingEntry at;
            String what;
            if (id != null) {
                Draft d = DraftAccess.readable(desk.messaging(), desk.me(), id);
                DraftVersion v = version(desk.messaging(), d, version);
                content = v.content();
                at = OnDraft.postOf(desk, d);
                what = "draft " + id + " version " + v.version();
            } else {
                DraftFields f = new DraftFields();
                f.file = file;
                content = f.applyTo(DraftFields.empty());
                at = desk.post(post);
                what = file;
            }
            var findings =
                    desk.messaging().check().check(content, at, desk.me()).findings();
            return Findings.print(desk.out(), what, findings) ? MessagingExitCodes.INVALID : MessagingExitCodes.OK;
        }
    }

    @Command(
            name = "submit",
            mixinStandardHelpOptions = true,
            description = "Asks colleagues (account names) or offices (POL, ECON...) to clear the latest version, in"
                    + " the order given. Refused while the draft has errors.")
    static final class Submit extends OnDraft {
        @Parameters(index = "1..*", arity = "1..*", paramLabel = "CLEARER", description = "Who is to clear it.")
        List<String> clearers;

        @Override
        int run(Desk desk) {
            Draft d = draft(desk);
            RoutingEntry at = postOf(desk, d);
            var findings = desk.messaging()
                    .check()
                    .check(desk.messaging().drafts().latest(id).content(), at, desk.me())
                    .findings();
            if (Findings.errors(findings) > 0) {
                throw new org.chancery.messaging.draft.InvalidDraftException(
                        "draft " + id + " cannot go to clearance", findings);
            }
            for (String clearer : clearers) {
                ClearanceStep s = desk.messaging().drafts().requestClearance(desk.me(), id, clearer, at);
                desk.out()
                        .println("draft " + id + " version " + s.draftVersion() + ": clearance " + s.step()
                                + " asked of " + s.clearer());
            }
            return MessagingExitCodes.OK;
        }
    }

    @Command(name = "clear", mixinStandardHelpOptions = true, description = "Clears a draft you were asked to clear.")
    static final class Clear extends OnDraft {
        @Option(names = "--comment", paramLabel = "TEXT", description = "A comment for the drafter.")
        String comment;

        @Override
        int run(Desk desk) {
            draft(desk);
            ClearanceStep s = desk.messaging().drafts().decide(desk.me(), id, true, comment);
            desk.out()
                    .println("cleared draft " + id + " version " + s.draftVersion() + " (clearance " + s.step() + ", "
                            + s.clearer() + ")");
            var reason = Drafts.unclearedReason(
                    desk.messaging().drafts().get(id), desk.messaging().drafts().chain(id));
            desk.out()
                    .println(reason.map(r -> "still to clear: " + r).orElse("every clearance is in: ready to release"));
            return MessagingExitCodes.OK;
        }
    }

    @Command(
            name = "reject",
            aliases = "return",
            mixinStandardHelpOptions = true,
            description = "Returns a draft you were asked to clear to its drafter, saying why.")
    static final class Reject extends OnDraft {
        @Option(names = "--comment", required = true, paramLabel = "TEXT", description = "Why (required).")
        String comment;

        @Override
        int run(Desk desk) {
            draft(desk);
            ClearanceStep s = desk.messaging().drafts().decide(desk.me(), id, false, comment);
            desk.out()
                    .println("returned draft " + id + " version " + s.draftVersion() + " to its drafter: "
                            + s.comment());
            return MessagingExitCodes.OK;
        }
    }

    /** A new draft following up a released cable. */
    abstract static class FollowUp extends MessagingCommand {
        @Parameters(index = "0", paramLabel = "REFID", description = "The cable, e.g. 26LONDON1.")
        String referenceId;

        @Mixin
        DraftFields fields;

        @Override
        String subject() {
            return referenceId;
        }

        abstract Draft create(Desk desk);

        abstract String what();

        @Override
        int run(Desk desk) {
            Draft d = create(desk);
            RoutingEntry at = OnDraft.postOf(desk, d);
            DraftContent content = desk.messaging().drafts().latest(d.id()).content();
            if (fields.any()) {
                content = fields.applyTo(content);
                d = desk.messaging().drafts().save(desk.me(), d.id(), content, at);
            }
            desk.out()
                    .println("created draft " + d.id() + " at " + at.line() + ": " + what() + " " + referenceId
                            + " (version " + d.latestVersion() + ")");
            checkAndReport(desk, d, content, at);
            return MessagingExitCodes.OK;
        }
    }

    @Command(
            name = "reply",
            mixinStandardHelpOptions = true,
            description = "Drafts a reply at your post: to the sending post, citing the cable, with its"
                    + " classification, captions, TAGS and subject; write the text with the options or edit it.")
    static final class Reply extends FollowUp {
        @Option(names = "--post", paramLabel = "POST", description = "The drafting post, when you belong to several.")
        String post;

        @Override
        Draft create(Desk desk) {
            RoutingEntry at = desk.post(post);
            CableView original = desk.session()
                    .readingRoom()
                    .open(desk.me(), referenceId)
                    .orElseThrow(
                            () -> new NotFoundException(referenceId + " is not a cable in the archive you may open"));
            referenceId = original.referenceId();
            return desk.messaging().draftReply(desk.me(), at, original);
        }

        @Override
        String what() {
            return "reply to";
        }
    }

    @Command(
            name = "correct",
            mixinStandardHelpOptions = true,
            description = "Drafts a corrected copy of a released cable of your post (released as CORRECTED COPY,"
                    + " citing the original); the original is never changed.")
    static final class Correct extends FollowUp {
        @Override
        Draft create(Desk desk) {
            Draft d = followUp(desk, referenceId, Draft.Kind.CORRECTION);
            referenceId = d.corrects();
            return d;
        }

        @Override
        String what() {
            return "correction of";
        }
    }

    @Command(
            name = "cancel",
            mixinStandardHelpOptions = true,
            description = "Drafts the cancellation of a released cable of your post (released as CANCELLATION).")
    static final class Cancel extends FollowUp {
        @Override
        Draft create(Desk desk) {
            Draft d = followUp(desk, referenceId, Draft.Kind.CANCELLATION);
            referenceId = d.corrects();
            return d;
        }

        @Override
        String what() {
            return "cancellation of";
        }
    }

    private static Draft followUp(Desk desk, String referenceId, Draft.Kind kind) {
        if (desk.session().readingRoom().open(desk.me(), referenceId).isEmpty()) {
            throw new NotFoundException(referenceId + " is not a cable in the archive you may open");
        }
        return desk.messaging().draftFollowUp(desk.me(), referenceId, kind);
    }

    private static DraftVersion version(Messaging messaging, Draft d, Integer n) {
        int v = n == null ? d.latestVersion() : n;
        if (v < 1 || v > d.latestVersion()) {
            throw new NotFoundException(
                    "draft " + d.id() + " has no version " + v + " (versions 1 to " + d.latestVersion() + ")");
        }
        return messaging.drafts().version(d.id(), v);
    }

    private static void checkAndReport(Desk desk, Draft d, DraftContent content, RoutingEntry at) {
        var findings = desk.messaging().check().check(content, at, desk.me()).findings();
        Findings.print(desk.out(), "check of draft " + d.id() + " version " + d.latestVersion(), findings);
    }

    private static String state(Draft d) {
        String kind = d.kind() == Draft.Kind.ORIGINAL
                ? ""
                : " " + d.kind().name().toLowerCase(Locale.ROOT) + " of " + d.corrects();
        return switch (d.state()) {
                    case DRAFT -> "draft";
                    case IN_CLEARANCE -> "in clearance";
                    case RELEASED -> "released as " + d.releasedId();
                }
                + kind;
    }

    private static String clearance(Messaging messaging, Draft d) {
        if (d.state() == Draft.State.RELEASED) {
            return "-";
        }
        List<ClearanceStep> chain = messaging.drafts().chain(d.id());
        if (chain.isEmpty()) {
            return "none asked";
        }
        return Drafts.unclearedReason(d, chain).map(r -> "waiting").orElse("cleared");
    }
}
