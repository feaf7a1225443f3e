package org.chancery.archive.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.archive.index.TestCable.cable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.ScoreDoc;
import org.chancery.archive.store.StoredCable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexRebuilderTest {

    @TempDir
    Path incrementalDir;

    @TempDir
    Path rebuiltDir;

    /** A store stand-in: versions in write order, "latest" meaning the highest sequence per id. */
    private final List<StoredCable> writes = new ArrayList<>();

    private final CableFeed feed = this::forEachLatestSince;

    @Test
    void rebuildFromTheStoreEqualsIncrementalIndexing() {
        long seq = 0;
        try (LuceneCableIndex incremental = LuceneCableIndex.open(incrementalDir)) {
            for (int batch = 0; batch < 4; batch++) {
                List<StoredCable> written = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    int n = batch * 3 + i; // overlapping ids: later batches write new versions of earlier cables
                    StoredCable c = cable("08NORHAVEN" + n)
                            .subject("report " + n + " version " + batch)
                            .tags("PREL", batch % 2 == 0 ? "PGOV" : "ECON")
                            .stored(++seq);
                    written.add(c);
                }
                writes.addAll(written);
                incremental.upsert(written);
                incremental.commit(seq);
            }
            try (LuceneCableIndex rebuilt = LuceneCableIndex.open(rebuiltDir)) {
                rebuilt.upsert(List.of(cable("08NORHAVEN999").subject("stale").stored(1)));
                rebuilt.commit(1);
                var summary = new IndexRebuilder(feed, 4).rebuild(rebuilt, seq, IndexRebuilder.Progress.NONE);

                assertThat(summary.cables()).isEqualTo(14);
                assertThat(rebuilt.committedSequence()).isEqualTo(seq);
                assertThat(contents(rebuilt)).isEqualTo(contents(incremental)).hasSize(14);
            }
        }
    }

    @Test
    void catchUpTakesInOnlyWhatFollowsTheCommittedSequence() {
        writes.add(cable("08NORHAVEN1").subject("alpha").stored(1));
        writes.add(cable("08NORHAVEN2").subject("beta").stored(2));
        try (LuceneCableIndex index = LuceneCableIndex.open(rebuiltDir)) {
            IndexRebuilder rebuilder = new IndexRebuilder(feed, 100);
            rebuilder.catchUp(index, 2, IndexRebuilder.Progress.NONE);
            writes.add(cable("08NORHAVEN3").subject("gamma").stored(3));
            List<Long> progress = new ArrayList<>();
            var summary = rebuilder.catchUp(index, 3, progress::add);

            assertThat(summary.cables()).isEqualTo(1);
            assertThat(progress).containsExactly(1L);
            assertThat(index.committedSequence()).isEqualTo(3);
            assertThat(contents(index)).containsOnlyKeys("08NORHAVEN1", "08NORHAVEN2", "08NORHAVEN3");
        }
    }

    private void forEachLatestSince(long after, Consumer<StoredCable> visitor) {
        Map<String, StoredCable> latest = new TreeMap<>();
        for (StoredCable c : writes) {
            latest.put(c.referenceId(), c);
        }
        latest.values().stream()
                .filter(c -> c.sequence() > after)
                .sorted((a, b) -> Long.compare(a.sequence(), b.sequence()))
                .forEach(visitor);
    }

    /** Id to stored subject of every document: what a search would show. */
    private static Map<String, String> contents(LuceneCableIndex index) {
        try {
            IndexSearcher s = index.searchers().acquire();
            try {
                Map<String, String> out = new TreeMap<>();
                for (ScoreDoc d : s.search(new MatchAllDocsQuery(), 1000).scoreDocs) {
                    var doc = s.storedFields().document(d.doc);
                    out.put(doc.get(IndexFields.ID), doc.get(IndexFields.SUBJECT));
                }
                return out;
            } finally {
                index.searchers().release(s);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
