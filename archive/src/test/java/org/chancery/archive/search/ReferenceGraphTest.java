package org.chancery.archive.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.archive.search.SampleCorpus.A;
import static org.chancery.archive.search.SampleCorpus.B;
import static org.chancery.archive.search.SampleCorpus.C;
import static org.chancery.archive.search.SampleCorpus.D;

import java.nio.file.Path;
import java.util.Map;
import org.chancery.archive.access.FullAccessPolicy;
import org.chancery.archive.access.Principal;
import org.chancery.archive.index.LuceneCableIndex;
import org.chancery.archive.search.CableThread.Citation;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.io.TempDir;

@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ReferenceGraphTest {

    @TempDir
    static Path data;

    private LuceneCableIndex index;
    private ReferenceGraph graph;

    @BeforeAll
    void buildIndex() {
        index = SampleCorpus.index(data);
        graph = new ReferenceGraph(index.searchers(), new FullAccessPolicy());
    }

    @AfterAll
    void closeIndex() {
        index.close();
    }

    @Test
    void referencesAreInRefOrderAndCitersSorted() {
        assertThat(graph.references(C, Principal.OPERATOR)).containsExactly(B, A);
        assertThat(graph.citedBy(A, Principal.OPERATOR)).containsExactly(C, B);
        assertThat(graph.citedBy("08norhaven100", Principal.OPERATOR)).containsExactly(C, B);
        assertThat(graph.references("99NOWHERE1", Principal.OPERATOR)).isEmpty();
    }

    @Test
    void threadGrowsOneCitationPerDepth() {
        CableThread one = graph.thread(A, 1, Principal.OPERATOR);
        assertThat(one.depth()).isEqualTo(Map.of(A, 0, B, 1, C, 1));
        assertThat(one.edges()).containsExactlyInAnyOrder(new Citation(B, A), new Citation(C, A));

        CableThread two = graph.thread(A, 2, Principal.OPERATOR);
        assertThat(two.depth()).isEqualTo(Map.of(A, 0, B, 1, C, 1, D, 2));
        assertThat(two.edges())
                .containsExactlyInAnyOrder(
                        new Citation(B, A), new Citation(C, A), new Citation(C, B), new Citation(D, C));
        assertThat(two.missing()).isEmpty();
    }

    @Test
    void threadOfAnUnknownCableIsEmpty() {
        CableThread thread = graph.thread("99NOWHERE1", 3, Principal.OPERATOR);
        assertThat(thread.depth()).isEmpty();
        assertThat(thread.missing()).containsExactly("99NOWHERE1");
    }
}
