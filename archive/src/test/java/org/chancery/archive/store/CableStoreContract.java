package org.chancery.archive.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.chancery.archive.jdbc.DatabaseTarget;
import org.chancery.archive.store.WriteOutcome.Kind;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The behaviour every database under the store must show; one subclass per database. */
abstract class CableStoreContract {

    /** A fresh, empty database for one test. */
    abstract DatabaseTarget freshDatabase() throws Exception;

    DatabaseTarget target;
    CableStore store;

    @BeforeEach
    void openStore() throws Exception {
        target = freshDatabase();
        store = JdbcCableStore.open(target);
    }

    @AfterEach
    void closeStore() {
        store.close();
    }

    @Test
    void storesAndReadsBackEveryField() {
        Cable cable = TestCables.full("07PORTAMBER117", "Dues stay.", List.of("07PORTAMBER100"));
        List<WriteOutcome> outcomes =
                store.write(List.of(cable, TestCables.bare("07NORTHCAPE5", Classification.SECRET)));

        assertThat(outcomes).extracting(WriteOutcome::kind).containsExactly(Kind.NEW_CABLE, Kind.NEW_CABLE);
        StoredCable stored = store.latest("07PORTAMBER117").orElseThrow();
        assertThat(stored.cable()).isEqualTo(cable);
        assertThat(stored.version()).isEqualTo(1);
        assertThat(stored.sequence()).isEqualTo(1);
        assertThat(stored).isEqualTo(outcomes.getFirst().stored());
        assertThat(store.latest("07NORTHCAPE5").orElseThrow().cable())
                .isEqualTo(TestCables.bare("07NORTHCAPE5", Classification.SECRET));
        assertThat(store.count()).isEqualTo(2);
        assertThat(store.lastSequence()).isEqualTo(2);
        assertThat(store.latest("99NOWHERE1")).isEmpty();
    }

    @Test
    void identicalContentChangesNothing() {
        store.write(List.of(TestCables.full("07PORTAMBER117")));

        List<WriteOutcome> again = store.write(List.of(TestCables.full("07PORTAMBER117")));

        assertThat(again).extracting(WriteOutcome::kind).containsExactly(Kind.UNCHANGED);
        assertThat(again.getFirst().stored()).isNull();
        assertThat(store.versionCount()).isEqualTo(1);
        assertThat(store.lastSequence()).isEqualTo(1);
    }

    @Test
    void theSameTextReadWithOtherMetadataIsNotANewVersion() {
        // As when one cable comes from two layouts that date or classify it differently: the text decides.
        store.write(List.of(TestCables.bare("07NORTHCAPE5", Classification.SECRET)));

        List<WriteOutcome> again = store.write(List.of(TestCables.bare("07NORTHCAPE5", Classification.CONFIDENTIAL)));

        assertThat(again.getFirst().kind()).isEqualTo(Kind.UNCHANGED);
        assertThat(store.latest("07NORTHCAPE5").orElseThrow().cable().classification())
                .isEqualTo(Classification.SECRET);
    }

    @Test
    void changedTextBecomesTheNextVersionAndKeepsTheOld() {
        Cable first = TestCables.full("07PORTAMBER117", "Dues stay.", List.of());
        Cable second = TestCables.full("07PORTAMBER117", "Dues rise by a tenth.", List.of());
        store.write(List.of(first));

        List<WriteOutcome> outcomes = store.write(List.of(second));

        assertThat(outcomes.getFirst().kind()).isEqualTo(Kind.NEW_VERSION);
        assertThat(store.versions("07PORTAMBER117"))
                .extracting(StoredCable::version, StoredCable::sequence, StoredCable::cable)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(1, 1L, first),
                        org.assertj.core.groups.Tuple.tuple(2, 2L, second));
        assertThat(store.latest("07PORTAMBER117").orElseThrow().version()).isEqualTo(2);
        assertThat(store.version("07PORTAMBER117", 1).orElseThrow().cable()).isEqualTo(first);
        assertThat(store.count()).isEqualTo(1);

