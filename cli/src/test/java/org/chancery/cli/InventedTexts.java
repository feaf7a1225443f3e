package org.chancery.cli;

/** Cables from the invented Embassy Valdoria, written for these tests in the real layouts. */
final class InventedTexts {
    private InventedTexts() {}

    /** A well-formed confidential cable in the record layout, header glued to the banner as in real data. */
    static final String RECORD = """
            09VALDORIA123
            VALDORIA: MINISTER OPTIMISTIC ON RIVER TREATY
            Sat Feb 14 00:00:00 +0100 2009
            CONFIDENTIAL
            Embassy Valdoria
            VZCZCXYZ0042
            PP RUEHMQ
            DE RUEHVD #0123/01 0451230
            ZNY CCCCC ZZH
            P 141230Z FEB 09
            FM AMEMBASSY VALDORIA
            TO RUEHC/SECSTATE WASHDC PRIORITY 0311
            INFO RUEHMQ/AMEMBASSY MARQUETTA PRIORITY 0017C O N F I D E N T I A L VALDORIA 000123

            SIPDIS

            E.O. 12958: DECL: 02/14/2019
            TAGS: PREL PGOV UK
            SUBJECT: VALDORIA: MINISTER OPTIMISTIC ON RIVER TREATY

            REF: VALDORIA 98

            Classified By: Ambassador Tomas Hale, reasons 1.4 (b) and (d).

            ¶1. (C) Summary. Foreign Minister Anna Kestrel expects the river treaty to be signed by spring.
            End summary.

            ¶2. (C) Kestrel told the Ambassador February 13 that both delegations had cleared the last annex.

            HALE
            """;

    /** The same cable with a SECRET paragraph under a CONFIDENTIAL banner: an ERROR for the validator. */
    static final String RECORD_OVER_CLASSIFIED_PARAGRAPH = RECORD.replace("¶2. (C) Kestrel", "¶2. (S) Kestrel");

    /** A few words of a cable's text and nothing else. */
    static final String FRAGMENT = """
            ¶3. (C) The minister added that the fisheries question (REF A) is settled.
            """;

    /** Three cables in the Cablegate CSV layout; the second row's date is not a date. */
    static String csv(boolean secondRowBroken) {
        return row(1, "02/14/2009 12:30", "09VALDORIA123", "Minister expects the treaty by spring.")
                + row(2, secondRowBroken ? "sometime in 2009" : "02/15/2009 09:10", "09VALDORIA124", "Talks resume.")
                + row(3, "02/16/2009 17:45", "09VALDORIA125", "The annex is \\\"cleared\\\".");
    }

    private static String row(int n, String date, String id, String sentence) {
        String serial = id.substring("09VALDORIA".length());
        return "\"" + n + "\",\"" + date + "\",\"" + id + "\",\"Embassy Valdoria\",\"UNCLASSIFIED\",\"\",\""
                + "P 141230Z FEB 09\nFM AMEMBASSY VALDORIA\nTO SECSTATE WASHDC PRIORITY 0311\","
                + "\"UNCLAS VALDORIA 000" + serial + " \n \nE.O. 12958: N/A\nTAGS: PREL UK\n"
                + "SUBJECT: RIVER TREATY " + n + "\n \n1. " + sentence + "\n \nHALE\"\n";
    }
}
