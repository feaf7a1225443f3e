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
    private static final Pattern NAME_WORD = Pattern.compile("(?:[A-Z]\\.)+|(?:[A-Z]\\.){0,3}[A-Z][A-Za-z'’-]*\\.?");
    private static final Pattern CAMEL = Pattern.compile("[A-Z][a-z]+[A-Z].*|[A-Z]{2,}[a-z]+.*");
    private static final Pattern OFFICIAL_SEPARATORS = Pattern.compile("(?i)\\s+and\\s+|\\s*&\\s*|;");
    private static final Pattern TRAILING_PARENTHESES = Pattern.compile("\\s*\\([^()]{0,20}\\)$");
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[.:,;\\-]+$");
    private static final Pattern DOT_END = Pattern.compile("\\.$");
    private static final Pattern MAC_NAME =
            Pattern.compile("(?:Mc|Mac|O'|O’|D'|D’|De|La|Le|Di|Du|Van|Von)[A-Z][a-z]+.*");
    private static final Pattern TWO_HUMPS = Pattern.compile(".*[a-z][A-Z].*[a-z][A-Z].*");
    private static final Pattern INITIALS = Pattern.compile("(?:[A-Z]\\.)+");
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
        String[] words = Whitespace.words(TRAILING_PUNCTUATION
                .matcher(TRAILING_PARENTHESES.matcher(part.strip()).replaceAll(""))
                .replaceAll(""));
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
        if (start == end || !hasSurname || isInitial(words[end - 1])) {
            return null;
        }
        return String.join(" ", List.of(words).subList(start, end));
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
        String key = TRAILING_PUNCTUATION.matcher(w.toUpperCase(Locale.ROOT)).replaceAll("");
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

    private static boolean isNameWord(String w) {
        if (w.isEmpty() || w.contains("/") || !NAME_WORD.matcher(w).matches()) {
            return false;
        }
        String key = DOT_END.matcher(w.toUpperCase(Locale.ROOT)).replaceAll("");
        if (TITLES.contains(key)) {
            return false;
        }
        return !CAMEL.matcher(w).matches() || isMacName(w);
    }

    /** McMullen, MacArthur, O'Brien: capitals inside a real name. */
    private static boolean isMacName(String w) {
        return MAC_NAME.matcher(w).matches() && !TWO_HUMPS.matcher(w).matches();
    }

    private static boolean isInitial(String w) {
        return INITIALS.matcher(w).matches();
    }
}
