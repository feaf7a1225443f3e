package org.chancery.messaging.inbox;

import java.time.Instant;

/** An alert to a post's roster: a FLASH or NIACT cable not acknowledged in time. */
public record Escalation(String referenceId, String postRoute, Instant raisedAt, String message) {}
