package org.chancery.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.archive.search.SampleCorpus.A;
import static org.chancery.archive.search.SampleCorpus.B;
import static org.chancery.archive.search.SampleCorpus.C;
import static org.chancery.archive.search.SampleCorpus.D;
import static org.chancery.archive.search.SampleCorpus.E;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.chancery.archive.access.AccessPolicy;
import org.chancery.archive.access.Principal;
import org.chancery.archive.access.SearchOnlyPolicy;
import org.chancery.archive.access.SearchRule;
import org.chancery.archive.index.LuceneCableIndex;
import org.chancery.telegram.model.Classification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

/** The access fields support the rules the access issue will need: clearance, NOFORN, channels, declassification. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessRulesTest {

    @TempDir
    static Path data;

    private LuceneCableIndex index;

    @BeforeAll
    void buildIndex() {
        index = SampleCorpus.index(data);
    }

    @AfterAll
    void closeIndex() {
        index.close();
    }

    @Test
    void clearanceNoforAndChannelsCombine() {
        Principal foreignConfidential = reader(Classification.CONFIDENTIAL, false, Set.of());
        assertThat(visible(foreignConfidential)).containsExactly(D, A, E);

        Principal secretWithoutChannels = reader(Classification.SECRET, true, Set.of());
        assertThat(visible(secretWithoutChannels)).containsExactly(D, B, A, E);

        Principal secretOnNodis = reader(Classification.SECRET, true, Set.of("nodis"));
        assertThat(visible(secretOnNodis)).containsExactly(D, C, B, A, E);
    }

    @Test
    void declassificationDateIsSearchable() {
        AccessPolicy declassifiedOnly = policy(p -> new SearchRule.DeclassifiedBy(LocalDate.of(2020, 1, 1), Map.of()));
        assertThat(ids(declassifiedOnly, Principal.OPERATOR)).containsExactly(C);
        AccessPolicy notYet = policy(p -> new SearchRule.DeclassifiedBy(LocalDate.of(2018, 11, 27), Map.of()));
        assertThat(ids(notYet, Principal.OPERATOR)).isEmpty();
    }

    private List<String> visible(Principal reader) {
        AccessPolicy rules = policy(p -> SearchRule.allOf(
                new SearchRule.LevelAtMost(p.clearance()),
                p.usNational() ? SearchRule.EVERYTHING : new SearchRule.WithoutCaveat("NOFORN"),
                new SearchRule.ChannelsWithin(upperCase(p.channels()))));
        return ids(rules, reader);
    }

    private List<String> ids(AccessPolicy policy, Principal reader) {
        return new CableSearcher(index.searchers(), policy)
                .search(new SearchRequest("", SortOrder.DATE, 0, 10, false, false), reader).hits().stream()
                        .map(SearchHit::id)
                        .toList();
    }

    private static Principal reader(Classification clearance, boolean usNational, Set<String> channels) {
        return new Principal("reader", clearance, usNational, Set.of(), Set.of(), Set.of("reader"), channels);
    }

    private static AccessPolicy policy(java.util.function.Function<Principal, SearchRule> rule) {
        return new SearchOnlyPolicy(rule);
    }

    private static Set<String> upperCase(Set<String> channels) {
        return channels.stream()
                .map(c -> c.toUpperCase(java.util.Locale.ROOT))
                .collect(java.util.stream.Collectors.toSet());
    }
}
