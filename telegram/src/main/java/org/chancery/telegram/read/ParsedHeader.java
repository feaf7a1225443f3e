package org.chancery.telegram.read;

import java.util.List;
import org.chancery.telegram.model.Addressee;
import org.chancery.telegram.model.Transmission;

/** What {@link HeaderParser} understood of a transmission header. */
public record ParsedHeader(Transmission transmission, List<Addressee> to, List<Addressee> info) {
    public ParsedHeader {
        transmission = transmission == null ? Transmission.EMPTY : transmission;
        to = List.copyOf(to);
        info = List.copyOf(info);
    }

    public static final ParsedHeader EMPTY = new ParsedHeader(Transmission.EMPTY, List.of(), List.of());
}
