package org.chancery.messaging.release;

import java.time.Instant;
import java.util.List;
import org.chancery.messaging.delivery.Delivery;

/**
 * A release: the numbers it assigned and the deliveries it queued.
 *
 * @param draftId the released draft
 * @param referenceId the reference id assigned (two-digit year, post, serial)
 * @param dateTimeGroup the DTG, e.g. {@code 061945Z DEC 26}
 * @param stationSerial the originating station's serial (FL3)
 * @param releasedAt when
 * @param deliveries one per addressee post, collectives expanded, each with its MCN
 * @param telegram the ACP-127 telegram as sent, every section
 */
public record Released(
        long draftId,
        String referenceId,
        String dateTimeGroup,
        String stationSerial,
        Instant releasedAt,
        List<Delivery> deliveries,
        String telegram) {}
