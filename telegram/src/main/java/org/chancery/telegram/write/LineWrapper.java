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
        char[] chars = normalised(text.toString()).toCharArray();
        int available = width - firstLineOffset;
        int lineStart = 0;
        int lastSpace = -1;
        for (int i = 0; i <= chars.length; i++) {
            if (i == chars.length || chars[i] == ' ') {
                // the word ending at i does not fit: break at the space before it
                if (i - lineStart > available && lastSpace > lineStart) {
                    chars[lastSpace] = '\n';
                    lineStart = lastSpace + 1;
                    available = width;
                }
                lastSpace = i;
            }
        }
        return new String(chars);
    }

    /** The text with every run of whitespace made one space, trimmed; the same string when it is so already. */
    private static String normalised(String s) {
        boolean clean = !s.isEmpty() && s.charAt(0) != ' ' && s.charAt(s.length() - 1) != ' ';
        for (int i = 0; clean && i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' ? s.charAt(i - 1) == ' ' : Character.isWhitespace(c)) {
                clean = false;
            }
        }
        return clean || s.isEmpty() ? s : String.join(" ", s.trim().split("\\s+"));
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
