package org.chancery.telegram.read.header;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.telegram.model.Addressee;

/**
 * Reads one addressee line of FL7/FL8: {@code [RI/]NAME [PRECEDENCE] [MCN]}, e.g. {@code RUEHC/SECSTATE WASHDC
 * IMMEDIATE 0520}, {@code SECSTATE WASHDC PRIORITY}, {@code RUEHZL/EUROPEAN POLITICAL COLLECTIVE}, or {@code
 * ZEN/AMCONSUL X} (no routing indicator: delivered by other means).
 *
 * <p>Military addressees keep their unit numbers: in {@code DET 1 HQ 17AF}, {@code CTF 60} or {@code CTG 60 PRIORITY
 * 0042} a number right after a unit word (detachment, task force, group, unit, element) names the unit and is not a
 * message continuity number.
 */
public final class AddresseeLines {

    private static final Pattern TRAILING_MCN = Pattern.compile("\\s([0-9]{1,5})$");

    private static final Pattern TRAILING_PRECEDENCE =
            Pattern.compile("(?:^|\\s)(NIACT IMMEDIATE|FLASH|IMMEDIATE|PRIORITY|ROUTINE)$");

    /** Words a unit number follows: detachment, (commander) task force / group / unit / element, operating location. */
    private static final Set<String> UNIT_WORDS =
            Set.of("DET", "TF", "JTF", "CTF", "TG", "CTG", "TU", "CTU", "TE", "CTE", "OL");

    private AddresseeLines() {}

    /** The addressee on {@code line}, or null when the line names none. */
    public static Addressee parse(String line) {
        String rest = line.strip();
        if (rest.isEmpty() || rest.length() > 200) {
            return null;
        }
        String route = null;
        int routeEnd = routeEnd(rest);
        if (routeEnd > 0) {
            route = rest.startsWith("ZEN/") ? null : rest.substring(0, routeEnd - 1);
            rest = rest.substring(routeEnd).strip();
        }
        String mcn = null;
        if (endsInUnitNumber(rest)) {
            return new Addressee(route, rest, null, null);
        }
        if (endsWithNextLine(rest)) {
            Matcher mcnMatch = TRAILING_MCN.matcher(rest);
            if (mcnMatch.find()) {
                mcn = mcnMatch.group(1);
                rest = rest.substring(0, mcnMatch.start()).strip();
            }
        } else {
            int mcnStart = mcnStart(rest);
            if (mcnStart >= 0) {
                mcn = rest.substring(mcnStart + 1);
                rest = rest.substring(0, mcnStart).strip();
            }
        }
        String precedence = null;
        if (endsWithNextLine(rest)) {
            Matcher precedenceMatch = TRAILING_PRECEDENCE.matcher(rest);
            if (precedenceMatch.find()) {
                precedence = precedenceMatch.group(1);
                rest = rest.substring(0, precedenceMatch.start()).strip();
            }
        } else {
            for (String word : PRECEDENCES) {
                int at = rest.length() - word.length();
                if (at >= 0 && rest.startsWith(word, at) && (at == 0 || isPatternSpace(rest.charAt(at - 1)))) {
                    precedence = word;
                    rest = rest.substring(0, Math.max(0, at - 1)).strip();
                    break;
                }
            }
        }
        if (rest.isEmpty()) {
            return null;
        }
        if (mcn != null && endsWithUnitWord(rest)) {
            rest = rest + " " + mcn; // "CTF 60 PRIORITY": 60 is the task force
            mcn = null;
        }
        return new Addressee(route, rest, precedence, mcn);
    }

    /*
     * Plain scans that find what ROUTE (lookingAt), TRAILING_MCN and TRAILING_PRECEDENCE (find) find, without trying
     * the patterns at every position of the line:
     * - a route is R and 3 to 7 of [A-Z0-9] then '/', or ZEN/;
     * - a trailing MCN can only be the whole run of digits ending the line, with a \s character before it;
     * - of the precedences, NIACT IMMEDIATE is tried first: where it ends the line it starts left of IMMEDIATE, and
     *   find returns the leftmost match.
     * The patterns stay for a line ending in U+0085: their $ also matches before that final line terminator, which
     * strip() keeps (it is not whitespace).
     */

    private static final String[] PRECEDENCES = {"NIACT IMMEDIATE", "FLASH", "IMMEDIATE", "PRIORITY", "ROUTINE"};

    /** Whether the name ends in a unit word and its number, with nothing after: {@code CTF 60}. */
    private static boolean endsInUnitNumber(String s) {
        int start = mcnStart(s);
        return start > 0 && endsWithUnitWord(s.substring(0, start));
    }

    private static boolean endsWithUnitWord(String s) {
        int end = s.length();
        int start = end;
        while (start > 0 && !isPatternSpace(s.charAt(start - 1))) {
            start--;
        }
        return UNIT_WORDS.contains(s.substring(start, end));
    }

    /** The index after the route's '/', or 0 when the line does not open with a route. */
    private static int routeEnd(String s) {
        if (s.startsWith("ZEN/")) {
            return 4;
        }
        if (s.charAt(0) != 'R') {
            return 0;
        }
        int i = 1;
        while (i < s.length() && i <= 8 && isUpperOrDigit(s.charAt(i))) {
            i++;
        }
        int run = i - 1;
        return run >= 3 && run <= 7 && i < s.length() && s.charAt(i) == '/' ? i + 1 : 0;
    }

    /** The index of the whitespace before a trailing MCN of 1 to 5 digits, or -1. */
    private static int mcnStart(String s) {
        int i = s.length();
        while (i > 0 && isDigit(s.charAt(i - 1))) {
            i--;
        }
        int digits = s.length() - i;
        return digits >= 1 && digits <= 5 && i > 0 && isPatternSpace(s.charAt(i - 1)) ? i - 1 : -1;
    }

    private static boolean endsWithNextLine(String s) {
        return !s.isEmpty() && s.charAt(s.length() - 1) == '\u0085';
    }

    private static boolean isDigit(char c) {
        return c >= '0' && c <= '9';
    }

    private static boolean isUpperOrDigit(char c) {
        return c >= 'A' && c <= 'Z' || isDigit(c);
    }

    /** What {@code \s} matches without UNICODE_CHARACTER_CLASS. */
    private static boolean isPatternSpace(char c) {
        return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }
}
