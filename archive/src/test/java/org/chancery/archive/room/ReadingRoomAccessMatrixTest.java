package org.chancery.archive.room;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.chancery.archive.access.AccessCorpus;
import org.chancery.archive.access.AccessCorpus.Combination;
import org.chancery.archive.access.Principal;
import org.chancery.archive.audit.AuditAction;
import org.chancery.archive.audit.AuditQuery;
import org.chancery.archive.audit.JdbcAuditLog;
import org.chancery.archive.monitor.AccessThresholds;
import org.chancery.archive.search.SearchRequest;
import org.chancery.archive.search.SearchResult;
import org.chancery.archive.search.SortOrder;
import org.chancery.archive.store.StoredCable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/**
 * The access matrix through every way into the archive: every reader × every combination of level, handling,
 * caption and declassification (plus cables marked above their banner), through opening a cable, search hits, hit
 * counts, facets, highlights, cited-by, the reference thread, statistics and export. Each must show exactly what
 * the rules allow, withheld paragraphs replaced, and every read audited.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReadingRoomAccessMatrixTest {

    @TempDir
    static Path dir;

    private final Map<String, Combination> combinations =
            AccessCorpus.combinations().stream().collect(Collectors.toMap(Combination::id, c -> c));
    private final Clock clock = Clock.fixed(AccessCorpus.TODAY.atTime(9, 0).toInstant(ZoneOffset.UTC), ZoneOffset.UTC);
    private TestReadingRoom archive;
    private JdbcAuditLog audit;
    private ReadingRoom room;

    @BeforeAll
    void open() {
        // the matrix reads far more than a person would in an hour; bulk detection has tests of its own
        archive = new TestReadingRoom(
                dir,
                clock,
                AccessCorpus.cables().stream().map(StoredCable::cable).toList(),
                AccessCorpus.readers(),
                new AccessThresholds(1_000_000, 1_000_000, 1_000_000));
        audit = archive.audit;
        room = archive.room;
    }

    @AfterAll
    void close() {
        archive.close();
    }

    private Set<String> expectedFor(Principal reader) {
        return combinations.values().stream()
                .filter(c -> org.chancery.archive.access.ExpectedAccess.visible(reader, c))
                .map(Combination::id)
                .collect(Collectors.toCollection(TreeSet::new));
    }

    @Test
    void openingACableShowsExactlyWhatTheRulesAllowWithParagraphsWithheld() {
        for (Principal reader : AccessCorpus.readers()) {
            for (Combination c : combinations.values()) {
                var view = room.open(reader, c.id());
                boolean expected = org.chancery.archive.access.ExpectedAccess.visible(reader, c);
                assertThat(view.isPresent())
                        .as("%s opening %s", reader.name(), c)
                        .isEqualTo(expected);
                if (!expected) {
                    continue;
                }
                boolean withheld = org.chancery.archive.access.ExpectedAccess.overParagraphWithheld(reader, c);
                assertThat(view.get().anyWithheld())
                        .as("%s reading %s", reader.name(), c)
                        .isEqualTo(withheld);
                if (withheld) {
                    assertThat(view.get().telegram()).doesNotContain(AccessCorpus.HIDDEN_WORD);
                    assertThat(view.get().cable().summary()).isNull();
                    assertThat(view.get().cable().paragraphs().get(1).marking()).isNotNull();
                }
            }
        }
    }

    @Test
    void searchHitsCountsFacetsAndHighlightsCoverExactlyThePermittedCables() {
        for (Principal reader : AccessCorpus.readers()) {
            Set<String> expected = expectedFor(reader);
            SearchResult result =
                    room.search(reader, new SearchRequest("survey", SortOrder.RELEVANCE, 0, 1000, true, true));
            Set<String> hits = result.hits().stream().map(h -> h.id()).collect(Collectors.toCollection(TreeSet::new));
            assertThat(hits).as("hits for %s", reader.name()).isEqualTo(expected);
            assertThat(result.total()).isEqualTo(expected.size());
            assertThat(result.facets().get("classification").stream()
                            .mapToLong(f -> f.count())
                            .sum())
                    .isEqualTo(expected.size());
            result.hits()
                    .forEach(h -> assertThat(String.join(" ", h.highlights()))
                            .doesNotContainIgnoringCase(AccessCorpus.HIDDEN_WORD));
        }
    }

    @Test
    void citationsThreadsAndStatisticsCountOnlyPermittedCables() {
        for (Principal reader : AccessCorpus.readers()) {
            Set<String> expected = expectedFor(reader);
            // every cable of the corpus cites 08LONDON1, which is not in the archive
            assertThat(new TreeSet<String>(room.citedBy(reader, "08LONDON1")))
                    .as("cited-by for %s", reader.name())
                    .isEqualTo(expected);
            assertThat(room.stats(reader, 10).cables())
                    .as("stats for %s", reader.name())
                    .isEqualTo(expected.size());
        }
    }

    @Test
    void exportsHoldExactlyThePermittedCablesRedacted() {
        for (Principal reader : AccessCorpus.readers()) {
            Set<String> exported = new TreeSet<>();
            room.export(reader, new ExportRequest(null, false, null), view -> {
                exported.add(view.referenceId());
                if (view.anyWithheld()) {
                    assertThat(view.cable().body()).doesNotContain(AccessCorpus.HIDDEN_WORD);
                }
            });
            assertThat(exported).as("export for %s", reader.name()).isEqualTo(expectedFor(reader));
        }
    }

    @Test
    void aPublicExportHoldsOnlyWhatThePublicMayHave() {
        Principal records = AccessCorpus.readers().stream()
                .filter(p -> p.name().equals("records"))
                .findFirst()
                .orElseThrow();
        Set<String> exported = new TreeSet<>();
        room.export(records, new ExportRequest(null, true, AccessCorpus.TODAY), v -> exported.add(v.referenceId()));
        Set<String> expected = combinations.values().stream()
                .filter(c -> switch (c.level()) {
                    case U ->
                        c.handling() == AccessCorpus.Handling.NONE
                                && c.caption() != AccessCorpus.Caption.NODIS
                                && c.caption() != AccessCorpus.Caption.EXDIS;
                    case SBU -> false;
                    case C, S, TS -> c.decl() == AccessCorpus.Decl.PAST;
                })
                .map(Combination::id)
                .collect(Collectors.toCollection(TreeSet::new));
        assertThat(exported).isEqualTo(expected).isNotEmpty();

        Principal reader = AccessCorpus.readers().get(3);
        assertThatThrownBy(() -> room.export(reader, new ExportRequest(null, true, null), v -> {}))
                .isInstanceOf(SecurityException.class);
    }

    @Test
    void everyReadAndRefusalIsAudited() {
        Principal reader = AccessCorpus.readers().get(1);
        Combination secret = combinations.values().stream()
                .filter(c -> c.level() == AccessCorpus.Level.S && c.decl() == AccessCorpus.Decl.FUTURE)
                .findFirst()
                .orElseThrow();
        assertThat(room.open(reader, secret.id())).isEmpty();
        var refusals = audit.query(new AuditQuery(reader.name(), AuditAction.READ, secret.id(), false, null, null, 10));
        assertThat(refusals).isNotEmpty();
        assertThat(refusals.get(refusals.size() - 1).entry().detail()).contains("clearance");
        assertThat(audit.verify().intact()).isTrue();
    }
}