        List<String> diff = VersionDiff.unified(
                store.version("07PORTAMBER117", 1).orElseThrow(),
                store.version("07PORTAMBER117", 2).orElseThrow(),
                0);
        assertThat(diff).contains("-1. (C) The council met on the dues. Dues stay.");
        assertThat(diff).contains("+1. (C) The council met on the dues. Dues rise by a tenth.");
        assertThat(diff.stream().filter(l -> l.startsWith("+") && !l.startsWith("+++")))
                .hasSize(1);
    }

    @Test
    void anOlderContentSeenAgainIsNotANewVersion() {
        store.write(List.of(TestCables.full("07PORTAMBER117", "A.", List.of())));
        store.write(List.of(TestCables.full("07PORTAMBER117", "B.", List.of())));

        // A re-run of an import that first saw A, then B, must not add A again as version 3.
        List<WriteOutcome> outcomes = store.write(List.of(TestCables.full("07PORTAMBER117", "A.", List.of())));

        assertThat(outcomes.getFirst().kind()).isEqualTo(Kind.UNCHANGED);
        assertThat(store.versionCount()).isEqualTo(2);
        assertThat(store.latest("07PORTAMBER117").orElseThrow().cable().body()).contains("B.");
    }

    @Test
    void sameIdTwiceInOneBatchGivesTwoVersionsInOrder() {
        List<WriteOutcome> outcomes = store.write(List.of(
                TestCables.full("07PORTAMBER117", "A.", List.of()),
                TestCables.full("07PORTAMBER117", "A.", List.of()),
                TestCables.full("07PORTAMBER117", "B.", List.of())));

        assertThat(outcomes)
                .extracting(WriteOutcome::kind)
                .containsExactly(Kind.NEW_CABLE, Kind.UNCHANGED, Kind.NEW_VERSION);
        assertThat(store.latest("07PORTAMBER117").orElseThrow().cable().body()).contains("B.");
        assertThat(store.count()).isEqualTo(1);
        assertThat(store.versionCount()).isEqualTo(2);
    }

    @Test
    void aFailingBatchLeavesNothingBehind() {
        store.write(List.of(TestCables.full("07PORTAMBER1")));
        // The second cable has no id: the database refuses it, and the first of the batch must go with it.
        Cable noId = TestCables.bare(null, Classification.UNCLASSIFIED);

        assertThatThrownBy(() -> store.write(List.of(TestCables.full("07PORTAMBER2"), noId)))
                .isInstanceOf(RuntimeException.class);

        assertThat(store.count()).isEqualTo(1);
        assertThat(store.versionCount()).isEqualTo(1);
        assertThat(store.lastSequence()).isEqualTo(1);
        assertThat(store.latest("07PORTAMBER2")).isEmpty();
        assertThat(store.write(List.of(TestCables.full("07PORTAMBER2")))
                        .getFirst()
                        .stored()
                        .sequence())
                .isEqualTo(2);
    }

    @Test
    void visitsLatestVersionsAfterASequenceInOrderAcrossPages() {
        List<Cable> batch = new ArrayList<>();
        IntStream.rangeClosed(1, 1200).forEach(i -> batch.add(TestCables.full("07PORTAMBER" + i)));
        store.write(batch);
        store.write(List.of(TestCables.full("07PORTAMBER5", "Changed.", List.of())));

        List<StoredCable> seen = new ArrayList<>();
        store.forEachLatestSince(0, seen::add);

        assertThat(seen).hasSize(1200);
        assertThat(seen).extracting(StoredCable::sequence).isSorted().doesNotHaveDuplicates();
        assertThat(seen.getLast().referenceId()).isEqualTo("07PORTAMBER5");
        assertThat(seen.getLast().version()).isEqualTo(2);
        assertThat(seen).extracting(StoredCable::referenceId).doesNotHaveDuplicates();

        List<StoredCable> after = new ArrayList<>();
        store.forEachLatestSince(1199, after::add);
        assertThat(after).extracting(StoredCable::referenceId).containsExactly("07PORTAMBER1200", "07PORTAMBER5");
    }

    @Test
    void citedByCountsOnlyLatestVersions() {
        store.write(List.of(
                TestCables.full("07PORTAMBER1"),
                TestCables.full("07PORTAMBER2", "x", List.of("07PORTAMBER1")),
                TestCables.full("07PORTAMBER3", "x", List.of("07PORTAMBER1", "07GHOST9"))));
        // Version 2 of cable 3 no longer cites cable 1.
        store.write(List.of(TestCables.full("07PORTAMBER3", "y", List.of("07GHOST9"))));

        assertThat(store.citedBy("07PORTAMBER1")).containsExactly("07PORTAMBER2");
        assertThat(store.citedBy("07GHOST9")).containsExactly("07PORTAMBER3");
    }

    @Test
    void theNormalisedTablesAnswerQueries() throws SQLException {
        store.write(List.of(
                TestCables.full("07PORTAMBER1"),
                TestCables.full("07PORTAMBER2", "x", List.of("07PORTAMBER1")),
                TestCables.bare("07NORTHCAPE3", Classification.SECRET)));

        try (Connection c = target.dataSource().getConnection()) {
            assertThat(queryIds(
                            c,
                            "SELECT v.reference_id FROM cable_version v JOIN version_term t"
                                    + " ON t.sequence = v.sequence WHERE t.kind = 'TAG' AND t.term = 'PREL'"))
                    .containsExactly("07PORTAMBER1", "07PORTAMBER2");
            assertThat(queryIds(
                            c,
                            "SELECT v.reference_id FROM cable_version v JOIN version_paragraph p"
                                    + " ON p.sequence = v.sequence WHERE p.marking = 'C' AND p.number = 1"))
                    .containsExactly("07PORTAMBER1", "07PORTAMBER2");
            assertThat(
                            queryIds(
                                    c,
                                    "SELECT v.reference_id FROM cable_version v JOIN version_addressee a"
                                            + " ON a.sequence = v.sequence WHERE a.kind = 'INFO' AND a.name = 'AMCONSUL SALT BAY'"))
                    .containsExactly("07PORTAMBER1", "07PORTAMBER2");
            // Resolved references join to a stored cable; the e-mail reference has no id at all.
            assertThat(queryIds(
                            c,
                            "SELECT r.cited_id FROM version_reference r JOIN cable c"
                                    + " ON c.reference_id = r.cited_id"))
                    .containsExactly("07PORTAMBER1");
            assertThat(queryIds(c, "SELECT reference_id FROM cable_version WHERE classification = 'SECRET'"))
                    .containsExactly("07NORTHCAPE3");
        }
    }

    @Test
    void reopeningKeepsEverythingAndMigratesNothingTwice() {
        store.write(List.of(TestCables.full("07PORTAMBER1")));
        store.close();

        store = JdbcCableStore.open(target);

        assertThat(store.latest("07PORTAMBER1").orElseThrow().cable()).isEqualTo(TestCables.full("07PORTAMBER1"));
        assertThat(store.write(List.of(TestCables.full("07PORTAMBER2")))
                        .getFirst()
                        .stored()
                        .sequence())
                .isEqualTo(2);
    }

    private static List<String> queryIds(Connection c, String sql) throws SQLException {
        List<String> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql + " ORDER BY 1");
                ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                ids.add(rs.getString(1));
            }
        }
        return ids;
    }
}
