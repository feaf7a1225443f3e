package org.chancery.telegram.model;

import java.time.OffsetDateTime;
import java.util.List;

/**
 * The ACP-127 transmission header: format lines FL1 to FL6, as far as the source has them. Every field is null (or
 * empty) when the line is missing, which is normal for older cables and for partial extracts.
 *
 * @param transmissionId FL1 as written, e.g. {@code VZCZCXRO1840}
 * @param channel the channel designator within FL1, e.g. {@code XRO}
 * @param channelSequence the channel sequence number within FL1, e.g. {@code 1840}
 * @param precedenceProsigns FL2 precedence prosigns for action and info, e.g. {@code OO}
 * @param routingIndicators FL2 routing indicators this transmission serves
 * @param originatingStation FL3 originating station routing indicator, e.g. {@code RUEHLO}
 * @param stationSerial FL3 station serial number, e.g. {@code 2968}
 * @param section FL3 section number, e.g. {@code 1}; null when not sectioned
 * @param filingTime FL3 filing time as written, Julian day and HHMM, e.g. {@code 3331632}
 * @param securityWarning FL4, e.g. {@code ZNY CCCCC ZZH}
 * @param precedence FL5 precedence prosign(s), e.g. {@code O} or {@code P R}
 * @param dateTimeGroup FL5 date-time group as written, e.g. {@code 281632Z NOV 08}
 * @param dateTime FL5 date-time group as an instant (UTC); null when unreadable
 * @param originator FL6 originator plain language address, e.g. {@code AMEMBASSY LONDON}
 * @param originatorRoute FL6 originator routing indicator when written as {@code RI/PLAD}, else null
 * @param relayRoutes routing indicators of relay stations named in the header beyond FL2 (e.g. after {@code ZEX}),
 *     empty when none
 * @param actionOffices in older cables, the office list after {@code ACTION}
 * @param infoOffices in older cables, the office list after {@code INFO} in the office block
 */
public record Transmission(
        String transmissionId,
        String channel,
        String channelSequence,
        String precedenceProsigns,
        List<String> routingIndicators,
        String originatingStation,
        String stationSerial,
        Integer section,
        String filingTime,
        String securityWarning,
        String precedence,
        String dateTimeGroup,
        OffsetDateTime dateTime,
        String originator,
        String originatorRoute,
        List<String> relayRoutes,
        List<String> actionOffices,
        List<String> infoOffices) {

    public Transmission {
        routingIndicators = List.copyOf(routingIndicators);
        relayRoutes = List.copyOf(relayRoutes);
        actionOffices = List.copyOf(actionOffices);
        infoOffices = List.copyOf(infoOffices);
    }

    public static final Transmission EMPTY = new Transmission(
            null, null, null, null, List.of(), null, null, null, null, null, null, null, null, null, null, List.of(),
            List.of(), List.of());

    public boolean isEmpty() {
        return equals(EMPTY);
    }
}
