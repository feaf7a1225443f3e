package org.chancery.archive.access;

import org.apache.lucene.search.Query;
import org.chancery.telegram.model.Cable;

/**
 * The one access decision. Reads ask {@link #permits}; searches add {@link #searchFilter} as a filter clause so that
 * hit counts, facets and highlights are computed only over what the reader may see. The two must always agree.
 */
public interface AccessPolicy {

    /** Whether the reader may see this cable at all. */
    boolean permits(Principal reader, Cable cable);

    /**
     * The same decision as a Lucene filter over the index's access fields; {@code null} means no restriction. The
     * index module documents the fields it writes for this purpose.
     */
    Query searchFilter(Principal reader);
}
