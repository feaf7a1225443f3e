package org.chancery.synthetic;

import java.util.Locale;
import java.util.SplittableRandom;

/**
 * An invented phrase grammar for subjects, sentences and names. Nothing here comes from real cables: the
 * vocabulary is generic diplomatic English and the people are made up from syllables.
 */
final class PhraseGrammar {
    private static final String[] MONTHS = {
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December"
    };
    private static final String[] ROLES = {
        "the Deputy Foreign Minister", "the Minister of Finance", "a senior presidential adviser",
        "the Speaker of Parliament", "the central bank governor", "the Interior Minister",
        "an opposition party leader", "the Chief of Defense Staff", "a ruling party strategist",
        "the Trade Minister", "the Energy Minister", "a well-connected journalist",
        "the head of the electoral commission", "a respected academic", "a business association leader",
        "the Foreign Ministry's director for the Americas", "a provincial governor", "the national security adviser"
    };
    private static final String[] LISTENERS = {
        "PolOff", "EconOff", "the Ambassador", "the DCM", "us", "PolCouns", "Emboffs", "the visiting delegation"
    };
    private static final String[] ACTORS = {
        "the government",
        "the ruling coalition",
        "the cabinet",
        "the central bank",
        "the opposition",
        "parliament",
        "the military leadership",
        "the provincial administration",
        "the prime minister's office",
        "the ministry",
        "the donor group",
        "the security apparatus",
        "the business lobby",
        "the judiciary",
        "the civil society coalition",
        "the presidency",
        "the state oil company",
        "the neighboring government"
    };
    private static final String[] VERBS = {
        "intends to review",
        "is unlikely to support",
        "has quietly expanded",
        "will seek to delay",
        "remains divided over",
        "plans to announce",
        "has yet to fund",
        "is pressing for",
        "has publicly rejected",
        "is preparing",
        "privately welcomed",
        "continues to resist",
        "has agreed in principle to",
        "is reconsidering",
        "will not oppose",
        "expects to conclude",
        "is concerned about",
        "has stalled on"
    };
    private static final String[] OBJECTS = {
        "the draft budget",
        "the electricity tariff reform",
        "a new customs agreement",
        "the anti-corruption commission",
        "the border monitoring mission",
        "the proposed electoral law",
        "the fuel subsidy cuts",
        "the port concession",
        "the regional security initiative",
        "the pending extradition request",
        "the bilateral investment treaty",
        "the census results",
        "the water-sharing accord",
        "the new media law",
        "the refinery project",
        "the amnesty proposal",
        "the counternarcotics program",
        "the visa facilitation talks",
        "the reconstruction fund",
        "the nuclear safeguards inspection",
        "the pension reform",
        "the railway tender",
        "the fisheries dispute"
    };
    private static final String[] TAILS = {
        "",
        "",
        "",
        " before the end of the year",
        " despite strong public opposition",
        " in the coming weeks",
        " ahead of the elections",
        " if the coalition holds",
        " under pressure from international lenders",
        " once the budget passes",
        " without consulting the provinces",
        " as early as next month"
    };
    private static final String[] SUBJECT_ACTORS = {
        "GOVERNMENT",
        "CABINET",
        "OPPOSITION",
        "PARLIAMENT",
        "CENTRAL BANK",
        "MINISTER",
        "MILITARY",
        "PRESIDENT",
        "COALITION",
        "PRIME MINISTER",
        "FOREIGN MINISTRY",
        "RULING PARTY"
    };
    private static final String[] SUBJECT_VERBS = {
        "WEIGHS",
        "REJECTS",
        "DELAYS",
        "BACKS",
        "QUESTIONS",
        "PREPARES",
        "DEBATES",
        "SIGNALS SUPPORT FOR",
        "STALLS ON",
        "RETHINKS",
        "DEFENDS",
        "PUSHES"
    };
    private static final String[] FIRST_NAMES = {
        "Adrian", "Beatrix", "Cyril", "Dalia", "Emil", "Farah", "Gustav", "Helena", "Ivo", "Jana", "Karim", "Lidia",
        "Marek", "Nadia", "Otto", "Petra", "Rafael", "Sabine", "Tomas", "Ulla", "Viktor", "Wanda", "Yusuf", "Zora"
    };
    private static final String[] ONSETS = {
        "Bar", "Cal", "Dor", "Fen", "Gar", "Hal", "Kes", "Lor", "Mar", "Nor", "Pel", "Ros", "Sal", "Tor", "Val", "Wen",
        "Ast", "Brin", "Cor", "Dre", "Elm", "Hart", "Quen", "Stra"
    };
    private static final String[] CODAS = {
        "wick", "ley", "man", "son", "berg", "ford", "ton", "ova", "enko", "ez", "ani", "oku", "ard", "ell", "ini",
        "ov", "sky", "well", "ham", "dahl"
    };
    private static final String[] TITLES = {
        "Ambassador",
        "DCM",
        "Charge d'Affaires a.i.",
        "Political Counselor",
        "PolCouns",
        "Economic Counselor",
        "PolMinCouns",
        "A/DCM",
        "Acting Political Counselor"
    };
    private static final String[] DEPARTMENT_TITLES = {
        "Assistant Secretary", "Acting Assistant Secretary", "Deputy Assistant Secretary", "Office Director"
    };

