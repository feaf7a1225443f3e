package org.chancery.archive.access;

import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.Query;
import org.chancery.telegram.model.Cable;

/**
 * Lets every reader see everything: for tests of search mechanics (ranking, facets, highlights) where access is not
 * the subject. No product path uses it; the archive reads through {@link ArchivePolicy}.
 */
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
