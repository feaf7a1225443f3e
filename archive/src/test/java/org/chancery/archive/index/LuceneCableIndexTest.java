package org.chancery.archive.index;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.archive.index.TestCable.cable;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LuceneCableIndexTest {

    @TempDir
    Path data;

    @Test
    void committedSequenceSurvivesCloseAndReopen() {
        try (LuceneCableIndex index = LuceneCableIndex.open(data)) {
            assertThat(index.committedSequence()).isZero();
            index.upsert(List.of(cable("08NORHAVEN1").stored(7)));
            index.commit(7);
            assertThat(index.committedSequence()).isEqualTo(7);
        }
        try (LuceneCableIndex index = LuceneCableIndex.open(data)) {
            assertThat(index.committedSequence()).isEqualTo(7);
            assertThat(count(index, "08NORHAVEN1")).isEqualTo(1);
        }
        try (ReadOnlyIndex readOnly = ReadOnlyIndex.open(data)) {
            assertThat(readOnly.committedSequence()).isEqualTo(7);
        }
    }

    @Test
    void uncommittedUpsertsAreDroppedAtCloseWithTheirSequence() {
        try (LuceneCableIndex index = LuceneCableIndex.open(data)) {
            index.upsert(List.of(cable("08NORHAVEN1").stored(1)));
            index.commit(1);
            index.upsert(List.of(cable("08NORHAVEN2").stored(2)));
        }
        try (LuceneCableIndex index = LuceneCableIndex.open(data)) {
            assertThat(index.committedSequence()).isEqualTo(1);
            assertThat(count(index, "08NORHAVEN2")).isZero();
        }
    }

    @Test
    void upsertReplacesTheCableWithTheSameId() {
        try (LuceneCableIndex index = LuceneCableIndex.open(data)) {
            index.upsert(List.of(cable("08NORHAVEN1").subject("first draft").stored(1)));
            index.upsert(List.of(cable("08norhaven1").subject("second version").stored(2)));
            index.commit(2);
            assertThat(count(index, "08NORHAVEN1")).isEqualTo(1);
            assertThat(countTerm(index, IndexFields.SUBJECT, "second")).isEqualTo(1);
            assertThat(countTerm(index, IndexFields.SUBJECT, "draft")).isZero();
        }
    }

    @Test
    void clearEmptiesTheIndexAtTheNextCommit() {
        try (LuceneCableIndex index = LuceneCableIndex.open(data)) {
            index.upsert(
                    List.of(cable("08NORHAVEN1").stored(1), cable("08NORHAVEN2").stored(2)));
            index.commit(2);
            index.clear();
            index.commit(2);
            assertThat(count(index, "08NORHAVEN1") + count(index, "08NORHAVEN2"))
                    .isZero();
        }
    }

    private static int count(LuceneCableIndex index, String id) {
        return countTerm(index, IndexFields.ID, id);
    }

    private static int countTerm(LuceneCableIndex index, String field, String value) {
        try {
            IndexSearcher s = index.searchers().acquire();
            try {
                return s.count(new TermQuery(new Term(field, value)));
            } finally {
                index.searchers().release(s);
            }
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }
}
