package org.chancery.telegram.read.header;

/**
 * Locates the first character of a telegram's text, walking the lines once.
 *
 * <p>The rules, in order, for each line:
 *
 * <ol>
 *   <li>text glued behind header content on the line ({@link TextStart#gluedIn}) ends the header there;
 *   <li>a banner at the start of a line ends the header when the addressee lines ({@code FM}...) have begun; before
 *       that it is only a candidate, because exported headers sometimes repeat the banner above the format lines
 *       (it is dropped when a format line follows, taken when a text-only line such as {@code E.O.} follows);
 *   <li>once the addressee lines have begun, the first line that cannot be an addressee starts the text.
 * </ol>
 *
 * When nothing decides, a telegram whose addressee lines began is all header; anything else is all text.
 */
public final class HeaderBoundary {

    private HeaderBoundary() {}

    /** Index in {@code raw} where the text starts: 0 when there is no header, {@code raw.length()} when no text. */
    public static int find(String raw) {
        HeaderVocabulary vocabulary = new HeaderVocabulary();
        boolean addressing = false;
        int candidate = -1;
        int lineStart = 0;
        while (lineStart < raw.length()) {
            int newline = raw.indexOf('\n', lineStart);
            int lineEnd = newline < 0 ? raw.length() : newline;
            String line = raw.substring(lineStart, lineEnd);
            if (line.endsWith("\r")) {
                line = line.substring(0, line.length() - 1);
            }
            boolean opens = TextStart.opensLine(line);
            int glued = opens ? -1 : TextStart.gluedIn(line, vocabulary, addressing);
            if (glued >= 0) {
                return lineStart + glued;
            }
            if (opens) {
                if (addressing) {
                    return lineStart;
                }
                if (candidate < 0) {
                    candidate = lineStart;
                }
            } else if (candidate >= 0 && LineShapes.isTextLine(line)) {
                return candidate;
            } else if (candidate >= 0 && LineShapes.isFormatLine(line)) {
                candidate = -1;
            } else if (addressing && !LineShapes.isAddresseeLike(line)) {
                return lineStart;
            }
            if (LineShapes.isOriginatorLine(line)) {
                addressing = true;
            }
            vocabulary.addWordsOf(line);
            lineStart = lineEnd + 1;
        }
        if (candidate >= 0) {
            return candidate;
        }
        return addressing ? raw.length() : 0;
    }
}
