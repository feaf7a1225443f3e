package org.chancery.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.archive.index.TestCable.cable;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.chancery.archive.access.AccessPolicy;
import org.chancery.archive.access.FullAccessPolicy;
import org.chancery.archive.access.Principal;
import org.chancery.archive.access.SearchOnlyPolicy;
import org.chancery.archive.access.SearchRule;
import org.chancery.archive.index.LuceneCableIndex;
import org.chancery.archive.search.ArchiveStats.Count;
import org.chancery.archive.store.StoredCable;
import org.chancery.telegram.model.Classification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class IndexStatsTest {

    @TempDir
    static Path data;

    private LuceneCableIndex index;

    @BeforeAll
    void buildIndex() {
        index = LuceneCableIndex.open(data);
        List<StoredCable> cables = new ArrayList<>(SampleCorpus.cables());
        // one cable without a date, to be counted under "unknown" like the store scan does
        cables.add(cable("06NORHAVEN9")
                .noDate()
                .subject("UNDATED NOTE")
                .tags("PREL")
                .body("1. An undated note.")
                .stored(6));
        index.upsert(cables);
        index.commit(6);
    }

    @AfterAll
    void closeIndex() {
        index.close();
    }

    @Test
    void countsEveryPermittedCableByYearClassificationOriginAndTag() {
        ArchiveStats stats =
                IndexStats.compute(new CableSearcher(index.searchers(), new FullAccessPolicy()), Principal.OPERATOR, 2);

        assertThat(stats.cables()).isEqualTo(6);
        assertThat(stats.byYear())
                .containsExactly(
                        new Count("2007", 1), new Count("2008", 3), new Count("2009", 1), new Count("unknown", 1));
        assertThat(stats.byClassification())
                .containsExactly(new Count("UNCLASSIFIED", 3), new Count("CONFIDENTIAL", 2), new Count("SECRET", 1));
        // top 2 only, most frequent first; ties by name
        assertThat(stats.byOrigin())
                .containsExactly(new Count("Embassy Norhaven", 3), new Count("Embassy Castellane", 2));
        assertThat(stats.byTag()).containsExactly(new Count("PREL", 3), new Count("CS", 2));
    }

    @Test
    void countsOnlyWhatTheReaderMaySee() {
        // a reader cleared for CONFIDENTIAL, not a US national: no SECRET cable (C), no NOFORN cable (B)
        AccessPolicy rules = new SearchOnlyPolicy(reader -> SearchRule.allOf(
                new SearchRule.LevelAtMost(reader.clearance()), new SearchRule.WithoutCaveat("NOFORN")));
        Principal foreign = new Principal(
                "reader", Classification.CONFIDENTIAL, false, Set.of(), Set.of(), Set.of("reader"), Set.of());

        ArchiveStats stats = IndexStats.compute(new CableSearcher(index.searchers(), rules), foreign, 10);

        assertThat(stats.cables()).isEqualTo(4);
        assertThat(stats.byClassification())
                .containsExactly(new Count("UNCLASSIFIED", 3), new Count("CONFIDENTIAL", 1));
        assertThat(stats.byYear())
                .containsExactly(
                        new Count("2007", 1), new Count("2008", 1), new Count("2009", 1), new Count("unknown", 1));
        assertThat(stats.byTag()).extracting(Count::value).doesNotContain("PGOV", "PHUM");
        assertThat(stats.byOrigin()).contains(new Count("Embassy Castellane", 1));
    }
}
