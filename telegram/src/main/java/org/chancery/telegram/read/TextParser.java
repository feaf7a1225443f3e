package org.chancery.telegram.read;

import java.util.List;

/** Reads a telegram's text: banner, captions, E.O. line, TAGS, subject, references, paragraphs, signers. */
public final class TextParser {
    private TextParser() {}

    public static ParsedText parse(String text, TextContext context) {
        // TODO(text helper): real implementation
        return new ParsedText(
                null, List.of(), List.of(), null, List.of(), List.of(), null, null, List.of(), null, List.of(), null,
                null, null, false);
    }
}
