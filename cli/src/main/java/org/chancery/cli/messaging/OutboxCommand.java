package org.chancery.cli.messaging;

import org.chancery.messaging.delivery.Outbox;
import org.chancery.messaging.delivery.QueueOrder;
import picocli.CommandLine.Command;

/** {@code chancery outbox}: how much waits to go out, by precedence. */
@Command(
        name = "outbox",
        mixinStandardHelpOptions = true,
        description = "Shows the outbox: deliveries queued by precedence (served FLASH first) and how many were sent.")
public final class OutboxCommand extends MessagingCommand {

    @Override
    String subject() {
        return "outbox";
    }

    @Override
    int run(Desk desk) {
        Outbox.Depth depth = desk.messaging().outbox().depth();
        Table table = new Table("PRECEDENCE", "QUEUED");
        for (int rank = 0; rank < QueueOrder.RANKS; rank++) {
            table.row(QueueOrder.fromRank(rank).label(), depth.queuedByRank()[rank]);
        }
        table.row("total", depth.queued());
        table.print(desk.out());
        desk.out().println("sent: " + depth.sent());
        return MessagingExitCodes.OK;
    }
}
