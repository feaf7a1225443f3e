package org.chancery.cli.messaging;

import java.util.ArrayList;
import java.util.List;
import org.chancery.messaging.inbox.Escalation;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chancery escalations}: FLASH and NIACT traffic not acknowledged in time. */
@Command(
        name = "escalations",
        mixinStandardHelpOptions = true,
        description = "Escalates FLASH and NIACT IMMEDIATE cables not acknowledged in time (5 and 30 minutes) and lists"
                + " the open escalations of your post (an account of every post: of every post), newest first.")
public final class EscalationsCommand extends MessagingCommand {

    @Option(names = "--post", paramLabel = "POST", description = "The post, when you belong to several.")
    String post;

    @Override
    String subject() {
        return "escalations";
    }

    @Override
    int run(Desk desk) {
        desk.messaging().escalate();
        List<String> routes = post == null && desk.me().memberOfEveryPost()
                ? new ArrayList<>(desk.messaging().inbox().counts().keySet())
                : List.of(desk.post(post).route());
        Table table = new Table("RAISED", "POST", "CABLE", "ESCALATION");
        for (String route : routes) {
            for (Escalation e : desk.messaging().inbox().escalations(route)) {
                table.row(InboxCommand.minute(e.raisedAt()), e.postRoute(), e.referenceId(), e.message());
            }
        }
        if (table.isEmpty()) {
            desk.out().println("no open escalations" + (routes.isEmpty() ? "" : " at " + String.join(", ", routes)));
        } else {
            table.print(desk.out());
        }
        return MessagingExitCodes.OK;
    }
}
