package org.chancery.server.messaging;

import java.time.Duration;
import java.time.Instant;
import org.chancery.archive.room.CableHeading;
import org.chancery.messaging.inbox.InboxEntry;

/**
 * One received cable as an inbox shows it: the delivery, the cable's heading as the reader may see it, and for
 * FLASH and NIACT traffic not acknowledged yet, when it escalates.
 *
 * @param entry the delivery as the inbox recorded it
 * @param heading the cable's heading (never its text)
 * @param escalatesAt when an unacknowledged FLASH or NIACT cable goes to the post's roster, else null
 * @param left time left until then (negative when overdue), else null
 */
public record InboxLine(InboxEntry entry, CableHeading heading, Instant escalatesAt, Duration left) {

    public boolean awaiting() {
        return entry.awaitingAcknowledgement();
    }

    public boolean overdue() {
        return left != null && left.isNegative();
    }

    /** The time left in words: {@code 4 min 10 s left}, {@code overdue by 2 min 3 s}. */
    public String leftInWords() {
        if (left == null) {
            return "";
        }
        Duration d = left.abs();
        String amount = (d.toMinutes() > 0 ? d.toMinutes() + " min " : "") + d.toSecondsPart() + " s";
        return left.isNegative() ? "overdue by " + amount : amount + " left";
    }
}
