package org.chancery.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.chancery.server.support.CraftedCables;
import org.chancery.server.support.TestServer;
import org.chancery.server.support.WebClient;
import org.chancery.telegram.model.Cable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Every page's controller through HTTP: what it shows, its fragments for htmx, its downloads and its errors. */
class PagesTest {

    private final TestServer server = TestServer.get();
    private WebClient reader;

    @BeforeEach
    void signIn() {
        reader = new WebClient(server.base());
        reader.signIn("reader-ts", TestServer.PASSWORD);
    }

    @Test
    void theSearchPageShowsCountHitsFacetsAndIsAPermalink() {
        HttpResponse<String> page = reader.get("/search?q=" + CraftedCables.MARKER + "&sort=date");
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        assertThat(html).contains("<strong>8</strong>");
        assertThat(html).contains("data-facet=\"classification\"").contains("data-facet=\"origin\"");
        assertThat(html).contains("/search?q=" + CraftedCables.MARKER + "+classification%3A%22SECRET%22");
        assertThat(html).contains("<b>" + CraftedCables.MARKER);
        assertThat(html).contains("href=\"/search?q=" + CraftedCables.MARKER + "&amp;sort=date\"");
        assertThat(html).contains("<option value=\"date\" selected");
    }

    @Test
    void anHtmxRequestGetsOnlyTheResults() {
        String fragment = reader.get("/search?q=" + CraftedCables.MARKER, Map.of("HX-Request", "true"))
                .body();
        assertThat(fragment)
                .startsWith("<div id=\"results\"")
                .doesNotContain("<html")
                .doesNotContain("<form");
    }

    @Test
    void pagingLinksMoveThroughTheHits() {
        String first = reader.get("/search?q=").body();
        assertThat(first).contains("Page 1 of").contains("rel=\"next\"").doesNotContain("rel=\"prev\"");
        String second = reader.get("/search?q=&page=2").body();
        assertThat(second).contains("Page 2 of").contains("rel=\"prev\"");
    }

    @Test
    void aBadQueryIsShownWithACaretUnderTheColumn() {
        HttpResponse<String> page = reader.get("/search?q=" + WebClient.enc("kashmir tga:PTER"));
        assertThat(page.statusCode()).isEqualTo(400);
        assertThat(page.body()).contains("id=\"query-error\"").contains("tga").contains("kashmir tga:PTER\n        ^");
    }

    @Test
    void theMonthlyChartIsAnSvgOfCounts() {
        String chart = reader.get("/search/chart?q=" + CraftedCables.MARKER).body();
        assertThat(chart).contains("<svg").contains("Hits per month");
        // the crafted cables share one date; its month carries all eight
        assertThat(chart).contains(": 8</title>");
    }

    @Test
    void theSearchPageDrawsTheSameChartFromItsOwnPass() {
        String page = reader.get("/search?q=" + CraftedCables.MARKER).body();
        assertThat(page).contains("class=\"chart-slot\"").doesNotContain("hx-get=\"/search/chart");
        String chart = page.substring(page.indexOf("class=\"chart-slot\""));
        assertThat(chart).contains("<svg").contains("Hits per month").contains(": 8</title>");
    }

    @Test
    void theCablePageDecodesTheHeaderAndColoursMarkings() {
        HttpResponse<String> page = reader.get("/cables/" + CraftedCables.S);
        assertThat(page.statusCode()).isEqualTo(200);
        String html = page.body();
        Cable crafted = server.archive().crafted().get(CraftedCables.S);
        assertThat(html).contains("class=\"marking lvl-s\"").contains("(S)");
        assertThat(html).contains("Originator").contains("Secretary of State").contains("RUEHC/SECSTATE WASHDC");
        assertThat(html).contains("Security warning").contains("ZNY SSSSS ZZH");
        assertThat(html).contains(crafted.transmission().dateTimeGroup());
        for (String tag : crafted.tags()) {
            assertThat(html).contains(">" + tag + "</a>");
        }
        assertThat(html).contains("/cables/" + CraftedCables.S + "/telegram.txt");
    }

