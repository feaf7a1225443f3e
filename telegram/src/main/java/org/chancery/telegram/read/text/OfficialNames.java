package org.chancery.telegram.read.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Finds the classifying officials' names in the part of a "Classified By" text before its reasons, dropping titles
 * and offices: {@code PolMinCons Greg Berry} → {@code Greg Berry}; {@code Jennifer Brush, Charge, US Embassy X} →
 * {@code Jennifer Brush}; {@code ISN/MTR DIRECTOR PAM DURHAM} → {@code PAM DURHAM}.
 *
 * <p>Officials are separated by {@code and}, {@code &} or {@code ;}. Within one official only the first
 * comma-separated part that holds a name counts (later parts are titles and offices). The name is the trailing run of
 * name words of that part: capitalised words and initials, with particles such as {@code de} or {@code van} inside.
 * A word is a title, not a name, when it is in the title vocabulary, contains {@code /}, or is written in camel case
 * ({@code PolMinCons}, {@code EcoPol}).
 */
final class OfficialNames {
    private static final Pattern OFFICIAL_SEPARATORS = Pattern.compile("(?i)\\s+and\\s+|\\s*&\\s*|;");
    private static final Pattern TRAILING_PARENTHESES = Pattern.compile("\\s*\\([^()]{0,20}\\)$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.:,;\\-]+$");
    private static final String[] MAC_PREFIXES = {
        "Mc", "Mac", "O'", "O’", "D'", "D’", "De", "La", "Le", "Di", "Du", "Van", "Von"
    };
    private static final Set<String> PARTICLES =
            Set.of("de", "da", "del", "van", "von", "der", "la", "le", "al", "bin");
    private static final Set<String> TITLES = Set.copyOf(List.of(
            "AMBASSADOR",
            "AMB",
            "AMBASSADOR-DESIGNATE",
            "CHARGE",
            "CHARGÉ",
            "D'AFFAIRES",
            "D’AFFAIRES",
            "AFFAIRES",
            "A.I",
            "DCM",
            "A/DCM",
            "ADCM",
            "DPAO",
            "POLCOUNSELOR",
            "CONSUL-GENERAL",
            "CDA",
            "COM",
            "DEPUTY",
            "CHIEF",
            "MISSION",
            "OF",
            "FOR",
            "THE",
            "POLITICAL",
            "POLITICAL-MILITARY",
            "ECONOMIC",
            "ECONOMICS",
            "COMMERCIAL",
            "CONSULAR",
            "PUBLIC",
            "AFFAIRS",
            "DIPLOMACY",
            "MANAGEMENT",
            "MINISTER",
            "MINISTER-COUNSELOR",
            "MINISTER-COUNSELLOR",
            "COUNSELOR",
            "COUNSELLOR",
            "COUNS",
            "MIN",
            "CONS",
            "POL",
            "ECON",
            "POLOFF",
            "ECONOFF",
            "POLECON",
            "OFFICER",
            "OFFICE",
            "SECTION",
            "UNIT",
            "HEAD",
            "DIRECTOR",
            "ACTING",
            "ASSISTANT",
            "SECRETARY",
            "UNDER",
            "UNDERSECRETARY",
            "CONSUL",
            "GENERAL",
            "CONGEN",
            "CG",
            "PO",
            "DPO",
            "PRINCIPAL",
            "COORDINATOR",
            "DEVELOPMENT",
            "REGIONAL",
            "PRESENCE",
            "SENIOR",
            "SPECIAL",
            "REPRESENTATIVE",
            "ENVOY",
            "ADVISOR",
            "ADVISER",
            "ATTACHE",
            "DEFENSE",
            "LEGAL",
            "PRESS",
            "SPOKESMAN",
            "DESK",
            "TEAM",
            "LEADER",
            "LEAD",
            "GLOBAL",
            "AGRICULTURAL",
            "LABOR",
            "INTERIM",
            "EMBASSY",
            "CONSULATE",
            "DEPARTMENT",
            "DEPT",
            "STATE",
            "US",
            "U.S",
            "USG",
            "USEU",
            "USNATO",
            "USUN",
            "MULTIPLE",
            "SOURCES",
            "SOURCE",
            "DERIVED",
            "CLASSIFIED",
            "BY",
            "PERMANENT",
            "ALTERNATE",
            "CHARGE'",
            "MGMT",
            "RSO",
            "PAO",
            "DATT",
            "USAID",
            "MC",
            "PMC",
            "EMC",
            "DAS",
            "PDAS",
            "ACTG",
            "OFFICIAL",
            "BRANCH",
            "INR",
            "OPS",
            "NONPROLIFERATION",
            "SECURITY",
            "RESOURCE",
            "TRADE",
            "ENERGY",
            "ENVIRONMENT",
            "SCIENCE",
            "HEALTH",
            "DIVISION",
            "BUREAU",
            "AND",
            "STAFF",
            "AIDE",
            "ASSOCIATE",
            "INTERNATIONAL",
            "RELATIONS",
            "INTERNAL",
            "EXTERNAL",
            "AFFAIR",
            "CHARGÉ",
            "CHARGE-D'AFFAIRES",
            "PRINCIPLE",
            "POLMINCOUNS",
            "POLCOUNS",
            "ESTH",
            "ESTOFF",
            "EST",
            "ECOPOL",
            "POLMIL",
            "DEPUTY-CHIEF",
            "COUNSELOR-GENERAL",
            "VICE",
            "CHAIRMAN",
            "PRESIDENT",
            "GOVERNOR",
            "COMMANDER",
            "GENERAL",
            "ADMIRAL",
            "COLONEL",
            "COL",
            "LTC",
            "MAJ",
            "CAPT",
            "LIEUTENANT",
            "DR",
            "MR",
            "MS",
            "MRS",
            "HON",
            "HONORABLE"));

