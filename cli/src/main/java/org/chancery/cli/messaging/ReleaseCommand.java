package org.chancery.cli.messaging;

import java.io.PrintWriter;
import org.chancery.messaging.delivery.Delivery;
import org.chancery.messaging.draft.Draft;
import org.chancery.messaging.release.Released;
import org.chancery.telegram.post.PostNames;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code chancery release}: the releasing officer's release of a cleared draft. */
@Command(
        name = "release",
        mixinStandardHelpOptions = true,
        description = "Releases a cleared draft of your post (releasing officers): numbers it (reference id, DTG,"
                + " serial, station serial, an MCN per addressee), stores it in the archive as sent and queues it for"
                + " every addressee post, collectives expanded.",
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:released",
            "1:refused: not a releasing officer of the drafting post",
            "3:no such draft",
            "4:the draft has errors",
            "5:not cleared yet, or released already"
        })
public final class ReleaseCommand extends MessagingCommand {

    @Parameters(index = "0", paramLabel = "DRAFT", description = "The draft's number.")
    long id;

    @Option(names = "--telegram", description = "Also print the telegram as sent.")
    boolean telegram;

    @Override
    String subject() {
        return "draft " + id;
    }

    @Override
    int run(Desk desk) {
        // the release desk decides (and audits) who may release; the command only tells a missing draft apart
        Draft draft = desk.messaging().drafts().find(id).orElseThrow(() -> new NotFoundException("no draft " + id));
        Released r = desk.messaging().releaseDesk().release(desk.me(), draft.id());
        PrintWriter out = desk.out();
        out.println("released draft " + id + " as " + r.referenceId());
        out.println("  DTG             " + r.dateTimeGroup());
        PostNames.parts(r.referenceId())
                .ifPresent(p ->
                        out.println("  serial          " + p.serial() + " (" + p.post() + ", 20" + p.year() + ")"));
        out.println("  station serial  " + r.stationSerial());
        Table lines = new Table("  ADDRESSEE", "PRECEDENCE", "MCN");
        for (Delivery d : r.deliveries()) {
            lines.row(
                    "  " + d.addresseeRoute() + "/" + d.addresseeName(),
                    d.precedence().label(),
                    d.mcn());
        }
        lines.print(out);
        int n = r.deliveries().size();
        out.println(n + (n == 1 ? " delivery" : " deliveries") + " queued: `chancery dispatch` delivers "
                + (n == 1 ? "it" : "them") + " (a running server does it by itself)");
        if (telegram) {
            out.println();
            out.print(r.telegram());
        }
        return MessagingExitCodes.OK;
    }
}
