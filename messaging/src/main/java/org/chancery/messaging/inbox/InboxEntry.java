package org.chancery.messaging.inbox;

import java.time.Instant;
import org.chancery.telegram.model.Precedence;

/**
 * A cable received by a post, as its inbox records it.
 *
 * @param referenceId the cable
 * @param postRoute the receiving post
 * @param mcn the MCN the cable carried for this post
 * @param precedence this post's precedence
 * @param releasedAt when it was released at the sending post
 * @param receivedAt when this post received it
 * @param mustAcknowledge FLASH and NIACT IMMEDIATE traffic must be acknowledged by a duty officer
 * @param acknowledgedBy the duty officer who acknowledged it, else null
 * @param acknowledgedAt when, else null
 * @param escalatedAt when it was escalated to the post's roster for want of acknowledgement, else null
 */
public record InboxEntry(
        String referenceId,
        String postRoute,
        String mcn,
        Precedence precedence,
        Instant releasedAt,
        Instant receivedAt,
        boolean mustAcknowledge,
        String acknowledgedBy,
        Instant acknowledgedAt,
        Instant escalatedAt) {

    public boolean awaitingAcknowledgement() {
        return mustAcknowledge && acknowledgedAt == null;
    }
}
