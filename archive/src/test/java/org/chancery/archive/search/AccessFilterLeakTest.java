package org.chancery.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.archive.search.SampleCorpus.A;
import static org.chancery.archive.search.SampleCorpus.C;
import static org.chancery.archive.search.SampleCorpus.D;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
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

/** A reader cleared for UNCLASSIFIED only must learn nothing about the classified cables, by any channel. */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AccessFilterLeakTest {

    /** Lets everyone see unclassified cables and nothing else. */
    static AccessPolicy unclassifiedOnly() {
        return new SearchOnlyPolicy(reader -> new SearchRule.LevelAtMost(Classification.UNCLASSIFIED));
    }

    @TempDir
    static Path data;

    private LuceneCableIndex index;
    private CableSearcher searcher;
    private ReferenceGraph graph;

    @BeforeAll
    void buildIndex() {
        index = SampleCorpus.index(data);
        searcher = new CableSearcher(index.searchers(), unclassifiedOnly());
        graph = new ReferenceGraph(index.searchers(), unclassifiedOnly());
    }

    @AfterAll
    void closeIndex() {
        index.close();
    }

    @Test
    void hitsCountsFacetsAndHighlightsCoverOnlyPermittedCables() {
        // "fisheries" is in two unclassified cables and two classified ones (one SECRET, in its body)
        SearchResult result = searcher.search(
                new SearchRequest("fisheries", SortOrder.RELEVANCE, 0, 50, true, true), Principal.OPERATOR);

        assertThat(result.total()).isEqualTo(2);
        assertThat(result.hits()).extracting(SearchHit::id).containsExactlyInAnyOrder(A, D);
        assertThat(result.facets().get("classification")).containsExactly(new FacetCount("UNCLASSIFIED", 2));
        assertThat(result.facets().get("tags"))
                .containsExactlyInAnyOrder(
                        new FacetCount("EFIS", 1),
                        new FacetCount("PREL", 1),
                        new FacetCount("NV", 1),
                        new FacetCount("EAID", 1),
                        new FacetCount("CS", 1));
        assertThat(result.facets().get("caption")).containsExactly(new FacetCount("SIPDIS", 2));
        assertThat(result.facets().get("handling")).isEmpty();
        assertThat(result.facets().get("year"))
                .containsExactlyInAnyOrder(new FacetCount("2008", 1), new FacetCount("2009", 1));
        assertThat(result.hits())
                .flatExtracting(SearchHit::highlights)
                .isNotEmpty()
                .noneMatch(s -> s.contains("militia") || s.contains("harbor"));
    }

    @Test
    void classifiedCablesCannotBeFoundByAnyField() {
        for (String q : List.of(
                "classification>=CONFIDENTIAL",
                "handling:NOFORN",
                "caption:NODIS",
                "militia",
                "id:" + C,
                "precedence:FLASH",
                "signer:LINDQVIST",
                "tag:PHUM")) {
            SearchResult r =
                    searcher.search(new SearchRequest(q, SortOrder.DATE, 0, 10, true, true), Principal.OPERATOR);
            assertThat(r.total()).as(q).isZero();
            assertThat(r.facets().values())
                    .as(q)
                    .allSatisfy(values -> assertThat(values).isEmpty());
        }
    }

    @Test
    void citationsOfAHiddenCableStayHidden() {
        // C (SECRET) cites A and B: neither "citedby:C" nor "cites:" can reveal it
        assertThat(ids("citedby:" + C)).isEmpty();
        assertThat(ids("cites:" + A)).isEmpty();
        assertThat(graph.citedBy(A, Principal.OPERATOR)).isEmpty();
        assertThat(graph.references(C, Principal.OPERATOR)).isEmpty();
        // D is visible and cites C: C's id is in D's own text, but C itself is not shown as a member of the thread
        assertThat(graph.references(D, Principal.OPERATOR)).containsExactly(C);
        CableThread thread = graph.thread(D, 3, Principal.OPERATOR);
        assertThat(thread.depth()).isEqualTo(Map.of(D, 0));
        assertThat(thread.missing()).containsExactly(C);
    }

    private List<String> ids(String query) {
        return searcher
                .search(new SearchRequest(query, SortOrder.DATE, 0, 10, false, false), Principal.OPERATOR)
                .hits()
                .stream()
                .map(SearchHit::id)
                .toList();
    }
}