    private static final Set<String> CONNECTORS =
            Set.of("FOR", "PER", "BY", "UNDER", "SECTION", "E.O", "EO", "FO", "-FOR", "REASONS", "REASON", "AND");

    /** Words that make the name after them a place: "US MISSION GENEVA", "EMBASSY OTTAWA" (people only are names). */
    private static final Set<String> PLACE_PREFIXES =
            Set.of("EMBASSY", "AMEMBASSY", "CONSULATE", "AMCONSUL", "USMISSION", "POST");
    /** Before "MISSION", words that make it an office and not part of a title ("CHIEF OF MISSION"). */
    private static final Set<String> MISSION_OWNERS = Set.of("US", "U.S", "U.S.", "USUN", "USEU", "USNATO", "UN");

    private OfficialNames() {}

    static List<String> read(String officials) {
        List<String> names = new ArrayList<>();
        if (officials == null || officials.isBlank()) {
            return names;
        }
        for (String official : OFFICIAL_SEPARATORS.split(officials)) {
            String part = firstPartWithName(official);
            if (part != null) {
                String name = trailingName(part);
                if (name != null && !names.contains(name)) {
                    names.add(name);
                }
            }
        }
        return names;
    }

    /**
     * The first comma-separated part that holds a name, provided every part before it is titles only
     * ({@code Charge d'Affaires, a.i., Dan Piccuta}); titles and offices after a name are ignored.
     */
    private static String firstPartWithName(String official) {
        for (String part : official.split(",")) {
            if (trailingName(part) != null) {
                return part;
            }
            if (hasNameWord(part)) {
                return null;
            }
        }
        return null;
    }

    private static boolean hasNameWord(String part) {
        for (String w : Whitespace.words(part.strip())) {
            if (isNameWord(w)) {
                return true;
            }
        }
        return false;
    }

