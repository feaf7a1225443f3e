package org.chancery.cli.messaging;

import java.io.PrintWriter;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.chancery.archive.access.Principal;
import org.chancery.messaging.Messaging;
import org.chancery.messaging.delivery.Delivery;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.messaging.draft.Draft;
import org.chancery.messaging.draft.DraftAddressee;
import org.chancery.messaging.draft.DraftContent;
import org.chancery.messaging.draft.DraftParagraph;
import org.chancery.messaging.release.Released;

/**
 * The demo's outgoing traffic: London drafts two cables (one FLASH), its political section clears them, the
 * releasing officer releases them and the dispatcher delivers them, so that the Department's inbox has something for
 * its duty officer. Sent once: an archive whose London post has drafts already is left as it is.
 */
public final class DemoTraffic {

    /** Who sends and who receives. */
    public record People(Principal drafter, Principal clearer, Principal releaser, Principal dutyOfficer) {}

    private static final DateTimeFormatter DECL = DateTimeFormatter.ofPattern("MM/dd/yyyy");

    private DemoTraffic() {}

    /** Sends the demo cables unless they were sent before; prints what was sent and how to look at it. */
    public static void sendOnce(Messaging messaging, People people, PrintWriter out) {
        RoutingEntry london = messaging.directory().resolve("RUEHLO");
        if (!messaging.drafts().list(london.route()).isEmpty()) {
            out.println("Demo traffic: sent on an earlier run (chancery inbox --post RUEHC --as "
                    + people.dutyOfficer().name() + ")");
            return;
        }
        String decl = LocalDate.now(ZoneOffset.UTC).plusYears(10).format(DECL);
        List<DraftContent> cables = List.of(flash(decl), routine());
        out.println("Demo traffic from " + london.line() + ": drafted by "
                + people.drafter().name() + ", cleared by " + people.clearer().name() + ", released by "
                + people.releaser().name() + ":");
        for (DraftContent content : cables) {
            Draft d = messaging.drafts().create(people.drafter(), london, content, Draft.Kind.ORIGINAL, null);
            messaging
                    .drafts()
                    .requestClearance(people.drafter(), d.id(), people.clearer().name(), london);
            messaging.drafts().decide(people.clearer(), d.id(), true, null);
            Released r = messaging.releaseDesk().release(people.releaser(), d.id());
            out.printf(
                    "  %-10s %-9s %-13s %s%n      to %s%n",
                    r.referenceId(),
                    content.to().get(0).precedence(),
                    content.classification(),
                    content.subject(),
                    String.join(
                            ", ", r.deliveries().stream().map(DemoTraffic::line).toList()));
        }
        long delivered = messaging.dispatcher().drain();
        out.println("  " + delivered + " deliveries made. The Department's duty officer has a FLASH to acknowledge:");
        out.println("    chancery inbox --as " + people.dutyOfficer().name());
        out.println("    chancery ack "
                + messaging.inbox().entries("RUEHC", 10).stream()
                        .filter(e -> e.awaitingAcknowledgement())
                        .map(e -> e.referenceId())
                        .findFirst()
                        .orElse("REFID")
                + " --as " + people.dutyOfficer().name());
        out.println();
    }

    private static String line(Delivery d) {
        return d.addresseeRoute() + " " + d.precedence().label() + " " + d.mcn();
    }

    /** Invented for the demo: a FLASH on a harbour closure, in the style of such traffic. */
    private static DraftContent flash(String decl) {
        return new DraftContent(
                "CONFIDENTIAL",
                List.of("SIPDIS"),
                List.of(),
                decl,
                "Demo Drafter, Political Officer, reasons 1.4 (b) and (d)",
                List.of("PREL", "MARR", "EWWT", "UK"),
                "(C) HMG CLOSES PORTSMOUTH HARBOUR AFTER FERRY COLLISION",
                List.of(),
                List.of(
                        new DraftParagraph(
                                "C",
                                "Summary. The Cabinet Office told us at 0600 local that the harbour is closed to all"
                                        + " traffic for at least 48 hours after a collision in the approaches. No US"
                                        + " vessels are involved. End summary."),
                        new DraftParagraph(
                                "C",
                                "Our contact asked that visiting ships due this week be held at sea until HMG"
                                        + " confirms the channel is clear; the Defense Attache has passed the"
                                        + " request on."),
                        new DraftParagraph("U", "Post will report further developments by septel.")),
                List.of(new DraftAddressee("RUEHC/SECSTATE WASHDC", "FLASH")),
                List.of(new DraftAddressee("AMEMBASSY PARIS", "IMMEDIATE")),
                "DEMO");
    }

    /** Invented for the demo: routine trade reporting. */
    private static DraftContent routine() {
        return new DraftContent(
                "UNCLASSIFIED",
                List.of("SIPDIS"),
                List.of(),
                null,
                null,
                List.of("ETRD", "BEXP", "UK"),
                "LONDON TRADE FAIR: US PAVILION DRAWS RECORD VISITORS",
                List.of(),
                List.of(
                        new DraftParagraph(
                                "U",
                                "The US pavilion at this year's trade fair counted more visitors than in any"
                                        + " earlier year, organisers told the Commercial Section."),
                        new DraftParagraph(
                                "U",
                                "Exhibitors from twelve states reported firm orders; the section will follow up"
                                        + " with each in the coming month.")),
                List.of(new DraftAddressee("RUEHC/SECSTATE WASHDC", "ROUTINE")),
                List.of(new DraftAddressee("AMEMBASSY BERLIN", "ROUTINE")),
                "DEMO");
    }
}
