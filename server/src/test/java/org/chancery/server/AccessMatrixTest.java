package org.chancery.server;

import static org.assertj.core.api.Assertions.assertThat;
import static org.chancery.server.support.CraftedCables.C;
import static org.chancery.server.support.CraftedCables.C_NO_SIPDIS;
import static org.chancery.server.support.CraftedCables.C_SECRET_PARAGRAPH;
import static org.chancery.server.support.CraftedCables.S;
import static org.chancery.server.support.CraftedCables.S_NODIS;
import static org.chancery.server.support.CraftedCables.S_NOFORN;
import static org.chancery.server.support.CraftedCables.S_REL_GBR;
import static org.chancery.server.support.CraftedCables.TS;
import static org.chancery.server.support.CraftedCables.U;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.chancery.server.support.CraftedCables;
import org.chancery.server.support.Json;
import org.chancery.server.support.TestServer;
import org.chancery.server.support.WebClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The access matrix through HTTP: every kind of reader against every crafted classification, caption and handling
 * case, by every way in (page, API, search hits and total, facet counts, export). What each reader may see is
 * written out by hand from the rules of the access issue, not computed by the policy under test.
 */
class AccessMatrixTest {

    private static final TestServer SERVER = TestServer.get();

    /** Reader → the crafted cables that reader may see. */
    private static final Map<String, Set<String>> VISIBLE = Map.of(
            "reader-u", Set.of(U),
            "reader-c", Set.of(U, C, C_SECRET_PARAGRAPH),
            "reader-s", Set.of(U, C, S, S_NOFORN, S_REL_GBR, C_SECRET_PARAGRAPH),
            "reader-ts", Set.of(U, C, S, TS, S_NOFORN, S_REL_GBR, S_NODIS, C_SECRET_PARAGRAPH),
            "reader-gbr", Set.of(U, C, S, S_REL_GBR, C_SECRET_PARAGRAPH),
            "reader-testpost", Set.of(U, C, C_NO_SIPDIS, C_SECRET_PARAGRAPH));

    private static final Set<String> ALL =
            Set.of(U, C, S, TS, S_NOFORN, S_REL_GBR, S_NODIS, C_NO_SIPDIS, C_SECRET_PARAGRAPH);

    private static final Map<String, String> LEVEL = Map.of(
            U, "UNCLASSIFIED",
            C, "CONFIDENTIAL",
            S, "SECRET",
            TS, "TOP SECRET",
            S_NOFORN, "SECRET",
            S_REL_GBR, "SECRET",
            S_NODIS, "SECRET",
            C_NO_SIPDIS, "CONFIDENTIAL",
            C_SECRET_PARAGRAPH, "CONFIDENTIAL");

    static Stream<Arguments> readerAndCable() {
        return VISIBLE.keySet().stream()
                .sorted()
                .flatMap(reader -> ALL.stream().sorted().map(id -> Arguments.of(reader, id)));
    }

    static Stream<String> readers() {
        return VISIBLE.keySet().stream().sorted();
    }

