package org.chancery.telegram.validate;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The TAGS codes the project knows (5 FAH-3): subject tags by family, the State Department's two-letter country
 * codes, and organisation tags. The lists are curated, not complete; an unknown but well-formed tag is a warning.
 */
public final class TagCatalogue {
    private TagCatalogue() {}

    /** Subject tags: four letters, the first naming the family (P, E, K, M, A, C, O, S, T). */
    public static final List<String> SUBJECT_TAGS = List.of(
            // political
            "PREL",
            "PGOV",
            "PTER",
            "PINR",
            "PHUM",
            "PINS",
            "PARM",
            "PBTS",
            "PREF",
            "PNAT",
            "PROP",
            "PMIL",
            "PHSA",
            "PBIO",
            "PELN",
            "PINT",
            // economic
            "ECON",
            "EFIN",
            "ETRD",
            "ENRG",
            "EPET",
            "EAID",
            "EAGR",
            "ELAB",
            "EINV",
            "EMIN",
            "ECPS",
            "ETTC",
            "EIND",
            "EWWT",
            "EAIR",
            "EFIS",
            "ELTN",
            "ECIN",
            // key issues
            "KDEM",
            "KNNP",
            "KCRM",
            "KJUS",
            "KTFN",
            "KWMN",
            "KISL",
            "KPAO",
            "KCOR",
            "KIRF",
            "KHLS",
            "KMDR",
            "KGHG",
            "KSCA",
            "KTIP",
            "KPKO",
            "KMPI",
            "KFRD",
            "KIPR",
            "KCFE",
            "KSUM",
            "KPRP",
            "KOLY",
            "KHIV",
            "KFLU",
            "KAWK",
            "KNAR",
            "KSEP",
            "KCIP",
            "KGIC",
            "KRAD",
            "KBIO",
            "KDRG",
            // military
            "MARR",
            "MOPS",
            "MASS",
            "MCAP",
            "MNUC",
            "MTRE",
            // administration
            "AMGT",
            "ABUD",
            "APER",
            "ASEC",
            "AODE",
            "AFIN",
            "ASIG",
            // consular
            "CASC",
            "CVIS",
            "CMGT",
            "CPAS",
            // operations and visits
            "OVIP",
            "OEXC",
            "OIIP",
            "OPDC",
            "OTRA",
            "OREP",
            "OSCI",
            // social
            "SOCI",
            "SENV",
            "SMIG",
            "SNAR",
            "SCUL",
            "SHUM",
            "SEDU",
            // technology
            "TBIO",
            "TSPL",
            "TINT",
            "TNAR",
            "TRGY",
            "TSPA",
            "TPHY");

    /** Two-letter country codes in the State Department's own scheme (not ISO: UK, GM, IZ, RS, CH...). */
    public static final List<String> COUNTRY_TAGS = List.of(
            "US", "UK", "FR", "GM", "IT", "SP", "RS", "CH", "JA", "KS", "KN", "IN", "PK", "AF", "IZ", "IR", "IS", "EG",
            "SA", "TU", "BR", "VE", "CO", "MX", "AR", "BL", "CA", "NI", "KE", "SF", "ET", "SU", "LY", "MO", "AG", "TS",
            "YM", "QA", "KU", "BA", "AE", "UP", "GG", "AJ", "AM", "KZ", "TX", "KG", "TI", "UZ", "LE", "SY", "JO", "NO",
            "SW", "PL", "EN", "LG", "LH", "HR", "SR", "KV", "BK", "MK", "TH", "BM", "MG", "ZI", "UG", "SG", "ML", "IV",
            "HA", "PM", "ES", "HO", "NU", "PE", "CI", "PA", "EC", "NL", "BE", "AU", "VT", "EI", "CE", "MY", "SN", "ID",
            "MU", "DJ", "ER", "CU", "BB", "EZ", "RO", "BU", "LU", "UV", "RW", "MZ", "SO", "GR", "CY", "DA", "FI", "HU",
            "LO", "SI", "AL", "MD", "BO", "AS", "NZ", "RP", "VM", "CB", "BG", "NP", "TW", "GH", "CG", "TZ", "ZA", "AO",
            "NG", "CD", "GV", "LI", "GT", "DR", "CS", "JM", "UY", "WI", "PO", "SZ", "EUN", "XA", "XB", "XF", "XG", "XH",
            "XL", "XM", "XR", "XS", "XW", "XY", "XZ");

    /** Organisation tags. */
    public static final List<String> ORGANISATION_TAGS = List.of(
            "NATO", "UNSC", "UNGA", "UN", "EUN", "AU", "OSCE", "IAEA", "WTO", "OAS", "ASEAN", "APEC", "OPEC", "G8",
            "IMF", "IBRD", "ICRC", "UNHRC", "UNHCR", "ECOWAS", "SADC", "OECD", "ICJ", "ICC", "GCC", "OIC", "CE");

    private static final Set<String> SUBJECTS = Set.copyOf(SUBJECT_TAGS);
    private static final Set<String> COUNTRIES = Set.copyOf(COUNTRY_TAGS);
    private static final Set<String> ORGANISATIONS = Set.copyOf(ORGANISATION_TAGS);
    private static final Pattern SUBJECT_SHAPE = Pattern.compile("[PEKMACOST][A-Z]{3}");
    private static final Pattern PERSON_TAG = Pattern.compile("[A-Z][A-Z'.\\- ]*(?:, ?[A-Z][A-Z'.\\- ]*)?");

    public static boolean isKnownSubject(String tag) {
        return SUBJECTS.contains(tag);
    }

    public static boolean isCountry(String tag) {
        return COUNTRIES.contains(tag);
    }

    public static boolean isOrganisation(String tag) {
        return ORGANISATIONS.contains(tag);
    }

    /** A subject tag in form: four letters of a known family. */
    public static boolean hasSubjectShape(String tag) {
        return SUBJECT_SHAPE.matcher(tag).matches();
    }

    /**
     * Whether the tag is well formed: a subject tag, a country code, an organisation tag, or a person tag written in
     * parentheses after OVIP/KPAO ({@code (DOE, JANE)}), or {@code OVIP (DOE, JANE)} kept whole.
     */
    public static boolean isWellFormed(String tag) {
        if (hasSubjectShape(tag) || isCountry(tag) || isOrganisation(tag) || tag.matches("[A-Z]{2}")) {
            return true;
        }
        String person = tag;
        int open = tag.indexOf('(');
        if (open >= 0 && tag.endsWith(")")) {
            String head = tag.substring(0, open).trim();
            if (!head.isEmpty() && !hasSubjectShape(head)) {
                return false;
            }
            person = tag.substring(open + 1, tag.length() - 1).trim();
            return PERSON_TAG.matcher(person).matches();
        }
        return false;
    }
}
