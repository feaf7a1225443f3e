package org.chancery.archive.search;

/** How hits are ordered. */
public enum SortOrder {
    /** Best match first. */
    RELEVANCE,
    /** Newest first; cables without a date last. */
    DATE
}
