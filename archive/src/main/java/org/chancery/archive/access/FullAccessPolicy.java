package org.chancery.archive.access;

import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.chancery.telegram.model.Cable;

/** Lets every reader see everything: the command line's policy until real accounts and rules exist. */
public final class FullAccessPolicy implements AccessPolicy {

    @Override
    public boolean permits(Principal reader, Cable cable) {
        return true;
    }

    @Override
    public Query searchFilter(Principal reader) {
        return null;
    }

    @Override
    public Query restrictedTextFilter(Principal reader) {
        return new MatchAllDocsQuery();
    }
}
