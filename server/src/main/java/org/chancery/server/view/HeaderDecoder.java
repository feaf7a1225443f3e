package org.chancery.server.view;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.chancery.messaging.directory.RoutingDirectory;
import org.chancery.messaging.directory.RoutingEntry;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Precedence;
import org.chancery.telegram.model.Transmission;
import org.chancery.telegram.post.PostNames;
import org.springframework.stereotype.Component;

/**
 * Reads a cable's header fields into what the cable page shows beside the telegram; the posts behind routing
 * indicators and addresses are named from messaging's {@link RoutingDirectory} (the built-in post catalogue, plus
 * what was learned from headers and what administrators added), so the reading room and messaging agree on names.
 */
@Component
public class HeaderDecoder {

    private final RoutingDirectory directory;

    public HeaderDecoder(RoutingDirectory directory) {
        this.directory = directory;
    }

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    public DecodedHeader decode(Cable cable) {
        Transmission t = cable.transmission();
        String route = t.originatingStation() != null ? t.originatingStation() : t.originatorRoute();
        String post = postName(route, t.originator());
        if (post == null) {
            post = cable.origin();
        }
        OffsetDateTime when = t.dateTime() != null ? t.dateTime() : cable.date();
        List<DecodedHeader.AddresseeLine> addressees = new ArrayList<>();
        for (Addressee a : cable.to()) {
            addressees.add(line("TO", a));
        }
        for (Addressee a : cable.info()) {
            addressees.add(line("INFO", a));
        }
        return new DecodedHeader(
                route,
                post,
                t.originator(),
                t.dateTimeGroup(),
                when == null ? null : WHEN.format(when.withOffsetSameInstant(ZoneOffset.UTC)),
                precedence(cable),
                addressees,
                t.securityWarning(),
                cable.sections(),
                cable.classification() == null ? null : cable.classification().label());
    }

    private DecodedHeader.AddresseeLine line(String kind, Addressee a) {
        return new DecodedHeader.AddresseeLine(
                kind, a.route(), a.name(), postName(a.route(), a.name()), a.precedence());
    }

    /**
     * The directory's name for the routing indicator, else for the address, else the name read from the address;
     * null when neither says.
     */
    private String postName(String route, String address) {
        Optional<RoutingEntry> known = Optional.ofNullable(route)
                .flatMap(directory::byRoute)
                .or(() -> Optional.ofNullable(address).flatMap(directory::byAddress));
        return known.map(RoutingEntry::origin).orElseGet(() -> PostNames.origin(address));
    }

    /** FL5's prosign in words, else the first action addressee's precedence. */
    private static String precedence(Cable cable) {
        String prosigns = cable.transmission().precedence();
        if (prosigns != null && !prosigns.isBlank()) {
            String first = prosigns.trim().split("\\s+")[0];
            return Precedence.fromProsign(first).map(Precedence::label).orElse(prosigns);
        }
        return cable.to().stream()
                .map(Addressee::precedence)
                .filter(p -> p != null && !p.isBlank())
                .findFirst()
                .orElse(null);
    }
}
