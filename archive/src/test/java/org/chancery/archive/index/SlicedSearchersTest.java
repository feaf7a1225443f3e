package org.chancery.archive.index;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.FilterDirectory;
import org.chancery.archive.access.FullAccessPolicy;
import org.chancery.archive.access.Principal;
import org.chancery.archive.search.CableSearcher;
import org.chancery.archive.search.SearchRequest;
import org.chancery.archive.search.SearchResult;
import org.chancery.archive.search.SortOrder;
import org.chancery.archive.store.StoredCable;
import org.chancery.synthetic.CableGenerator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A query answered over several slices at once must answer exactly as over one: hits, order, totals, facets, months. */
class SlicedSearchersTest {

    private static final int SEGMENTS = 6;
    private static final int PER_SEGMENT = 120;

    private static ByteBuffersDirectory index;

    private static synchronized ByteBuffersDirectory index() {
        if (index == null) {
            index = new ByteBuffersDirectory();
            // the index closes its directory when it closes; the tests go on reading it
            LuceneCableIndex writer = LuceneCableIndex.open(new FilterDirectory(index) {
                @Override
                public void close() {}
            });
            CableGenerator generator = new CableGenerator(7, (long) SEGMENTS * PER_SEGMENT);
            long sequence = 0;
            for (int s = 0; s < SEGMENTS; s++) {
                List<StoredCable> batch = new ArrayList<>();
                for (int i = 0; i < PER_SEGMENT; i++) {
                    var cable = generator.next();
                    batch.add(new StoredCable(cable.referenceId(), 1, ++sequence, Instant.EPOCH, cable));
                }
                writer.upsert(batch);
                // each commit writes a segment of its own
                writer.commit(sequence);
            }
            writer.close();
        }
        return index;
    }

    @Test
    void theTestIndexReallyHasSeveralSlices() throws IOException {
        try (DirectoryReader reader = DirectoryReader.open(index())) {
            assertThat(reader.leaves()).hasSizeGreaterThan(2);
            var searcher = new SlicedSearchers(PER_SEGMENT).newSearcher(reader, null);
            assertThat(searcher.getSlices()).hasSizeGreaterThan(2);
        }
    }

    @ParameterizedTest
    @ValueSource(
            strings = {"", "minister", "\"prime minister\"", "budget OR tariff", "tag:PREL", "reform*", "date:2008"})
    void slicedAndWholeAnswerAlike(String query) throws IOException {
        try (SearcherManager whole = new SearcherManager(index(), null);
                SearcherManager sliced = new SearcherManager(index(), new SlicedSearchers(PER_SEGMENT))) {
            for (SortOrder sort : SortOrder.values()) {
                var request = new SearchRequest(query, sort, 0, 50, true, true, true);
                SearchResult one = new CableSearcher(whole, new FullAccessPolicy()).search(request, Principal.OPERATOR);
                SearchResult many =
                        new CableSearcher(sliced, new FullAccessPolicy()).search(request, Principal.OPERATOR);
                assertThat(many.total()).as("%s by %s", query, sort).isEqualTo(one.total());
                assertThat(many.hits()).as("%s by %s", query, sort).isEqualTo(one.hits());
                assertThat(many.facets()).isEqualTo(one.facets());
                assertThat(many.months()).isEqualTo(one.months());
            }
        }
    }
}
