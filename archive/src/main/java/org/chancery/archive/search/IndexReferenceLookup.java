package org.chancery.archive.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.chancery.archive.access.AccessPolicy;
import org.chancery.archive.access.Principal;
import org.chancery.archive.index.IndexFields;
import org.chancery.archive.marking.CableIds;
import org.chancery.archive.query.ReferenceLookup;

/** Reads a cable's references from the index's stored {@code refs}, through the reader's access filter. */
final class IndexReferenceLookup implements ReferenceLookup {
    private final IndexSearcher searcher;
    private final AccessPolicy policy;
    private final Principal reader;

    IndexReferenceLookup(IndexSearcher searcher, AccessPolicy policy, Principal reader) {
        this.searcher = searcher;
        this.policy = policy;
        this.reader = reader;
    }

    @Override
    public Set<String> referencesOf(String referenceId) {
        String id = CableIds.key(referenceId);
        if (id == null) {
            return Set.of();
        }
        try {
            var query = AccessFilters.restrict(new TermQuery(new Term(IndexFields.ID, id)), policy, reader);
            TopDocs top = searcher.search(query, 1);
            if (top.scoreDocs.length == 0) {
                return Set.of();
            }
            var doc = searcher.storedFields().document(top.scoreDocs[0].doc, Set.of(IndexFields.REFS));
            return new LinkedHashSet<>(java.util.List.of(doc.getValues(IndexFields.REFS)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
