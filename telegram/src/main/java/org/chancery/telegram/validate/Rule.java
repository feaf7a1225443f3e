package org.chancery.telegram.validate;

/**
 * The validator's rule catalogue. Codes are stable: a rule may be retired but its code is never reused.
 * {@code docs/validation-rules.md} lists the same rules for readers of the reports.
 */
public enum Rule {
    B001("CHN-B001", Severity.ERROR, "Banner below the highest paragraph marking"),
    B002("CHN-B002", Severity.ERROR, "Paragraph caveat not carried by the banner"),
    B003("CHN-B003", Severity.WARNING, "Paragraph of a classified cable without portion marking"),
    B004("CHN-B004", Severity.ERROR, "Unreadable paragraph marking"),
    D001("CHN-D001", Severity.ERROR, "Classified cable without declassification instruction"),
    D002("CHN-D002", Severity.ERROR, "Classified cable without Classified By line"),
    D003("CHN-D003", Severity.ERROR, "Classified By line without reasons"),
    D004("CHN-D004", Severity.ERROR, "Malformed classification reason"),
    D005("CHN-D005", Severity.WARNING, "Declassification date not within 25 years after the cable"),
    D006("CHN-D006", Severity.WARNING, "Unknown classification authority"),
    T001("CHN-T001", Severity.WARNING, "Cable without TAGS"),
    T002("CHN-T002", Severity.WARNING, "Malformed TAG"),
    T003("CHN-T003", Severity.WARNING, "Unknown subject TAG"),
    T004("CHN-T004", Severity.WARNING, "TAGS without country or organisation tag"),
    P001("CHN-P001", Severity.ERROR, "Invalid addressee precedence"),
    P002("CHN-P002", Severity.WARNING, "FL5 prosign differs from the highest addressee precedence"),
    A001("CHN-A001", Severity.ERROR, "Malformed routing indicator"),
    A002("CHN-A002", Severity.ERROR, "Malformed message continuity number"),
    A003("CHN-A003", Severity.ERROR, "No action addressee"),
    S001("CHN-S001", Severity.ERROR, "Inconsistent section numbering"),
    R001("CHN-R001", Severity.ERROR, "Malformed reference id"),
    R002("CHN-R002", Severity.WARNING, "REF entry cites a malformed cable id"),
    R003("CHN-R003", Severity.WARNING, "REF cites a cable of a later year"),
    H001("CHN-H001", Severity.ERROR, "FL4 security warning inconsistent with the classification"),
    H002("CHN-H002", Severity.WARNING, "Date-time group unreadable or disagreeing with the cable date"),
    H003("CHN-H003", Severity.ERROR, "Date out of range");

    private final String code;
    private final Severity severity;
    private final String title;

    Rule(String code, Severity severity, String title) {
        this.code = code;
        this.severity = severity;
        this.title = title;
    }

    public String code() {
        return code;
    }

    public Severity severity() {
        return severity;
    }

    /** A short description for reports and the docs. */
    public String title() {
        return title;
    }
}
