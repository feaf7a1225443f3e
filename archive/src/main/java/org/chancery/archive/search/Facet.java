package org.chancery.archive.search;

import org.chancery.archive.index.IndexFields;

/**
 * The dimensions a search counts its hits by. {@link SearchResult#facets()} is keyed by {@link #key()}, which is also
 * the name the REST API shows; callers name a dimension by this type, never by an index field.
 */
public enum Facet {
    CLASSIFICATION(IndexFields.FACET_CLASSIFICATION),
    ORIGIN(IndexFields.FACET_ORIGIN),
    TAGS(IndexFields.FACET_TAGS),
    YEAR(IndexFields.FACET_YEAR),
    CAPTION(IndexFields.FACET_CAPTION),
    HANDLING(IndexFields.FACET_HANDLING);

    private final String key;

    Facet(String key) {
        this.key = key;
    }

    /** The dimension's name in search results. */
    public String key() {
        return key;
    }
}
