package org.chancery.cli.messaging;

import java.io.PrintWriter;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.chancery.archive.room.CableView;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.messaging.inbox.InboxEntry;
import org.chancery.messaging.inbox.InboxItem;
import org.chancery.telegram.json.CableJson;
import org.chancery.telegram.read.ReferenceIds;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code chancery inbox}: what a post received, as the reader may see it. The list is made of the reading room's
 * headings, so a cable the reader may not read is not listed at all; opening one is a read like any other.
 */
@Command(
        name = "inbox",
        mixinStandardHelpOptions = true,
        description = "Lists the cables your post received, newest first, as you may see them (what you may not read"
                + " is not listed). `inbox show REFID` opens one.",
        subcommands = InboxCommand.Show.class)
public final class InboxCommand extends MessagingCommand {

    @Option(names = "--post", paramLabel = "POST", description = "The post, when you belong to several.")
    String post;

    @Option(names = "--unacked", description = "Only FLASH and NIACT cables still waiting for a duty officer.")
    boolean unacked;

    @Option(names = "--mine", description = "Only cables whose TAGS meet your profile or your offices' (see profile).")
    boolean mine;

    @Option(names = "--limit", paramLabel = "N", description = "At most N cables (default: ${DEFAULT-VALUE}).")
    int limit = 50;

    @Override
    String subject() {
        return post == null ? "inbox" : "inbox of " + post;
    }

    @Override
    int run(Desk desk) {
        RoutingEntry at = desk.post(post);
        List<InboxItem> items = desk.messaging().inbox().list(desk.me(), at, mine, limit);
        Table table = new Table("RECEIVED", "PRECEDENCE", "CABLE", "CLASSIFICATION", "FROM", "MCN", "ACK", "SUBJECT");
        for (InboxItem i : items) {
            InboxEntry e = i.entry();
            if (unacked && !e.awaitingAcknowledgement()) {
                continue;
            }
            table.row(
                    minute(e.receivedAt()),
                    e.precedence().label(),
                    e.referenceId(),
                    i.heading().classification().label(),
                    i.heading().origin(),
                    e.mcn(),
                    acknowledgement(e),
                    i.heading().subject());
        }
        if (table.isEmpty()) {
            desk.out()
                    .println("nothing " + (unacked ? "awaiting acknowledgement " : "") + "in the inbox of " + at.line()
                            + " for " + desk.me().name());
        } else {
            table.print(desk.out());
        }
        return MessagingExitCodes.OK;
    }

    static String acknowledgement(InboxEntry e) {
        if (!e.mustAcknowledge()) {
            return "-";
        }
        if (e.acknowledgedAt() != null) {
            return e.acknowledgedBy();
        }
        return e.escalatedAt() != null ? "OVERDUE" : "AWAITING";
    }

    static String minute(Instant t) {
        return t.truncatedTo(ChronoUnit.MINUTES).toString();
    }

    static String second(Instant t) {
        return t == null ? "-" : t.truncatedTo(ChronoUnit.SECONDS).toString();
    }

    /** The post's inbox entry of a cable, looked up by its canonical reference id. */
    static InboxEntry entry(Desk desk, RoutingEntry at, String typed) {
        String id = ReferenceIds.canonical(typed).orElse(typed.strip());
        return desk.messaging().inbox().entries(at.route(), Integer.MAX_VALUE).stream()
                .filter(e -> e.referenceId().equalsIgnoreCase(id))
                .findFirst()
                .orElseThrow(() -> new NotFoundException(at.line() + " has not received " + typed));
    }

    enum Form {
        telegram,
        json
    }

    @Command(
            name = "show",
            mixinStandardHelpOptions = true,
            description = "Opens a received cable through the reading room: its delivery, then the telegram as"
                    + " received (paragraphs you may not read withheld).")
    static final class Show extends MessagingCommand {
        @Parameters(index = "0", paramLabel = "REFID", description = "The cable, e.g. 26LONDON1.")
        String referenceId;

        @Option(names = "--post", paramLabel = "POST", description = "The post, when you belong to several.")
        String post;

        @Option(names = "--form", paramLabel = "FORM", description = "telegram or json (default: telegram).")
        Form form = Form.telegram;

        @Override
        String subject() {
            return referenceId;
        }

        @Override
        int run(Desk desk) {
            RoutingEntry at = desk.post(post);
            InboxEntry e = entry(desk, at, referenceId);
            CableView view = desk.session()
                    .readingRoom()
                    .open(desk.me(), e.referenceId())
                    .orElseThrow(() ->
                            new NotFoundException(e.referenceId() + " is not a cable in the archive you may open"));
            PrintWriter out = desk.out();
            if (form == Form.json) {
                out.println(CableJson.compact().pretty().withText().write(view.cable()));
                return MessagingExitCodes.OK;
            }
            out.println("# " + e.referenceId() + " at " + at.line() + ": "
                    + e.precedence().label() + ", MCN " + e.mcn() + ", released " + second(e.releasedAt())
                    + ", received " + second(e.receivedAt()));
            if (e.mustAcknowledge()) {
                out.println(
                        e.acknowledgedAt() == null
                                ? "# awaiting acknowledgement by a duty officer: chancery ack " + e.referenceId()
                                : "# acknowledged by " + e.acknowledgedBy() + " at " + second(e.acknowledgedAt()));
            }
            out.println(view.telegram() == null ? "" : view.telegram().stripTrailing());
            if (view.anyWithheld()) {
                desk.err()
                        .printf(
                                "note: %d paragraph(s) withheld: not releasable to %s%n",
                                view.withheld().size(), desk.me().name());
            }
            return MessagingExitCodes.OK;
        }
    }
}
