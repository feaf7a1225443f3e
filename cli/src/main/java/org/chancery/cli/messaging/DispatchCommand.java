package org.chancery.cli.messaging;

import java.io.PrintWriter;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.stream.Collectors;
import org.chancery.messaging.Messaging;
import org.chancery.messaging.delivery.Delivery;
import org.chancery.messaging.inbox.Escalation;
import org.chancery.telegram.model.Precedence;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code chancery dispatch}: the embedded dispatcher, delivering the outbox to the posts' inboxes. */
@Command(
        name = "dispatch",
        mixinStandardHelpOptions = true,
        description = "Delivers the outbox to the posts' inboxes in this archive, highest precedence first, until it"
                + " is empty (--once: one round; --follow: keep serving new releases and escalating unacknowledged"
                + " FLASH/NIACT traffic until Ctrl-C). A running server dispatches by itself.")
public final class DispatchCommand extends MessagingCommand {

    static final class Mode {
        @Option(names = "--once", description = "Send one round (at most the round size) and stop.")
        boolean once;

        @Option(names = "--follow", description = "Keep dispatching until stopped (Ctrl-C).")
        boolean follow;
    }

    @ArgGroup(exclusive = true)
    Mode mode = new Mode();

    @Override
    String subject() {
        return "dispatch";
    }

    @Override
    int run(Desk desk) {
        Messaging m = desk.messaging();
        PrintWriter out = desk.out();
        out.println("outbox: " + m.outbox().depth().queued() + " queued");
        m.dispatcher().afterEachRound(sent -> {
            out.println("sent " + sent.size() + " (" + byPrecedence(sent) + "): " + keys(sent) + "; "
                    + m.outbox().depth().queued() + " still queued");
            out.flush();
        });
        if (mode.follow) {
            return follow(m, out);
        }
        long sent = mode.once
                ? m.dispatcher().dispatchOnce().sent().size()
                : m.dispatcher().drain();
        out.println("delivered " + sent + (sent == 1 ? " delivery" : " deliveries") + "; "
                + m.outbox().depth().queued() + " queued");
        for (Escalation e : m.escalate()) {
            out.println("escalated to " + e.postRoute() + ": " + e.message());
        }
        return MessagingExitCodes.OK;
    }

    private static int follow(Messaging m, PrintWriter out) {
        out.println("dispatching until stopped (Ctrl-C)");
        out.flush();
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            out.println("stopped after " + m.dispatcher().sentSoFar() + " deliveries");
            out.flush();
            stopped.countDown();
        }));
        m.startBackground();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return MessagingExitCodes.OK;
    }

    private static String byPrecedence(List<Delivery> sent) {
        Map<Precedence, Long> counts = new EnumMap<>(Precedence.class);
        sent.forEach(d -> counts.merge(d.precedence(), 1L, Long::sum));
        return counts.entrySet().stream()
                .map(e -> e.getKey().label() + " " + e.getValue())
                .collect(Collectors.joining(", "));
    }

    /** The first few deliveries of a round by their keys, so that a short run shows what went where. */
    private static String keys(List<Delivery> sent) {
        String shown = sent.stream().limit(5).map(Delivery::key).collect(Collectors.joining(", "));
        return sent.size() > 5 ? shown + ", ..." : shown;
    }
}