    static String trailingName(String part) {
        String stripped = part.strip();
        if (stripped.indexOf(')') >= 0) {
            stripped = TRAILING_PARENTHESES.matcher(stripped).replaceAll("");
        }
        String[] words = Whitespace.words(withoutTrailingPunctuation(stripped));
        int end = words.length;
        while (end > 0 && isTrailingConnector(words[end - 1])) {
            end--; // "John Smith per", "Jane Doe for E.O. 12958", "Hugo Llorens for reaons"
        }
        int start = end;
        boolean hasSurname = false;
        while (start > 0) {
            String w = words[start - 1];
            if (isNameWord(w)) {
                if (!isInitial(w)) {
                    hasSurname = true;
                }
                start--;
            } else if (PARTICLES.contains(w) && start < end && nameBeforeParticles(words, start - 1)) {
                start--;
            } else {
                break;
            }
        }
        if (start == end || !hasSurname || isInitial(words[end - 1]) || afterPlacePrefix(words, start)) {
            return null;
        }
        String name = String.join(" ", List.of(words).subList(start, end));
        // "JUAN SOTO. E.O. 12958": the sentence's dot is not part of the name (an initial's dot is)
        return name.endsWith(".") && !isInitial(words[end - 1]) ? name.substring(0, name.length() - 1) : name;
    }

    /** Whether the words before {@code start} name an embassy or mission, so the name after them is its place. */
    private static boolean afterPlacePrefix(String[] words, int start) {
        if (start == 0) {
            return false;
        }
        String before = withoutTrailingPunctuation(words[start - 1].toUpperCase(Locale.ROOT));
        if (PLACE_PREFIXES.contains(before)) {
            return true;
        }
        return before.equals("MISSION")
                && start >= 2
                && MISSION_OWNERS.contains(words[start - 2].toUpperCase(Locale.ROOT));
    }

    /** Whether a name word comes before the run of particles ending at {@code index} ("Ines de la Vega"). */
    private static boolean nameBeforeParticles(String[] words, int index) {
        int k = index;
        while (k >= 0 && PARTICLES.contains(words[k])) {
            k--;
        }
        return k >= 0 && isNameWord(words[k]);
    }

    private static boolean isTrailingConnector(String w) {
        String key = withoutTrailingPunctuation(w.toUpperCase(Locale.ROOT));
        if (CONNECTORS.contains(key)) {
            return true;
        }
        if (isNameWord(w)) {
            return false;
        }
        return w.isEmpty()
                || Character.isLowerCase(w.charAt(0))
                || !w.chars().anyMatch(Character::isLetter)
                || CONNECTORS.contains(key);
    }

    /** As {@code TRAILING_PUNCTUATION} replaced by nothing; the regex runs only when the last character allows it. */
    private static String withoutTrailingPunctuation(String s) {
        if (s.isEmpty()) {
            return s;
        }
        char last = s.charAt(s.length() - 1);
        // "$" also matches before a final line terminator, so such an ending takes the regex too
        if (".:,;-".indexOf(last) < 0 && !isLineTerminator(last)) {
            return s;
        }
        return TRAILING_PUNCTUATION.matcher(s).replaceAll("");
    }

    // The word tests below are char loops equal to the regexes in their Javadoc: they run for every word of every
    // "Classified By" line, where regex matching cost a noticeable share of parsing.

    /** {@code (?:[A-Z]\.)+|(?:[A-Z]\.){0,3}[A-Z][A-Za-z'’-]*\.?}, not a title, no {@code /}, not camel case. */
    private static boolean isNameWord(String w) {
        if (w.isEmpty() || !(isInitial(w) || isInitialsThenWord(w))) {
            return false; // a word with '/' never gets past the shape check
        }
        String upper = w.toUpperCase(Locale.ROOT);
        String key = upper.endsWith(".") ? upper.substring(0, upper.length() - 1) : upper;
        if (TITLES.contains(key)) {
            return false;
        }
        return !isCamel(w) || isMacName(w);
    }

    /** {@code (?:[A-Z]\.){0,3}[A-Z][A-Za-z'’-]*\.?}. */
    private static boolean isInitialsThenWord(String w) {
        for (int pairs = 0; pairs <= 3; pairs++) {
            int at = 2 * pairs;
            if (pairs > 0 && !(at <= w.length() && isUpper(w.charAt(at - 2)) && w.charAt(at - 1) == '.')) {
                return false;
            }
            if (isWordFrom(w, at)) {
                return true;
            }
        }
        return false;
    }

