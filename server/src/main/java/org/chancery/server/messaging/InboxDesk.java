package org.chancery.server.messaging;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import org.chancery.archive.access.Principal;
import org.chancery.messaging.Messaging;
import org.chancery.messaging.delivery.QueueOrder;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.messaging.inbox.Escalation;
import org.chancery.messaging.inbox.InboxEntry;
import org.chancery.messaging.inbox.InboxItem;
import org.chancery.telegram.model.Precedence;
import org.springframework.stereotype.Component;

/**
 * A post's inbox in the order a duty officer works it: traffic still waiting for acknowledgement first, then by
 * precedence (FLASH, NIACT IMMEDIATE, IMMEDIATE, PRIORITY, ROUTINE), newest first within one. The list and its
 * headings come through messaging's inbox, which reads them through the reading room.
 */
@Component
public class InboxDesk {

    /** How many received cables an inbox page shows. */
    public static final int LIMIT = 200;

    private static final Comparator<InboxLine> WORK_ORDER = Comparator.comparing((InboxLine l) -> !l.awaiting())
            .thenComparingInt(l -> QueueOrder.rank(l.entry().precedence()))
            .thenComparing(l -> l.entry().receivedAt(), Comparator.reverseOrder());

    private final Messaging messaging;
    private final Posts posts;
    private final Clock clock;

    public InboxDesk(Messaging messaging, Posts posts, Clock clock) {
        this.messaging = messaging;
        this.posts = posts;
        this.clock = clock;
    }

    public RoutingEntry post(Principal reader, String route) {
        return posts.choose(reader, route);
    }

    public List<InboxLine> lines(Principal reader, RoutingEntry post, boolean mine) {
        Instant now = clock.instant();
        List<InboxItem> items = messaging.inbox().list(reader, post, mine, LIMIT);
        return items.stream().map(i -> line(i, now)).sorted(WORK_ORDER).toList();
    }

    public List<Escalation> escalations(Principal reader, RoutingEntry post) {
        posts.choose(reader, post.route());
        return messaging.inbox().escalations(post.route());
    }

    public InboxEntry acknowledge(Principal officer, RoutingEntry post, String referenceId) {
        return messaging.inbox().acknowledge(officer, post, referenceId);
    }

    private InboxLine line(InboxItem item, Instant now) {
        InboxEntry e = item.entry();
        if (!e.awaitingAcknowledgement()) {
            return new InboxLine(e, item.heading(), null, null);
        }
        Duration limit = e.precedence() == Precedence.FLASH
                ? messaging.settings().flashAcknowledgement()
                : messaging.settings().niactAcknowledgement();
        Instant at = e.receivedAt().plus(limit);
        return new InboxLine(e, item.heading(), at, Duration.between(now, at));
    }
}
