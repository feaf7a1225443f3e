package org.chancery.archive.audit;

/** What an audited event did. */
public enum AuditAction {
    SIGN_IN,
    SIGN_OUT,
    READ,
    SEARCH,
    EXPORT,
    REFS,
    STATS,
    ADMINISTER,
    DECLASSIFY,
    ALERT
}
