package org.chancery.archive.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.chancery.archive.access.FullAccessPolicy;
import org.chancery.archive.access.Principal;
import org.chancery.archive.index.LuceneCableIndex;
import org.chancery.archive.store.StoredCable;
import org.chancery.telegram.model.Cable;
import org.chancery.telegram.model.Reference;
import org.chancery.telegram.read.CableParseException;
import org.chancery.telegram.read.CableParser;
import org.chancery.telegram.read.CableSource;
import org.chancery.telegram.read.CableSources;
import org.chancery.telegram.read.RawCable;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The index and the query language on the real shared corpus, read with the project's own readers. */
class RealCorpusSearchTest {

    @TempDir
    Path data;

    @Test
    void everyCableIsFoundByIdAndCitationsResolveBothWays() throws IOException {
        Path csv =
                Path.of(System.getProperty("chancery.shared", "../../shared")).resolve("corpus/cables.csv");
        Assumptions.assumeTrue(Files.isRegularFile(csv), "shared corpus not found at " + csv);
        Map<String, Cable> cables = parse(csv);
        assertThat(cables).hasSizeGreaterThan(1000);

        try (LuceneCableIndex index = LuceneCableIndex.open(data)) {
            List<StoredCable> stored = new ArrayList<>();
            long seq = 0;
            for (Cable c : cables.values()) {
                stored.add(new StoredCable(c.referenceId(), 1, ++seq, Instant.EPOCH, c));
            }
            index.upsert(stored);
            index.commit(seq);
            CableSearcher searcher = new CableSearcher(index.searchers(), new FullAccessPolicy());

            SearchResult all = search(searcher, "", 0);
            assertThat(all.total()).isEqualTo(cables.size());
            assertThat(all.facets().get("classification").stream()
                            .mapToLong(FacetCount::count)
                            .sum())
                    .isEqualTo(cables.size());

            int citations = 0;
            for (Cable c : cables.values()) {
                assertThat(ids(search(searcher, "id:" + c.referenceId(), 5))).containsExactly(c.referenceId());
                for (Reference ref : c.references()) {
                    if (ref.id() != null && cables.containsKey(ref.id())) {
                        citations++;
                        assertThat(ids(search(searcher, "cites:" + ref.id(), 1000)))
                                .contains(c.referenceId());
                        assertThat(ids(search(searcher, "citedby:" + c.referenceId(), 1000)))
                                .contains(ref.id());
                    }
                }
            }
            System.out.printf(
                    "real corpus: %d cables indexed, %d citations inside the corpus%n", cables.size(), citations);
        }
    }

    private static SearchResult search(CableSearcher searcher, String query, int limit) {
        // facets only for the whole-corpus query: the per-cable lookups need just the ids
        boolean facets = query.isEmpty();
        return searcher.search(new SearchRequest(query, SortOrder.DATE, 0, limit, facets, false), Principal.OPERATOR);
    }

    private static List<String> ids(SearchResult result) {
        return result.hits().stream().map(SearchHit::id).toList();
    }

    private static Map<String, Cable> parse(Path csv) throws IOException {
        Map<String, Cable> cables = new LinkedHashMap<>();
        CableParser parser = new CableParser();
        try (CableSource source = CableSources.open(csv)) {
            while (true) {
                RawCable raw;
                try {
                    raw = source.next();
                } catch (CableParseException e) {
                    continue;
                }
                if (raw == null) {
                    break;
                }
                try {
                    Cable c = parser.parse(raw);
                    cables.put(c.referenceId(), c);
                } catch (CableParseException e) {
                    // the reader's own tests cover rejects; the index only needs the cables that parse
                }
            }
        }
        return cables;
    }
}
