package org.chancery.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.Set;
import java.util.TreeSet;
import org.chancery.server.support.CraftedCables;
import org.chancery.server.support.Json;
import org.chancery.server.support.TestServer;
import org.chancery.server.support.WebClient;
import org.chancery.telegram.model.Cable;
import org.junit.jupiter.api.Test;

/** Every REST endpoint, its formats and its errors (the access matrix has its own test). */
class ApiTest {

    private final TestServer server = TestServer.get();
    private final WebClient api = WebClient.basic(server.base(), "reader-ts", TestServer.PASSWORD);

    @Test
    void withoutCredentialsTheApiAnswers401AsAProblem() {
        HttpResponse<String> response = new WebClient(server.base()).get("/api/search?q=x");
        assertThat(response.statusCode()).isEqualTo(401);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(response.headers().firstValue("WWW-Authenticate").orElseThrow())
                .startsWith("Basic");
        assertThat(Json.parse(response.body()).get("status").asInt()).isEqualTo(401);
    }

    @Test
    void wrongCredentialsAre401Too() {
        HttpResponse<String> response =
                WebClient.basic(server.base(), "reader-ts", "wrong password!!").get("/api/stats");
        assertThat(response.statusCode()).isEqualTo(401);
    }

    @Test
    void aSignedInBrowserSessionReachesTheApiToo() {
        WebClient browser = new WebClient(server.base());
        browser.signIn("reader-s", TestServer.PASSWORD);
        assertThat(browser.get("/api/cables/" + CraftedCables.S).statusCode()).isEqualTo(200);
    }

    @Test
    void aCableAsJsonCarriesTheViewAndTheContractFields() {
        JsonNode view = Json.parse(api.get("/api/cables/" + CraftedCables.S).body());
        assertThat(view.get("reference_id").asText()).isEqualTo(CraftedCables.S);
        assertThat(view.get("version").asInt()).isEqualTo(1);
        assertThat(view.get("effective_classification").asText()).isEqualTo("SECRET");
        assertThat(view.get("declassified").asBoolean()).isFalse();
        JsonNode cable = view.get("cable");
        assertThat(cable.get("classification").asText()).isEqualTo("SECRET");
        assertThat(cable.get("captions").toString()).contains("SIPDIS");
        assertThat(cable.get("subject").asText()).isEqualTo("MATRIX CASE " + CraftedCables.S);
        assertThat(cable.get("body").asText()).contains(CraftedCables.MARKER);
    }

    @Test
    void asTelegramGivesTheTextAsSent() {
        HttpResponse<String> response = api.get("/api/cables/" + CraftedCables.S + "?as=telegram");
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(response.body()).contains("S E C R E T").contains("SUBJECT: MATRIX CASE " + CraftedCables.S);
    }

    @Test
    void anOlderVersionCanBeAskedFor() {
        String id = server.archive().versioned();
        JsonNode latest = Json.parse(api.get("/api/cables/" + id).body());
        JsonNode first = Json.parse(api.get("/api/cables/" + id + "?version=1").body());
        assertThat(latest.get("version").asInt()).isEqualTo(2);
        assertThat(latest.get("versions").asInt()).isEqualTo(2);
        assertThat(first.get("version").asInt()).isEqualTo(1);
        assertThat(latest.at("/cable/body").asText()).contains("ADDENDUMTWO");
        assertThat(first.at("/cable/body").asText()).doesNotContain("ADDENDUMTWO");
    }

    @Test
    void anAbsentCableIs404AsAProblemWithoutNamingWhy() {
        HttpResponse<String> response = api.get("/api/cables/99NOWHERE1");
        assertThat(response.statusCode()).isEqualTo(404);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = Json.parse(response.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("detail").asText()).doesNotContain("permit").doesNotContain("clearance");
        HttpResponse<String> refused =
                WebClient.basic(server.base(), "reader-u", TestServer.PASSWORD).get("/api/cables/" + CraftedCables.TS);
        assertThat(Json.parse(refused.body()).get("detail").asText())
                .isEqualTo(problem.get("detail").asText().replace("99NOWHERE1", CraftedCables.TS));
    }

    @Test
    void searchReturnsTotalHitsFacetsAndHighlightsWithPaging() {
        JsonNode page1 = Json.parse(api.get("/api/search?q=" + CraftedCables.MARKER + "&size=3&sort=date")
                .body());
        assertThat(page1.get("total").asLong()).isEqualTo(8);
        assertThat(page1.get("hits").size()).isEqualTo(3);
        assertThat(page1.get("page").asInt()).isEqualTo(1);
        assertThat(page1.at("/hits/0/highlights/0").asText()).containsIgnoringCase("<b>" + CraftedCables.MARKER);
        assertThat(page1.get("facets").has("classification")).isTrue();
        assertThat(page1.get("facets").has("origin")).isTrue();
        JsonNode page3 = Json.parse(api.get("/api/search?q=" + CraftedCables.MARKER + "&size=3&page=3&sort=date")
                .body());
        assertThat(page3.get("hits").size()).isEqualTo(2);
        Set<String> seen = new TreeSet<>();
        page1.get("hits").forEach(h -> seen.add(h.get("id").asText()));
        page3.get("hits")
                .forEach(h -> assertThat(seen).doesNotContain(h.get("id").asText()));
    }

