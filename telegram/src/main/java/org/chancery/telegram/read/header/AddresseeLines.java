package org.chancery.telegram.read.header;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.chancery.telegram.model.Addressee;

/**
 * Reads one addressee line of FL7/FL8: {@code [RI/]NAME [PRECEDENCE] [MCN]}, e.g. {@code RUEHC/SECSTATE WASHDC
 * IMMEDIATE 0520}, {@code SECSTATE WASHDC PRIORITY}, {@code RUEHZL/EUROPEAN POLITICAL COLLECTIVE}, or {@code
 * ZEN/AMCONSUL X} (no routing indicator: delivered by other means).
 */
public final class AddresseeLines {

    private static final Pattern ROUTE = Pattern.compile("(R[A-Z0-9]{3,7}|ZEN)/");

    private static final Pattern TRAILING_MCN = Pattern.compile("\\s([0-9]{1,5})$");

    private static final Pattern TRAILING_PRECEDENCE =
            Pattern.compile("(?:^|\\s)(NIACT IMMEDIATE|FLASH|IMMEDIATE|PRIORITY|ROUTINE)$");

    private AddresseeLines() {}

    /** The addressee on {@code line}, or null when the line names none. */
    public static Addressee parse(String line) {
        String rest = line.strip();
        if (rest.isEmpty() || rest.length() > 200) {
            return null;
        }
        String route = null;
        Matcher routeMatch = mayOpenWithRoute(rest) ? ROUTE.matcher(rest) : null;
        if (routeMatch != null && routeMatch.lookingAt()) {
            route = routeMatch.group(1).equals("ZEN") ? null : routeMatch.group(1);
            rest = rest.substring(routeMatch.end()).strip();
        }
        String mcn = null;
        Matcher mcnMatch = endsWithDigit(rest) ? TRAILING_MCN.matcher(rest) : null;
        if (mcnMatch != null && mcnMatch.find()) {
            mcn = mcnMatch.group(1);
            rest = rest.substring(0, mcnMatch.start()).strip();
        }
        String precedence = null;
        Matcher precedenceMatch = mayEndWithPrecedence(rest) ? TRAILING_PRECEDENCE.matcher(rest) : null;
        if (precedenceMatch != null && precedenceMatch.find()) {
            precedence = precedenceMatch.group(1);
            rest = rest.substring(0, precedenceMatch.start()).strip();
        }
        if (rest.isEmpty()) {
            return null;
        }
        return new Addressee(route, rest, precedence, mcn);
    }

    /*
     * Cheap tests run before each pattern; a pattern cannot match where its test fails, so results are unchanged.
     * The trailing patterns are searched with find, which would otherwise try every position of the line.
     */

    private static boolean mayOpenWithRoute(String s) {
        char first = s.charAt(0);
        return first == 'R' || first == 'Z';
    }

    private static boolean endsWithDigit(String s) {
        if (s.isEmpty()) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        return last >= '0' && last <= '9';
    }

    private static boolean mayEndWithPrecedence(String s) {
        return s.endsWith("IMMEDIATE") || s.endsWith("FLASH") || s.endsWith("PRIORITY") || s.endsWith("ROUTINE");
    }
}
