package org.chancery.archive.room;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import org.chancery.archive.access.Principal;
import org.chancery.archive.monitor.AccessThresholds;
import org.chancery.archive.search.ArchiveStats;
import org.chancery.archive.store.TestCables;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Classification;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What a reader may not see is absent from every read of the reading room, never "forbidden": opening, versions,
 * cited-by and counts, with and without a search index.
 */
class ReadingRoomWithholdingTest {

    /** Cleared for CONFIDENTIAL, otherwise unrestricted, before any test cable's declassification date. */
    static final Principal CONFIDENTIAL_READER = new Principal(
            "confidential-reader",
            Classification.CONFIDENTIAL,
            true,
            Set.of(),
            Set.of(Principal.EVERY_POST),
            Set.of("reader"),
            Set.of("NODIS", "EXDIS", "LIMDIS", "STADIS", "ROGER"));

    @TempDir
    Path dir;

    private TestReadingRoom archive;

    @BeforeEach
    void fill() {
        Clock clock = Clock.fixed(LocalDate.of(2010, 6, 1).atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
        archive = new TestReadingRoom(
                dir,
                clock,
                List.of(
                        TestCables.full("07PORTAMBER1"),
                        TestCables.full("07PORTAMBER2", "x", List.of("07PORTAMBER1")),
                        withLevel(TestCables.full("07PORTAMBER3", "x", List.of("07PORTAMBER1")), Classification.SECRET),
                        TestCables.bare("07NORTHCAPE4", Classification.TOP_SECRET)),
                List.of(CONFIDENTIAL_READER),
                AccessThresholds.DEFAULT);
    }

    @AfterEach
    void close() {
        archive.close();
    }

    @Test
    void withheldCablesAreAbsentNotForbidden() {
        ReadingRoom room = archive.room;
        assertThat(room.open(CONFIDENTIAL_READER, "07PORTAMBER2")).isPresent();
        assertThat(room.open(CONFIDENTIAL_READER, "07PORTAMBER3")).isEmpty();
        assertThat(room.open(CONFIDENTIAL_READER, "07PORTAMBER3", 1)).isEmpty();
        assertThat(room.versions(CONFIDENTIAL_READER, "07NORTHCAPE4")).isEmpty();
    }

    @Test
    void citedByListsOnlyPermittedCables() {
        assertThat(archive.store.citedBy("07PORTAMBER1")).containsExactly("07PORTAMBER2", "07PORTAMBER3");
        assertThat(archive.room.citedBy(CONFIDENTIAL_READER, "07PORTAMBER1")).containsExactly("07PORTAMBER2");
        assertThat(archive.room.thread(CONFIDENTIAL_READER, "07PORTAMBER1", 2).depth())
                .containsOnlyKeys("07PORTAMBER1", "07PORTAMBER2");
    }

    @Test
    void aDowngradeDoesNotOpenOlderMoreSensitiveVersions() {
        archive.store.write(
                List.of(withLevel(TestCables.full("07PORTAMBER3", "y", List.of()), Classification.CONFIDENTIAL)));

        assertThat(archive.room.open(CONFIDENTIAL_READER, "07PORTAMBER3")).isPresent();
        assertThat(archive.room.versions(CONFIDENTIAL_READER, "07PORTAMBER3"))
                .extracting(CableView::version)
                .containsExactly(2);
    }

    @Test
    void statsCountOnlyPermittedCablesFromTheIndexAndWithoutOne() {
        for (ReadingRoom room : List.of(archive.room, archive.roomWithoutIndex)) {
            ArchiveStats stats = room.stats(CONFIDENTIAL_READER, 5);

            assertThat(stats.cables()).isEqualTo(2);
            assertThat(stats.byClassification()).containsExactly(new ArchiveStats.Count("CONFIDENTIAL", 2));
            assertThat(stats.byYear()).containsExactly(new ArchiveStats.Count("2007", 2));
            assertThat(stats.byTag()).first().isEqualTo(new ArchiveStats.Count("OVIP (MARROW, IDA)", 2));
        }
    }

    @Test
    void idsTypedInAnyUsualWayFindTheCable() {
        ReadingRoom room = archive.room;
        assertThat(room.open(CONFIDENTIAL_READER, "07 portamber 0002"))
                .map(CableView::referenceId)
                .contains("07PORTAMBER2");
        assertThat(room.versions(CONFIDENTIAL_READER, "07PORTAMBER002")).hasSize(1);
        assertThat(room.citedBy(CONFIDENTIAL_READER, "07 PORTAMBER 1")).containsExactly("07PORTAMBER2");
        assertThat(room.search(CONFIDENTIAL_READER, searchFor("id:07portamber0002"))
                        .total())
                .isEqualTo(1);
        assertThat(room.search(CONFIDENTIAL_READER, searchFor("cites:07portamber01"))
                        .total())
                .isEqualTo(1);
        assertThat(room.search(CONFIDENTIAL_READER, searchFor("07portamber002")).hits())
                .extracting(org.chancery.archive.search.SearchHit::id)
                .first()
                .isEqualTo("07PORTAMBER2");
    }

    private static org.chancery.archive.search.SearchRequest searchFor(String query) {
        return new org.chancery.archive.search.SearchRequest(
                query, org.chancery.archive.search.SortOrder.RELEVANCE, 0, 10, false, false);
    }

    private static Cable withLevel(Cable c, Classification level) {
        return c.toBuilder().classification(level).build();
    }
}
