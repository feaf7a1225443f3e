package org.chancery.telegram.write;

import java.util.List;

/**
 * Wraps running text at word boundaries the way teletype traffic was wrapped: lines never exceed the width unless a
 * single word does, words are separated by one space, and no line carries trailing blanks.
 */
public final class LineWrapper {
    /** Real State traffic wraps at roughly 60–69 columns; the corpus peaks just above 60. */
    public static final int DEFAULT_WIDTH = 66;

    private final int width;

    public LineWrapper(int width) {
        if (width < 20) {
            throw new IllegalArgumentException("line width too small: " + width);
        }
        this.width = width;
    }

    public int width() {
        return width;
    }

    /**
     * Wraps {@code text} so that the first line, written after a prefix of {@code firstLineOffset} characters, and
     * every later line fit the width. Existing line breaks and runs of blanks count as single spaces.
     */
    public List<String> wrap(CharSequence text, int firstLineOffset) {
        return List.of(fill(text, firstLineOffset).split("\n", -1));
    }

    /** {@link #wrap} joined with line feeds, built in one pass (the generator wraps megabytes a second). */
    public String fill(CharSequence text, int firstLineOffset) {
        char[] chars = charsOf(text);
        // Text already spaced as wrapped text is (the generator's) is wrapped in the same pass that checks it.
        if (!wrap(chars, firstLineOffset, true)) {
            chars = normalised(text.toString()).toCharArray();
            wrap(chars, firstLineOffset, false);
        }
        return new String(chars);
    }

    /**
     * Turns into line feeds the spaces before words that would overflow. With {@code onlyIfClean}, gives up and
     * returns false, {@code chars} partly wrapped, as soon as the text turns out not to be clean (words separated by
     * single spaces, no other white space, no leading or trailing space).
     */
    private boolean wrap(char[] chars, int firstLineOffset, boolean onlyIfClean) {
        int n = chars.length;
        if (onlyIfClean && n > 0 && (chars[0] == ' ' || chars[n - 1] == ' ')) {
            return false;
        }
        int available = width - firstLineOffset;
        int lineStart = 0;
        int lastSpace = -1;
        for (int i = 0; i <= n; i++) {
            char c = i == n ? ' ' : chars[i];
            if (c == ' ') {
                if (onlyIfClean && i < n && chars[i - 1] == ' ') {
                    return false;
                }
                // the word ending at i does not fit: break at the space before it
                if (i - lineStart > available && lastSpace > lineStart) {
                    chars[lastSpace] = '\n';
                    lineStart = lastSpace + 1;
                    available = width;
                }
                lastSpace = i;
            } else if (onlyIfClean && (c < '!' || c > '~') && Character.isWhitespace(c)) {
                return false;
            }
        }
        return true;
    }

    private static char[] charsOf(CharSequence text) {
        char[] chars = new char[text.length()];
        if (text instanceof String s) {
            s.getChars(0, chars.length, chars, 0);
        } else if (text instanceof StringBuilder b) {
            b.getChars(0, chars.length, chars, 0);
        } else {
            for (int i = 0; i < chars.length; i++) {
                chars[i] = text.charAt(i);
            }
        }
        return chars;
    }

    /** The text with every run of whitespace made one space, trimmed. */
    private static String normalised(String s) {
        return String.join(" ", s.trim().split("\\s+"));
    }

    /** Whether every line of {@code text} already fits, the first one after a prefix of {@code firstLineOffset}. */
    public boolean fits(String text, int firstLineOffset) {
        int lineStart = 0;
        int limit = width - firstLineOffset;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                int length = i - lineStart;
                if (length > limit || (length > 0 && text.charAt(i - 1) == ' ')) {
                    return false;
                }
                lineStart = i + 1;
                limit = width;
            }
        }
        return true;
    }
}
