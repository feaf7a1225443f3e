package org.chancery.messaging;

import java.time.Duration;

/**
 * How a node's messaging runs.
 *
 * @param flashAcknowledgement how long a FLASH cable may wait for a duty officer before it escalates
 * @param niactAcknowledgement the same for NIACT IMMEDIATE
 * @param roundSize how many deliveries the dispatcher sends per round (a FLASH waits at most one round)
 * @param idlePauseMillis how long an idle dispatcher waits before looking at the outbox again
 */
public record MessagingSettings(
        Duration flashAcknowledgement, Duration niactAcknowledgement, int roundSize, long idlePauseMillis) {

    public static MessagingSettings defaults() {
        return new MessagingSettings(Duration.ofMinutes(5), Duration.ofMinutes(30), 50, 25);
    }

    public MessagingSettings withAcknowledgementLimits(Duration flash, Duration niact) {
        return new MessagingSettings(flash, niact, roundSize, idlePauseMillis);
    }
}
