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
    ALERT,
    /** A draft saved, a clearance asked for, given or returned (messaging). */
    DRAFT,
    /** A cable released: numbered, stored as sent and queued for its addressees. */
    RELEASE,
    /** A FLASH or NIACT cable acknowledged by a duty officer of the receiving post. */
    ACKNOWLEDGE,
    /** The routing directory learned or edited. */
    DIRECTORY
}