    @Test
    void aQuerySyntaxErrorIs400WithTheColumn() {
        HttpResponse<String> response = api.get("/api/search?q=" + WebClient.enc("kashmir tga:PTER"));
        assertThat(response.statusCode()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        JsonNode problem = Json.parse(response.body());
        assertThat(problem.get("column").asInt()).isEqualTo(9);
        assertThat(problem.get("detail").asText()).contains("tga");
    }

    @Test
    void badParametersAre400Problems() {
        assertThat(api.get("/api/search?q=x&sort=sideways").statusCode()).isEqualTo(400);
        assertThat(api.get("/api/search?q=x&size=100000").statusCode()).isEqualTo(400);
        assertThat(api.get("/api/search?q=x&page=abc").statusCode()).isEqualTo(400);
        assertThat(api.get("/api/cables/" + CraftedCables.S + "?as=pdf").statusCode())
                .isEqualTo(400);
        assertThat(api.get("/api/export?format=xml").statusCode()).isEqualTo(400);
    }

    @Test
    void refsListTheReferencesCitationsAndThread() {
        Cable citing = server.archive().cables().stream()
                .filter(c -> c.references().stream().anyMatch(r -> r.id() != null))
                .filter(c -> api.get("/api/cables/" + c.referenceId()).statusCode() == 200)
                .findFirst()
                .orElseThrow();
        JsonNode refs = Json.parse(
                api.get("/api/cables/" + citing.referenceId() + "/refs?depth=2").body());
        assertThat(refs.get("id").asText()).isEqualTo(citing.referenceId());
        assertThat(refs.get("references").size()).isEqualTo(citing.references().size());
        assertThat(refs.at("/references/0/text").asText())
                .isEqualTo(citing.references().getFirst().text());
        assertThat(refs.at("/thread/root").asText()).isEqualTo(citing.referenceId());
        assertThat(refs.at("/thread/depth/" + citing.referenceId()).asInt()).isZero();
        assertThat(refs.has("citedBy")).isTrue();
    }

    @Test
    void statsCountWhatTheReaderMaySee() {
        JsonNode all = Json.parse(api.get("/api/stats").body());
        JsonNode low = Json.parse(WebClient.basic(server.base(), "reader-u", TestServer.PASSWORD)
                .get("/api/stats")
                .body());
        assertThat(all.get("cables").asLong()).isGreaterThan(low.get("cables").asLong());
        assertThat(all.get("byYear").size()).isPositive();
        assertThat(all.get("byTag").size()).isPositive();
        long total = 0;
        for (JsonNode c : all.get("byClassification")) {
            total += c.get("count").asLong();
        }
        assertThat(total).isEqualTo(all.get("cables").asLong());
    }

    @Test
    void exportAsCsvWritesCablegateRows() {
        HttpResponse<String> csv = api.get("/api/export?format=csv&q=" + CraftedCables.MARKER);
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body().lines().filter(l -> l.matches("^\"\\d+\",\".*")).count())
                .isEqualTo(8);
    }

    @Test
    void aPublicExportNeedsARecordsOfficer() {
        HttpResponse<String> refused = api.get("/api/export?format=json&public=true");
        assertThat(refused.statusCode()).isEqualTo(403);
        assertThat(refused.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        HttpResponse<String> officer = WebClient.basic(server.base(), "officer", TestServer.PASSWORD)
                .get("/api/export?format=json&public=true&asOf=2026-01-01&q=" + CraftedCables.MARKER);
        assertThat(officer.statusCode()).isEqualTo(200);
        // every crafted cable is classified until 2045 except the UNCLASSIFIED one, which carries no caveat
        Set<String> ids = new TreeSet<>();
        Json.parse(officer.body()).forEach(c -> ids.add(c.get("reference_id").asText()));
        assertThat(ids).containsExactly(CraftedCables.U);
    }

    @Test
    void theOpenApiDocumentDescribesTheEndpoints() {
        HttpResponse<String> response = new WebClient(server.base()).get("/v3/api-docs");
        assertThat(response.statusCode()).isEqualTo(200);
        JsonNode doc = Json.parse(response.body());
        assertThat(doc.get("openapi").asText()).startsWith("3.");
        assertThat(doc.get("paths").has("/api/cables/{id}")).isTrue();
        assertThat(doc.get("paths").has("/api/search")).isTrue();
        assertThat(doc.get("paths").has("/api/cables/{id}/refs")).isTrue();
        assertThat(doc.get("paths").has("/api/stats")).isTrue();
        assertThat(doc.get("paths").has("/api/export")).isTrue();
        assertThat(doc.at("/components/securitySchemes").toString()).contains("basic");
    }
}
