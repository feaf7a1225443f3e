package org.chancery.telegram.read;

import org.chancery.telegram.model.Cable;

/** Turns a {@link RawCable} from any layout into the one {@link Cable} model. */
public final class CableParser {

    public Cable parse(RawCable raw) {
        // TODO(layout helper): real implementation
        throw new CableParseException(raw.position(), "not implemented");
    }
}
