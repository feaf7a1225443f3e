package org.chancery.archive.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.search.Query;
import org.chancery.archive.access.AccessPolicy;
import org.chancery.archive.access.Principal;
import org.chancery.archive.config.DatabaseTarget;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reads for a reader never show, count or hint at what the policy withholds. */
class ArchiveReaderTest {

    /** Withholds SECRET and above from everyone: a stand-in for a reader with CONFIDENTIAL clearance. */
    static final class ConfidentialOnly implements AccessPolicy {
        @Override
        public boolean permits(Principal reader, Cable cable) {
            return cable.classification() == null || !cable.classification().atLeast(Classification.SECRET);
        }

        @Override
        public Query searchFilter(Principal reader) {
            throw new UnsupportedOperationException("not used by the store");
        }
    }

    @TempDir
    Path dir;

    CableStore store;
    ArchiveReader reader;

    @BeforeEach
    void fill() {
        store = JdbcCableStore.open(DatabaseTarget.sqlite(dir.resolve("chancery.db")));
        reader = new ArchiveReader(store, new ConfidentialOnly());
        store.write(List.of(
                TestCables.full("07PORTAMBER1"),
                TestCables.full("07PORTAMBER2", "x", List.of("07PORTAMBER1")),
                withLevel(TestCables.full("07PORTAMBER3", "x", List.of("07PORTAMBER1")), Classification.SECRET),
                TestCables.bare("07NORTHCAPE4", Classification.TOP_SECRET)));
    }

    @AfterEach
    void close() {
        store.close();
    }

    @Test
    void withheldCablesAreAbsentNotForbidden() {
        assertThat(reader.latest(Principal.OPERATOR, "07PORTAMBER2")).isPresent();
        assertThat(reader.latest(Principal.OPERATOR, "07PORTAMBER3")).isEmpty();
        assertThat(reader.version(Principal.OPERATOR, "07PORTAMBER3", 1)).isEmpty();
        assertThat(reader.versions(Principal.OPERATOR, "07NORTHCAPE4")).isEmpty();
    }

    @Test
    void citedByListsOnlyPermittedCables() {
        assertThat(store.citedBy("07PORTAMBER1")).containsExactly("07PORTAMBER2", "07PORTAMBER3");
        assertThat(reader.citedBy(Principal.OPERATOR, "07PORTAMBER1")).containsExactly("07PORTAMBER2");
    }

    @Test
    void aDowngradeDoesNotOpenOlderMoreSensitiveVersions() {
        store.write(List.of(withLevel(TestCables.full("07PORTAMBER3", "y", List.of()), Classification.CONFIDENTIAL)));

        assertThat(reader.latest(Principal.OPERATOR, "07PORTAMBER3")).isPresent();
        assertThat(reader.versions(Principal.OPERATOR, "07PORTAMBER3"))
                .extracting(StoredCable::version)
                .containsExactly(2);
    }

    @Test
    void statsCountOnlyPermittedCables() {
        ArchiveStats stats = ArchiveStats.compute(reader, Principal.OPERATOR, 5);

        assertThat(stats.cables()).isEqualTo(2);
        assertThat(stats.byClassification()).containsExactly(new ArchiveStats.Count("CONFIDENTIAL", 2));
        assertThat(stats.byYear()).containsExactly(new ArchiveStats.Count("2007", 2));
        assertThat(stats.byTag()).first().isEqualTo(new ArchiveStats.Count("OVIP (MARROW, IDA)", 2));
        List<String> seen = new ArrayList<>();
        reader.forEachLatest(Principal.OPERATOR, s -> seen.add(s.referenceId()));
        assertThat(seen).containsExactly("07PORTAMBER1", "07PORTAMBER2");
    }

    private static Cable withLevel(Cable c, Classification level) {
        return c.toBuilder().classification(level).build();
    }
}
