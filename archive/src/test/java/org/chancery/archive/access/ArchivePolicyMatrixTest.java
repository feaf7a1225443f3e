package org.chancery.archive.access;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.chancery.archive.access.AccessCorpus.Combination;
import org.chancery.archive.index.LuceneCableIndex;
import org.chancery.archive.search.CableSearcher;
import org.chancery.archive.search.SearchRequest;
import org.chancery.archive.search.SearchResult;
import org.chancery.archive.search.SortOrder;
import org.chancery.archive.store.StoredCable;
import org.chancery.telegram.model.Cable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

/**
 * Every reader × every level/handling/caption/declassification combination: the policy's decision on the cable,
 * the index filter's answer and the rules (restated in {@link ExpectedAccess}) must all agree, and so must
 * the paragraph decisions, searches for withheld words, hit counts and facets.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ArchivePolicyMatrixTest {

    private final List<StoredCable> cables = AccessCorpus.cables();
    private final Map<String, Combination> combinations =
            AccessCorpus.combinations().stream().collect(Collectors.toMap(Combination::id, c -> c));
    private final ArchivePolicy policy = new ArchivePolicy(
            Clock.fixed(AccessCorpus.TODAY.atStartOfDay().toInstant(ZoneOffset.UTC), ZoneOffset.UTC),
            DeclassificationLedger.NONE);
    private LuceneCableIndex index;
    private CableSearcher searcher;

    @BeforeAll
    void index() {
        index = LuceneCableIndex.open(new ByteBuffersDirectory());
        index.upsert(cables);
        index.commit(cables.size());
        searcher = new CableSearcher(index.searchers(), policy);
    }

    @AfterAll
    void close() {
        index.close();
    }

    @Test
    void theDecisionOnEachCableFollowsTheRules() {
        int checked = 0;
        for (Principal reader : AccessCorpus.readers()) {
            for (StoredCable s : cables) {
                Combination c = combinations.get(s.referenceId());
                assertThat(policy.permits(reader, s.cable()))
                        .as("%s reading %s", reader.name(), c)
                        .isEqualTo(ExpectedAccess.visible(reader, c));
                checked++;
            }
        }
        assertThat(checked).isEqualTo(AccessCorpus.readers().size() * cables.size());
    }

    @Test
    void theSearchFilterAdmitsExactlyThePermittedCables() {
        for (Principal reader : AccessCorpus.readers()) {
            Set<String> permitted = cables.stream()
                    .filter(s -> policy.permits(reader, s.cable()))
                    .map(StoredCable::referenceId)
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(new TreeSet<>(searcher.allMatches("", reader)))
                    .as("search filter for %s", reader.name())
                    .isEqualTo(permitted);
            SearchResult counted = searcher.countAll("", reader);
            assertThat(counted.total()).as("hit count for %s", reader.name()).isEqualTo(permitted.size());
            long byLevel = counted.facets().get("classification").stream()
                    .mapToLong(f -> f.count())
                    .sum();
            assertThat(byLevel).as("classification facet for %s", reader.name()).isEqualTo(permitted.size());
            assertThat(searcher.countByMonth("", reader))
                    .as("hits per month for %s", reader.name())
                    .containsExactly(java.util.Map.entry(java.time.YearMonth.of(2008, 5), (long) permitted.size()));
            assertThat(searcher.search(new SearchRequest("", SortOrder.DATE, 0, 0, false, false, true), reader)
                            .months())
                    .as("hits per month counted with a search, for %s", reader.name())
                    .isEqualTo(searcher.countByMonth("", reader));
        }
    }

    @Test
    void someoneSeesEveryCableAndEveryReaderMissesSome() {
        for (Principal reader : AccessCorpus.readers()) {
            long seen = cables.stream()
                    .filter(s -> policy.permits(reader, s.cable()))
                    .count();
            if (reader.equals(Principal.OPERATOR)) {
                assertThat(seen).isEqualTo(cables.size());
            } else {
                assertThat(seen).as(reader.name()).isLessThan(cables.size()).isGreaterThan(0);
            }
        }
    }

    @Test
    void paragraphsMarkedAboveTheBannerAreWithheldFromReadersNotClearedForThem() {
        int withheldSomewhere = 0;
        for (Principal reader : AccessCorpus.readers()) {
            for (StoredCable s : cables) {
                Combination c = combinations.get(s.referenceId());
                if (!policy.permits(reader, s.cable())) {
                    continue;
                }
                List<Integer> withheld = policy.withheldParagraphs(reader, s.cable());
                boolean expected = ExpectedAccess.overParagraphWithheld(reader, c);
                assertThat(withheld).as("%s reading %s", reader.name(), c).isEqualTo(expected ? List.of(1) : List.of());
                withheldSomewhere += withheld.size();
            }
        }
        assertThat(withheldSomewhere).isGreaterThan(0);
    }

    @Test
    void withheldWordsFindNothingAndShowInNoSnippet() {
        for (Principal reader : AccessCorpus.readers()) {
            long readable = cables.stream()
                    .filter(s -> policy.permits(reader, s.cable()))
                    .filter(s -> s.cable().body().contains(AccessCorpus.HIDDEN_WORD))
                    .filter(s -> policy.withheldParagraphs(reader, s.cable()).isEmpty())
                    .count();
            SearchResult hidden = searcher.search(SearchRequest.of(AccessCorpus.HIDDEN_WORD), reader);
            assertThat(hidden.total())
                    .as("%s searching a word of withheld paragraphs", reader.name())
                    .isEqualTo(readable);

            SearchResult common = searcher.search(
                    new SearchRequest(
                            AccessCorpus.COMMON_WORD + " OR " + "survey", SortOrder.RELEVANCE, 0, 500, true, true),
                    reader);
            common.hits()
                    .forEach(hit -> assertThat(String.join(" ", hit.highlights()))
                            .as("snippet of %s for %s", hit.id(), reader.name())
                            .doesNotContainIgnoringCase(AccessCorpus.HIDDEN_WORD));
        }
    }

    @Test
    void aWithheldParagraphKeepsItsNumberAndMarkingAndTheSummaryGoes() {
        StoredCable mismarked = cables.stream()
                .filter(s -> combinations.get(s.referenceId()).mismarked())
                .findFirst()
                .orElseThrow();
        Principal confidential = AccessCorpus.readers().get(1);
        List<Integer> withheld = policy.withheldParagraphs(confidential, mismarked.cable());
        Cable shown = org.chancery.archive.marking.Redaction.cable(mismarked.cable(), Set.copyOf(withheld));
        assertThat(shown.paragraphs().get(1).number()).isEqualTo(2);
        assertThat(shown.paragraphs().get(1).marking()).isEqualTo("S");
        assertThat(shown.paragraphs().get(1).text()).isEqualTo(org.chancery.archive.marking.Redaction.WITHHELD);
        assertThat(shown.body()).doesNotContain(AccessCorpus.HIDDEN_WORD).contains("(S) [Paragraph withheld");
        assertThat(shown.summary()).isNull();
        assertThat(shown.paragraphs().get(0).text()).contains(AccessCorpus.COMMON_WORD);
    }
}