    private PhraseGrammar() {}

    static String surname(SplittableRandom r) {
        return pick(r, ONSETS) + pick(r, CODAS);
    }

    static String personName(SplittableRandom r) {
        String first = pick(r, FIRST_NAMES);
        String middle = r.nextInt(3) == 0 ? " " + (char) ('A' + r.nextInt(26)) + "." : "";
        return first + middle + " " + surname(r);
    }

    static String classifierTitle(SplittableRandom r, boolean department) {
        return pick(r, department ? DEPARTMENT_TITLES : TITLES);
    }

    static String subject(SplittableRandom r, String country) {
        String object = withoutArticle(pick(r, OBJECTS)).toUpperCase(Locale.ROOT);
        return country + ": " + pick(r, SUBJECT_ACTORS) + " " + pick(r, SUBJECT_VERBS) + " " + object;
    }

    /** One sentence, appended to {@code out}. */
    static void sentence(SplittableRandom r, StringBuilder out) {
        switch (r.nextInt(8)) {
            case 0 -> {
                capitalised(out, speaker(r));
                out.append(" told ")
                        .append(pick(r, LISTENERS))
                        .append(" on ")
                        .append(pick(r, MONTHS))
                        .append(' ')
                        .append(1 + r.nextInt(28))
                        .append(" that ");
                clause(r, out);
            }
            case 1 -> {
                out.append("According to ").append(speaker(r)).append(", ");
                clause(r, out);
            }
            case 2 -> {
                StringBuilder c = new StringBuilder();
                clause(r, c);
                capitalised(out, c.toString());
            }
            case 3 -> {
                capitalised(out, speaker(r));
                out.append(" said ");
                clause(r, out);
                out.append(", but cautioned that ");
                clause(r, out);
            }
            case 4 -> {
                capitalised(out, speaker(r));
                out.append(" noted that ");
                clause(r, out);
                out.append("; ");
                clause(r, out);
            }
            case 5 -> {
                out.append("In ").append(r.nextBoolean() ? "his" : "her").append(" view, ");
                clause(r, out);
            }
            case 6 -> {
                out.append("We assess that ");
                clause(r, out);
            }
            default -> {
                capitalised(out, speaker(r));
                out.append(" added that ");
                clause(r, out);
                out.append(", and that ");
                clause(r, out);
            }
        }
        out.append('.');
    }

    private static void clause(SplittableRandom r, StringBuilder out) {
        out.append(pick(r, ACTORS))
                .append(' ')
                .append(pick(r, VERBS))
                .append(' ')
                .append(pick(r, OBJECTS))
                .append(pick(r, TAILS));
    }

    private static String speaker(SplittableRandom r) {
        String role = pick(r, ROLES);
        // a named official loses the article: "Trade Minister Ivo Calwick"
        return r.nextInt(3) == 0 ? withoutArticle(role) + " " + personName(r) : role;
    }

    private static void capitalised(StringBuilder out, String s) {
        out.append(Character.toUpperCase(s.charAt(0))).append(s, 1, s.length());
    }

    static <T> T pick(SplittableRandom r, T[] options) {
        return options[r.nextInt(options.length)];
    }

    private static String withoutArticle(String phrase) {
        for (String article : new String[] {"the ", "an ", "a "}) {
            if (phrase.startsWith(article)) {
                return phrase.substring(article.length());
            }
        }
        return phrase;
    }
}
