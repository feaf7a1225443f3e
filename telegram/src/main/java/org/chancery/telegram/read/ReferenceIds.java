package org.chancery.telegram.read;

import java.util.Locale;
import java.util.Optional;
import org.chancery.telegram.post.IdPosts;

/**
 * Canonical reference ids: two-digit year, post, serial without leading zeros ({@code 06TBILISI0619} →
 * {@code 06TBILISI619}).
 *
 * <p>Accepted spellings: spaces anywhere ({@code 08 LONDON 2968}), any case, zero-padded serials
 * ({@code 08LONDON002968}), four-digit years ({@code 2008 LONDON 2968}, shortened to {@code 08}) and the abbreviated
 * or misspelled posts of {@link IdPosts} ({@code 08 RIO 346} is {@code 08RIODEJANEIRO346}, {@code 09 SECSTATE 1}
 * is {@code 09STATE1}). Anything else (no year, no post, no serial, a serial of zeros, stray characters) is not an
 * id. This is the one canonicaliser: the record id, REF lines, queries and every id a reader types go through it.
 */
public final class ReferenceIds {
    private static final int MAX_LENGTH = 80;
    private static final int MAX_SERIAL_DIGITS = 7;

    private ReferenceIds() {}

    /** The canonical form of an id written in any usual way, or empty when the text is not a reference id. */
    public static Optional<String> canonical(String raw) {
        if (raw == null || raw.length() > MAX_LENGTH) {
            return Optional.empty();
        }
        String s = withoutWhitespace(raw).toUpperCase(Locale.ROOT);
        int i = 0;
        while (i < s.length() && Character.isDigit(s.charAt(i))) {
            i++;
        }
        if (i != 2 && i != 4) {
            return Optional.empty();
        }
        String year = s.substring(i - 2, i);
        int postStart = i;
        while (i < s.length() && s.charAt(i) >= 'A' && s.charAt(i) <= 'Z') {
            i++;
        }
        if (i == postStart) {
            return Optional.empty();
        }
        String post = IdPosts.canonical(s.substring(postStart, i));
        String serial = s.substring(i);
        if (serial.isEmpty() || !serial.chars().allMatch(Character::isDigit)) {
            return Optional.empty();
        }
        int zeros = 0;
        while (zeros < serial.length() && serial.charAt(zeros) == '0') {
            zeros++;
        }
        String trimmed = serial.substring(zeros);
        if (trimmed.isEmpty() || trimmed.length() > MAX_SERIAL_DIGITS) {
            return Optional.empty();
        }
        return Optional.of(year + post + trimmed);
    }

    /** The text without regex whitespace ({@code \s}), scanned rather than matched: ids are read by the thousand. */
    private static String withoutWhitespace(String raw) {
        StringBuilder out = null;
        for (int i = 0; i < raw.length(); i++) {
            char c = raw.charAt(i);
            boolean space = c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
            if (space && out == null) {
                out = new StringBuilder(raw.length()).append(raw, 0, i);
            } else if (!space && out != null) {
                out.append(c);
            }
        }
        return out == null ? raw : out.toString();
    }

    /** The text without its trailing ASCII digits (a canonical id's serial). */
    private static String withoutTrailingDigits(String s) {
        int end = s.length();
        while (end > 0 && s.charAt(end - 1) >= '0' && s.charAt(end - 1) <= '9') {
            end--;
        }
        return s.substring(0, end);
    }

    /** Builds a canonical id from its parts, e.g. {@code ("08", "NEW DELHI", "002968")}; empty when not valid. */
    public static Optional<String> of(String year, String post, String serial) {
        if (year == null || post == null || serial == null) {
            return Optional.empty();
        }
        return canonical(year + post + serial);
    }

    /** The two-digit year of a canonical id ({@code 08LONDON2968} → {@code 08}), or empty. */
    public static Optional<String> year(String id) {
        return canonical(id).map(c -> c.substring(0, 2));
    }

    /** The post of a canonical id ({@code 08LONDON2968} → {@code LONDON}), or empty. */
    public static Optional<String> post(String id) {
        return canonical(id).map(c -> withoutTrailingDigits(c.substring(2)));
    }
}