    @Test
    void downloadsComeInTheirFormats() {
        HttpResponse<String> txt = reader.get("/cables/" + CraftedCables.S + "/telegram.txt");
        assertThat(txt.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/plain");
        assertThat(txt.headers().firstValue("Content-Disposition").orElseThrow())
                .contains("attachment");
        assertThat(txt.body()).contains("SUBJECT: MATRIX CASE");
        HttpResponse<String> json = reader.get("/cables/" + CraftedCables.S + "/cable.json");
        assertThat(json.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(json.body()).contains("\"reference_id\":\"" + CraftedCables.S + "\"");
        HttpResponse<String> csv = reader.get("/cables/" + CraftedCables.S + "/cable.csv");
        assertThat(csv.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\"1\",").contains("\"" + CraftedCables.S + "\"");
    }

    @Test
    void versionsAreListedAndDiffed() {
        String id = server.archive().versioned();
        String page = reader.get("/cables/" + id).body();
        assertThat(page).contains("Version 1").contains("Version 2").contains("class=\"diff-form\"");
        HttpResponse<String> diff = reader.get("/cables/" + id + "/diff?from=1&to=2");
        assertThat(diff.statusCode()).isEqualTo(200);
        assertThat(diff.body()).contains("class=\"add\"").contains("ADDENDUMTWO");
        assertThat(reader.get("/cables/" + id + "/diff?from=1&to=7").statusCode())
                .isEqualTo(404);
    }

    @Test
    void anAbsentCableIsANotFoundPage() {
        HttpResponse<String> page = reader.get("/cables/99NOWHERE1");
        assertThat(page.statusCode()).isEqualTo(404);
        assertThat(page.body()).contains("No cable 99NOWHERE1");
    }

    @Test
    void theGraphPageDrawsNodesThatLink() {
        Cable citing = server.archive().cables().stream()
                .filter(c -> c.references().stream().anyMatch(r -> r.id() != null))
                .filter(c -> reader.get("/cables/" + c.referenceId()).statusCode() == 200)
                .findFirst()
                .orElseThrow();
        HttpResponse<String> page = reader.get("/cables/" + citing.referenceId() + "/graph?depth=2");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("<svg class=\"graph\"").contains("class=\"node root\"");
        assertThat(page.body()).contains("/cables/" + citing.referenceId() + "/graph?depth=2");
        assertThat(page.body()).contains("<option value=\"2\" selected");
    }

    @Test
    void browseAndStatisticsShowTheArchive() {
        String browse = reader.get("/browse").body();
        assertThat(browse).contains("By date").contains("By origin").contains("By TAGS");
        assertThat(browse).contains("/search?q=origin%3A%22Embassy+Testpost%22");
        String stats = reader.get("/stats").body();
        assertThat(stats)
                .contains("Cables per year")
                .contains("By classification")
                .contains("Top TAGS");
        assertThat(stats).contains("<svg");
    }

    @Test
    void theAdminPageIsForAdministratorsOnly() {
        assertThat(reader.get("/admin").statusCode()).isEqualTo(403);
        WebClient admin = new WebClient(server.base());
        admin.signIn("admin", TestServer.PASSWORD);
        HttpResponse<String> page = admin.get("/admin");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("Bulk-access alerts").contains("reader-testpost");
    }

    @Test
    void staticAssetsAreServedLocally() {
        HttpResponse<String> htmx = new WebClient(server.base()).get("/js/htmx.min.js");
        assertThat(htmx.statusCode()).isEqualTo(200);
        assertThat(htmx.body()).contains("htmx");
        assertThat(new WebClient(server.base()).get("/css/chancery.css").statusCode())
                .isEqualTo(200);
    }
}
