package org.chancery.telegram.read.header;

import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import org.chancery.telegram.model.Transmission;

/** Collects the fields of a {@link Transmission} as the header's lines are read, in whatever order they come. */
final class TransmissionBuilder {
    String transmissionId;
    String channel;
    String channelSequence;
    String precedenceProsigns;
    final List<String> routingIndicators = new ArrayList<>();
    String originatingStation;
    String stationSerial;
    Integer section;
    String filingTime;
    String securityWarning;
    String precedence;
    String dateTimeGroup;
    OffsetDateTime dateTime;
    String originator;
    String originatorRoute;
    final List<String> relayRoutes = new ArrayList<>();
    final List<String> actionOffices = new ArrayList<>();
    final List<String> infoOffices = new ArrayList<>();

    Transmission build() {
        return new Transmission(
                transmissionId,
                channel,
                channelSequence,
                precedenceProsigns,
                routingIndicators,
                originatingStation,
                stationSerial,
                section,
                filingTime,
                securityWarning,
                precedence,
                dateTimeGroup,
                dateTime,
                originator,
                originatorRoute,
                relayRoutes,
                actionOffices,
                infoOffices);
    }
}
