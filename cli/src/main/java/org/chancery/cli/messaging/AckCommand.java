package org.chancery.cli.messaging;

import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.messaging.inbox.InboxEntry;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chancery ack}: a duty officer acknowledges a FLASH or NIACT IMMEDIATE cable received by the post. */
@Command(
        name = "ack",
        mixinStandardHelpOptions = true,
        description = "Acknowledges a FLASH or NIACT IMMEDIATE cable your post received (duty officers), having read"
                + " it through the reading room. Unacknowledged, such traffic escalates to the post's roster.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:acknowledged (or acknowledged before)",
            "1:refused: not a duty officer of the post, or may not read the cable",
            "3:the post has not received the cable",
            "4:the cable needs no acknowledgement"
        })
public final class AckCommand extends MessagingCommand {

    @Parameters(index = "0", paramLabel = "REFID", description = "The cable, e.g. 26LONDON1.")
    String referenceId;

    @Option(names = "--post", paramLabel = "POST", description = "The receiving post, when you belong to several.")
    String post;

    @Override
    String subject() {
        return referenceId;
    }

    @Override
    int run(Desk desk) {
        RoutingEntry at = desk.post(post);
        InboxEntry before = InboxCommand.entry(desk, at, referenceId);
        InboxEntry e = desk.messaging().inbox().acknowledge(desk.me(), at, before.referenceId());
        if (before.acknowledgedAt() != null) {
            desk.out()
                    .println(e.referenceId() + " at " + at.route() + " was acknowledged already by "
                            + e.acknowledgedBy() + " at " + InboxCommand.second(e.acknowledgedAt()));
        } else {
            desk.out()
                    .println("acknowledged " + e.referenceId() + " ("
                            + e.precedence().label() + ", MCN " + e.mcn() + ", received "
                            + InboxCommand.second(e.receivedAt()) + ") at "
                            + at.line() + " as " + e.acknowledgedBy());
        }
        return MessagingExitCodes.OK;
    }
}
