package org.chancery.archive.search;

import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.Query;
import org.chancery.archive.access.AccessPolicy;
import org.chancery.archive.access.Principal;

/** Puts the access decision under a query as a filter clause: it restricts matches without touching scores. */
final class AccessFilters {
    private AccessFilters() {}

    static Query restrict(Query query, AccessPolicy policy, Principal reader) {
        Query filter = policy.searchFilter(reader);
        if (filter == null) {
            return query;
        }
        return new BooleanQuery.Builder()
                .add(query, Occur.MUST)
                .add(filter, Occur.FILTER)
                .build();
    }
}
