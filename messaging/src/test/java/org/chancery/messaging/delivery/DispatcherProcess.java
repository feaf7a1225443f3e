package org.chancery.messaging.delivery;

import java.nio.file.Path;
import java.time.Clock;
import java.util.concurrent.atomic.AtomicReference;
import org.chancery.archive.Archive;
import org.chancery.archive.config.ArchiveLocation;
import org.chancery.archive.jdbc.DatabaseTarget;
import org.chancery.messaging.Messaging;
import org.chancery.messaging.MessagingSettings;
import org.chancery.messaging.inbox.Inbox;

/**
 * The dispatcher run in a child JVM by {@link DispatcherKillTest}: {@code DATA_DIR DATABASE ROUND_SIZE}. Sends the
 * outbox into the inboxes round by round, printing one line per round with how many deliveries the inbox had seen
 * before (repeats after a kill), so that the test can kill it in the middle of its work.
 */
public final class DispatcherProcess {
    private DispatcherProcess() {}

    public static void main(String[] args) {
        Path data = Path.of(args[0]);
        DatabaseTarget target = DatabaseTarget.parse(args[1]);
        int round = Integer.parseInt(args[2]);
        AtomicReference<Inbox> inbox = new AtomicReference<>();
        DeliveryTransport counting = deliveries -> {
            int fresh = inbox.get().receiveAll(deliveries);
            System.out.println("round " + deliveries.size() + " repeats " + (deliveries.size() - fresh));
            System.out.flush();
        };
        MessagingSettings settings = MessagingSettings.defaults();
        settings = new MessagingSettings(
                settings.flashAcknowledgement(), settings.niactAcknowledgement(), round, settings.idlePauseMillis());
        try (Archive archive = Archive.open(new ArchiveLocation(data, target), Clock.systemUTC());
                Messaging messaging = Messaging.open(archive, settings, counting)) {
            inbox.set(messaging.inbox());
            long sent = messaging.dispatcher().drain();
            System.out.println("done " + sent);
        }
    }
}
