package org.chancery.telegram.read.layout;

import java.util.List;
import java.util.stream.Collectors;
import org.chancery.telegram.read.RawCable;

/**
 * How {@link TelegramTextReader} tells the parser that a sectioned cable came with sections missing (sections 1 and 3
 * of 3, or section 2 of 3 alone): a note at the end of the {@link RawCable#position() position}, where a reader of
 * error messages sees it too. The parser flags such a cable {@linkplain org.chancery.telegram.model.Cable#partial()
 * partial}; its text keeps everything that arrived, including the banner line of each section that follows a gap.
 */
public final class IncompleteSections {
    private static final String NOTE = " [incomplete: sections ";

    private IncompleteSections() {}

    /** The position with the note naming the sections that did arrive, e.g. {@code ... [incomplete: sections 1, 3 of 3]}. */
    static String note(String position, List<Integer> arrived, Integer total) {
        return position
                + NOTE
                + arrived.stream().map(String::valueOf).collect(Collectors.joining(", "))
                + (total == null ? "" : " of " + total)
                + "]";
    }

    /** Whether the reader found sections of this cable missing. */
    public static boolean in(RawCable raw) {
        return raw.position() != null && raw.position().contains(NOTE);
    }
}
