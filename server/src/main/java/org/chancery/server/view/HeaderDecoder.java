package org.chancery.server.view;

import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Precedence;
import org.chancery.telegram.model.Transmission;
import org.chancery.telegram.post.PostDirectory;
import org.springframework.stereotype.Component;

/**
 * Reads a cable's header fields into what the cable page shows beside the telegram; the posts behind routing
 * indicators and addresses are named from the telegram module's {@link PostDirectory}.
 */
@Component
public class HeaderDecoder {

    private static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm 'UTC'", Locale.ENGLISH);

    public DecodedHeader decode(Cable cable) {
        Transmission t = cable.transmission();
        String route = t.originatingStation() != null ? t.originatingStation() : t.originatorRoute();
        String post = PostDirectory.postName(route, t.originator());
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

    private static DecodedHeader.AddresseeLine line(String kind, Addressee a) {
        return new DecodedHeader.AddresseeLine(
                kind, a.route(), a.name(), PostDirectory.postName(a.route(), a.name()), a.precedence());
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