    @ParameterizedTest(name = "{0} opens {1}")
    @MethodSource("readerAndCable")
    void theCablePageAndTheApiAgreeWithTheMatrix(String reader, String id) {
        boolean visible = VISIBLE.get(reader).contains(id);
        WebClient browser = new WebClient(SERVER.base());
        browser.signIn(reader, TestServer.PASSWORD);
        HttpResponse<String> page = browser.get("/cables/" + id);
        assertThat(page.statusCode()).isEqualTo(visible ? 200 : 404);
        if (!visible) {
            assertThat(page.body()).doesNotContain(CraftedCables.MARKER).doesNotContain("MATRIX CASE");
        }
        for (String download : List.of("/telegram.txt", "/cable.json", "/cable.csv")) {
            assertThat(browser.get("/cables/" + id + download).statusCode()).isEqualTo(visible ? 200 : 404);
        }
        HttpResponse<String> api = api(reader).get("/api/cables/" + id);
        assertThat(api.statusCode()).isEqualTo(visible ? 200 : 404);
        if (visible) {
            assertThat(Json.parse(api.body()).at("/cable/reference_id").asText())
                    .isEqualTo(id);
        } else {
            assertThat(api.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
            assertThat(api.body()).doesNotContain(CraftedCables.MARKER);
        }
        HttpResponse<String> refs = api(reader).get("/api/cables/" + id + "/refs");
        assertThat(refs.statusCode()).isEqualTo(visible ? 200 : 404);
    }

    @ParameterizedTest(name = "{0} searches")
    @MethodSource("readers")
    void searchHitsTotalsAndFacetsCoverOnlyWhatTheReaderMaySee(String reader) {
        Set<String> expected = VISIBLE.get(reader);
        JsonNode result = Json.parse(api(reader)
                .get("/api/search?size=50&q=" + WebClient.enc(CraftedCables.MARKER))
                .body());
        Set<String> ids = new TreeSet<>();
        result.get("hits").forEach(h -> ids.add(h.get("id").asText()));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(result.get("total").asLong()).isEqualTo(expected.size());

        Map<String, Long> levels = new HashMap<>();
        result.at("/facets/classification")
                .forEach(f -> levels.put(f.get("value").asText(), f.get("count").asLong()));
        Map<String, Long> expectedLevels = new HashMap<>();
        expected.forEach(id -> expectedLevels.merge(LEVEL.get(id), 1L, Long::sum));
        assertThat(levels).isEqualTo(expectedLevels);

        WebClient browser = new WebClient(SERVER.base());
        browser.signIn(reader, TestServer.PASSWORD);
        String page =
                browser.get("/search?q=" + WebClient.enc(CraftedCables.MARKER)).body();
        for (String id : ALL) {
            if (expected.contains(id)) {
                assertThat(page).contains("/cables/" + id);
            } else {
                assertThat(page).doesNotContain(id);
            }
        }
        // the crafted cables share one month: the page's chart counts there exactly what the reader may see
        if (expected.isEmpty()) {
            assertThat(page).contains("No dated hits to chart.");
        } else {
            assertThat(page).contains(": " + expected.size() + "</title>");
        }
    }

    @ParameterizedTest(name = "{0} exports")
    @MethodSource("readers")
    void exportsHoldOnlyWhatTheReaderMaySee(String reader) {
        HttpResponse<String> json = api(reader).get("/api/export?format=json&q=" + WebClient.enc(CraftedCables.MARKER));
        assertThat(json.statusCode()).isEqualTo(200);
        Set<String> ids = new TreeSet<>();
        Json.parse(json.body()).forEach(c -> ids.add(c.get("reference_id").asText()));
        assertThat(ids).containsExactlyInAnyOrderElementsOf(VISIBLE.get(reader));

        HttpResponse<String> csv = api(reader).get("/api/export?format=csv&q=" + WebClient.enc(CraftedCables.MARKER));
        assertThat(csv.statusCode()).isEqualTo(200);
        for (String id : ALL) {
            assertThat(csv.body().contains(id))
                    .as(id)
                    .isEqualTo(VISIBLE.get(reader).contains(id));
        }
    }

    /** Readers cleared for the CONFIDENTIAL banner but not for the SECRET paragraph. */
    private static final Set<String> SECRET_PARAGRAPH_WITHHELD = Set.of("reader-c", "reader-testpost");

    @ParameterizedTest(name = "{0} reads the cable with a SECRET paragraph")
    @MethodSource("readers")
    void aParagraphAboveTheReadersClearanceIsWithheld(String reader) {
        if (!VISIBLE.get(reader).contains(C_SECRET_PARAGRAPH)) {
            return;
        }
        boolean withheld = SECRET_PARAGRAPH_WITHHELD.contains(reader);
        JsonNode view =
                Json.parse(api(reader).get("/api/cables/" + C_SECRET_PARAGRAPH).body());
        assertThat(view.get("withheld_paragraphs").size()).isEqualTo(withheld ? 1 : 0);
        String telegram = api(reader)
                .get("/api/cables/" + C_SECRET_PARAGRAPH + "?as=telegram")
                .body();
        String secondParagraph = SERVER.archive()
                .crafted()
                .get(C_SECRET_PARAGRAPH)
                .paragraphs()
                .get(1)
                .text();
        String firstWords = secondParagraph.substring(0, Math.min(40, secondParagraph.length()));
        assertThat(telegram.replaceAll("\\s+", " ").contains(firstWords.replaceAll("\\s+", " ")))
                .isEqualTo(!withheld);
        WebClient browser = new WebClient(SERVER.base());
        browser.signIn(reader, TestServer.PASSWORD);
        String page = browser.get("/cables/" + C_SECRET_PARAGRAPH).body();
        assertThat(page.contains("id=\"withheld-notice\"")).isEqualTo(withheld);
        assertThat(page.contains("class=\"line withheld\"")).isEqualTo(withheld);
    }

    private static WebClient api(String reader) {
        return WebClient.basic(SERVER.base(), reader, TestServer.PASSWORD);
    }
}
