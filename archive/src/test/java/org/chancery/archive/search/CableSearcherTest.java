package org.chancery.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.chancery.archive.search.SampleCorpus.A;
import static org.chancery.archive.search.SampleCorpus.B;
import static org.chancery.archive.search.SampleCorpus.C;
import static org.chancery.archive.search.SampleCorpus.D;
import static org.chancery.archive.search.SampleCorpus.E;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.chancery.archive.access.FullAccessPolicy;
import org.chancery.archive.access.Principal;
import org.chancery.archive.index.LuceneCableIndex;
import org.chancery.archive.query.QuerySyntaxException;
import org.chancery.telegram.model.Classification;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CableSearcherTest {

    @TempDir
    static Path data;

    private LuceneCableIndex index;
    private CableSearcher searcher;

    @BeforeAll
    void buildIndex() {
        index = SampleCorpus.index(data);
        searcher = new CableSearcher(index.searchers(), new FullAccessPolicy());
    }

    @AfterAll
    void closeIndex() {
        index.close();
    }

    @Test
    void subjectMatchesRankAboveBodyMatches() {
        List<String> ids = ids(search("fisheries", SortOrder.RELEVANCE));
        assertThat(ids).hasSize(4);
        assertThat(ids.subList(0, 2)).containsExactlyInAnyOrder(A, B);
        assertThat(ids.subList(2, 4)).containsExactlyInAnyOrder(C, D);
    }

    @Test
    void dateSortPutsTheNewestFirstAndStillScores() {
        SearchResult result = search("fisheries", SortOrder.DATE);
        assertThat(ids(result)).containsExactly(D, C, B, A);
        assertThat(result.hits()).allSatisfy(h -> assertThat(h.score()).isPositive());
    }

    @Test
    void phraseMatchesOnlyWordsInOrder() {
        assertThat(ids(search("\"donor conference\"", SortOrder.RELEVANCE))).containsExactly(D);
        assertThat(ids(search("\"conference donor\"", SortOrder.RELEVANCE))).isEmpty();
    }

    @Test
    void matchingIgnoresCaseAndPlurals() {
        assertThat(ids(search("HARBORS", SortOrder.DATE))).containsExactly(B, E);
        assertThat(ids(search("minister", SortOrder.DATE))).containsExactly(C, B);
    }

    @Test
    void hitCarriesWhatAHitListShowsAndHighlights() {
        SearchResult result = search("strike", SortOrder.RELEVANCE);
        assertThat(result.total()).isEqualTo(1);
        SearchHit hit = result.hits().getFirst();
        assertThat(hit.id()).isEqualTo(E);
        assertThat(hit.date()).isEqualTo(LocalDate.of(2007, 12, 31));
        assertThat(hit.subject()).isEqualTo("PORT STRIKE");
        assertThat(hit.origin()).isEqualTo("Consulate Kestrel Bay");
        assertThat(hit.classification()).isEqualTo(Classification.CONFIDENTIAL);
        assertThat(hit.highlights()).singleElement().asString().contains("went on <b>strike</b>;");
    }

    @Test
    void facetsCountEveryHitExactly() {
        SearchResult result =
                searcher.search(new SearchRequest("", SortOrder.DATE, 0, 0, true, false), Principal.OPERATOR);
        assertThat(result.total()).isEqualTo(5);
        assertThat(result.hits()).isEmpty();
        assertThat(result.facets().get("classification"))
                .containsExactlyInAnyOrder(
                        new FacetCount("UNCLASSIFIED", 2),
                        new FacetCount("CONFIDENTIAL", 2),
                        new FacetCount("SECRET", 1));
        assertThat(result.facets().get("origin"))
                .containsExactlyInAnyOrder(
                        new FacetCount("Embassy Norhaven", 2),
                        new FacetCount("Embassy Castellane", 2),
                        new FacetCount("Consulate Kestrel Bay", 1));
        assertThat(result.facets().get("tags"))
                .containsExactlyInAnyOrder(
                        new FacetCount("PREL", 2),
                        new FacetCount("PGOV", 2),
                        new FacetCount("NV", 2),
                        new FacetCount("CS", 2),
                        new FacetCount("EFIS", 1),
                        new FacetCount("PHUM", 1),
                        new FacetCount("EAID", 1),
                        new FacetCount("ELAB", 1));
        assertThat(result.facets().get("year"))
                .containsExactlyInAnyOrder(
                        new FacetCount("2007", 1), new FacetCount("2008", 3), new FacetCount("2009", 1));
        assertThat(result.facets().get("caption"))
                .containsExactlyInAnyOrder(new FacetCount("SIPDIS", 3), new FacetCount("NODIS", 1));
        assertThat(result.facets().get("handling")).containsExactly(new FacetCount("NOFORN", 1));
    }

    @Test
    void monthsAreCountedInTheSamePassAsTheyAreOnTheirOwn() {
        SearchResult result = searcher.search(
                new SearchRequest("", SortOrder.RELEVANCE, 0, 20, true, true, true), Principal.OPERATOR);
        assertThat(result.months())
                .containsExactly(
                        Map.entry(YearMonth.of(2007, 12), 1L),
                        Map.entry(YearMonth.of(2008, 3), 1L),
                        Map.entry(YearMonth.of(2008, 6), 1L),
                        Map.entry(YearMonth.of(2008, 11), 1L),
                        Map.entry(YearMonth.of(2009, 1), 1L))
                .isEqualTo(searcher.countByMonth("", Principal.OPERATOR));
        SearchResult narrowed = searcher.search(
                new SearchRequest("date:2008", SortOrder.DATE, 0, 0, false, false, true), Principal.OPERATOR);
        assertThat(narrowed.months())
                .containsOnlyKeys(YearMonth.of(2008, 3), YearMonth.of(2008, 6), YearMonth.of(2008, 11));
        assertThat(narrowed.facets()).isEmpty();
        assertThat(searcher.search(SearchRequest.of(""), Principal.OPERATOR).months())
                .as("not asked for")
                .isEmpty();
    }

    @Test
    void facetsFollowTheQuery() {
        SearchResult result = search("tag:CS", SortOrder.RELEVANCE);
        assertThat(result.facets().get("origin")).containsExactly(new FacetCount("Embassy Castellane", 2));
        assertThat(result.facets().get("handling")).isEmpty();
    }

    @ParameterizedTest
    @CsvSource(
            delimiter = '|',
            value = {
                "tag:PREL                              | 08NORHAVEN101 08NORHAVEN100",
                "tag:prel                              | 08NORHAVEN101 08NORHAVEN100",
                "origin:\"Embassy Castellane\"          | 09CASTELLANE7 08CASTELLANE55",
                "origin:\"embassy  castellane\"         | 09CASTELLANE7 08CASTELLANE55",
                "classification:SECRET                 | 08CASTELLANE55",
                "classification>=CONFIDENTIAL          | 08CASTELLANE55 08NORHAVEN101 07KESTRELBAY3",
                "classification<CONFIDENTIAL           | 09CASTELLANE7 08NORHAVEN100",
                "caption:SIPDIS                        | 09CASTELLANE7 08NORHAVEN101 08NORHAVEN100",
                "handling:NOFORN                       | 08NORHAVEN101",
                "from:2008-06 to:2008-12               | 08CASTELLANE55 08NORHAVEN101",
                "from:2008 to:2008                     | 08CASTELLANE55 08NORHAVEN101 08NORHAVEN100",
                "date:2008-11-28                       | 08CASTELLANE55",
                "date:2007                             | 07KESTRELBAY3",
                "date>2008-06                          | 09CASTELLANE7 08CASTELLANE55",
                "precedence:FLASH                      | 08CASTELLANE55",
                "precedence:Z                          | 08CASTELLANE55",
                "precedence:IMMEDIATE                  | 08NORHAVEN101",
                "precedence:PRIORITY                   | 09CASTELLANE7 07KESTRELBAY3",
                "to:RUEHC classification:UNCLASSIFIED  | 09CASTELLANE7 08NORHAVEN100",
                "to:\"SECSTATE WASHDC\" tag:NV           | 08NORHAVEN101 08NORHAVEN100",
                "info:RUEHCB                           | 08NORHAVEN100",
                "addressee:RUEHNV                      | 09CASTELLANE7",
                "cites:08NORHAVEN100                   | 08CASTELLANE55 08NORHAVEN101",
                "citedby:08CASTELLANE55                | 08NORHAVEN101 08NORHAVEN100",
                "citedby:07KESTRELBAY3                 | ''",
                "signer:OKAFOR                         | 09CASTELLANE7 08CASTELLANE55",
                "id:07KESTRELBAY3                      | 07KESTRELBAY3",
                "subject:strike                        | 07KESTRELBAY3",
                "summary:police                        | 08CASTELLANE55",
                "body:quota                            | 08NORHAVEN100",
                "fisheries -tag:PREL                   | 09CASTELLANE7 08CASTELLANE55",
                "fisheries NOT tag:PREL                | 09CASTELLANE7 08CASTELLANE55",
                "NOT tag:PREL                          | 09CASTELLANE7 08CASTELLANE55 07KESTRELBAY3",
                "tag:(EAID OR ELAB)                    | 09CASTELLANE7 07KESTRELBAY3",
                "(riots OR strike) tag:CS              | 08CASTELLANE55",
                "tag:E*                                | 09CASTELLANE7 08NORHAVEN100 07KESTRELBAY3",
                "fish*                                 | 09CASTELLANE7 08CASTELLANE55 08NORHAVEN101 08NORHAVEN100",
                "the                                   | ''",
            })
    void fieldQueriesFindExactlyTheirCables(String query, String expected) {
        List<String> want =
                expected.isBlank() ? List.of() : List.of(expected.trim().split("\\s+"));
        assertThat(ids(search(query, SortOrder.DATE))).as(query).containsExactlyElementsOf(want);
    }

    @Test
    void referenceIdAsFreeTextFindsThatCableFirst() {
        assertThat(ids(search("08norhaven100", SortOrder.RELEVANCE)).getFirst()).isEqualTo(A);
    }

    @Test
    void pagingSkipsAndLimitsButCountsAll() {
        SearchResult page =
                searcher.search(new SearchRequest("", SortOrder.DATE, 1, 2, false, false), Principal.OPERATOR);
        assertThat(page.total()).isEqualTo(5);
        assertThat(ids(page)).containsExactly(C, B);
        assertThat(page.facets()).isEmpty();
    }

    @Test
    void badQueryNamesTheProblem() {
        assertThatThrownBy(() -> search("tag:PREL date:2008-13", SortOrder.DATE))
                .isInstanceOf(QuerySyntaxException.class)
                .hasMessage("bad date '2008-13' for date at column 10 (use 2008, 2008-11 or 2008-11-28)");
        assertThatThrownBy(() -> search("classification:SEKRET", SortOrder.DATE))
                .hasMessageStartingWith("unknown classification 'SEKRET' at column 1");
        assertThatThrownBy(() -> search("precedence:SOON", SortOrder.DATE))
                .hasMessageStartingWith("unknown precedence 'SOON' at column 1 (expected FLASH,");
    }

    private SearchResult search(String query, SortOrder sort) {
        return searcher.search(new SearchRequest(query, sort, 0, 50, true, true), Principal.OPERATOR);
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }
}