    /** Whether {@code [A-Z][A-Za-z'’-]*\.?} matches {@code w} from {@code from} to its end. */
    private static boolean isWordFrom(String w, int from) {
        int n = w.length();
        if (from >= n || !isUpper(w.charAt(from))) {
            return false;
        }
        int i = from + 1;
        while (i < n && isWordChar(w.charAt(i))) {
            i++;
        }
        return i == n || (i == n - 1 && w.charAt(i) == '.');
    }

    private static boolean isWordChar(char c) {
        return isUpper(c) || isLower(c) || c == '\'' || c == '’' || c == '-';
    }

    /** {@code [A-Z][a-z]+[A-Z].*|[A-Z]{2,}[a-z]+.*}: PolMinCons, EcoPol, ECOnomics. */
    private static boolean isCamel(String w) {
        int n = w.length();
        if (n == 0 || !isUpper(w.charAt(0))) {
            return false;
        }
        int i = 1;
        while (i < n && isLower(w.charAt(i))) {
            i++;
        }
        if (i >= 2 && i < n && isUpper(w.charAt(i)) && noLineTerminatorFrom(w, i + 1)) {
            return true;
        }
        int j = 1;
        while (j < n && isUpper(w.charAt(j))) {
            j++;
        }
        return j >= 2 && j < n && isLower(w.charAt(j)) && noLineTerminatorFrom(w, j + 1);
    }

    /**
     * McMullen, MacArthur, O'Brien: capitals inside a real name. As {@code
     * (?:Mc|Mac|O'|O’|D'|D’|De|La|Le|Di|Du|Van|Von)[A-Z][a-z]+.*} and not {@code .*[a-z][A-Z].*[a-z][A-Z].*}.
     */
    private static boolean isMacName(String w) {
        return hasMacPrefix(w) && !hasTwoHumps(w);
    }

    private static boolean hasMacPrefix(String w) {
        for (String prefix : MAC_PREFIXES) {
            int at = prefix.length();
            if (w.startsWith(prefix)
                    && at + 1 < w.length()
                    && isUpper(w.charAt(at))
                    && isLower(w.charAt(at + 1))
                    && noLineTerminatorFrom(w, at + 2)) {
                return true;
            }
        }
        return false;
    }

    /** {@code .*[a-z][A-Z].*[a-z][A-Z].*}: two lower-to-upper steps, and no line terminator for the dots. */
    private static boolean hasTwoHumps(String w) {
        if (!noLineTerminatorFrom(w, 0)) {
            return false;
        }
        int humps = 0;
        for (int i = 0; i + 1 < w.length(); i++) {
            if (isLower(w.charAt(i)) && isUpper(w.charAt(i + 1))) {
                humps++;
                i++; // the two steps may not share a character
                if (humps == 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /** {@code (?:[A-Z]\.)+}. */
    private static boolean isInitial(String w) {
        int n = w.length();
        if (n == 0 || n % 2 != 0) {
            return false;
        }
        for (int i = 0; i < n; i += 2) {
            if (!isUpper(w.charAt(i)) || w.charAt(i + 1) != '.') {
                return false;
            }
        }
        return true;
    }

    /** Whether a regex {@code .*} can run from {@code from} to the end: no line terminator as {@link Pattern} sees it. */
    private static boolean noLineTerminatorFrom(String w, int from) {
        for (int i = from; i < w.length(); i++) {
            if (isLineTerminator(w.charAt(i))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isLineTerminator(char c) {
        return c == '\n' || c == '\r' || c == '\u0085' || c == '\u2028' || c == '\u2029';
    }

    private static boolean isUpper(char c) {
        return c >= 'A' && c <= 'Z';
    }

    private static boolean isLower(char c) {
        return c >= 'a' && c <= 'z';
    }
}
