package org.chancery.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import org.chancery.server.support.MessagingCalls;
import org.chancery.server.support.TestServer;
import org.chancery.server.support.WebClient;
import org.junit.jupiter.api.Test;

/** The messaging pages over HTTP: which links each account sees, the forms' CSRF tokens, and refusals on the page. */
class MessagingPagesTest {

    private final TestServer server = TestServer.get();
    private final MessagingCalls calls = new MessagingCalls(server);

    @Test
    void theHeaderLinksOnlyThePagesAnAccountMayUse() {
        assertThat(nav("reader-s")).isEqualTo("");
        assertThat(nav("lon-drafter")).isEqualTo("drafts inbox");
        assertThat(nav("lon-releaser")).isEqualTo("drafts release inbox outbox");
        assertThat(nav("dept-duty")).isEqualTo("inbox outbox");
        assertThat(nav("admin")).isEqualTo("outbox directory");
    }

    @Test
    void aClearerAskedSeesHowManyDraftsWait() {
        long id = calls.draft(MessagingCalls.londonDraft("WAITING FOR CLEARANCE", "PRIORITY"));
        calls.as("lon-drafter")
                .postJson(
                        "/api/messaging/drafts/" + id + "/submit",
                        org.chancery.server.support.Json.write(Map.of("clearer", "dept-reader")));
        WebClient clearer = signedIn("dept-reader");
        String page = clearer.get("/search").body();
        assertThat(page).contains("id=\"nav-toclear\"");
        String list = clearer.get("/drafts/toclear").body();
        assertThat(list).contains("(C) WAITING FOR CLEARANCE").contains("/drafts/" + id);
        String draft = clearer.get("/drafts/" + id).body();
        assertThat(draft).contains("id=\"decide-form\"").contains("name=\"_csrf\"");
        assertThat(draft).as("the clearer reads the draft but may not edit it").contains("<fieldset disabled");
    }

    @Test
    void everyMessagingFormCarriesACsrfTokenAndAPostWithoutOneIsRefused() {
        long id = calls.draft(MessagingCalls.londonDraft("CSRF", "ROUTINE"));
        WebClient drafter = signedIn("lon-drafter");
        for (String path : new String[] {"/drafts/new", "/drafts/" + id}) {
            assertThat(drafter.get(path).body()).as(path).contains("name=\"_csrf\"");
        }
        WebClient releaser = signedIn("lon-releaser");
        assertThat(releaser.get("/release").body()).contains("name=\"_csrf\"");
        HttpResponse<String> forged = releaser.postForm("/release/" + id, Map.of());
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(signedIn("admin").get("/directory").body()).contains("name=\"_csrf\"");
    }

    @Test
    void aRefusedActIsShownOnThePageItCameFrom() {
        long id = calls.draft(MessagingCalls.londonDraft("RETURN WITHOUT A WORD", "ROUTINE"));
        calls.as("lon-drafter")
                .postJson(
                        "/api/messaging/drafts/" + id + "/submit",
                        org.chancery.server.support.Json.write(Map.of("clearer", "lon-clearer")));
        WebClient clearer = signedIn("lon-clearer");
        String token = WebClient.csrf(clearer.get("/drafts/" + id).body());
        HttpResponse<String> returned = clearer.postForm(
                "/drafts/" + id + "/clear", Map.of("decision", "return", "comment", "", "_csrf", token));
        assertThat(returned.statusCode()).isEqualTo(302);
        assertThat(returned.headers().firstValue("Location").orElseThrow()).endsWith("/drafts/" + id);
        assertThat(clearer.get("/drafts/" + id).body()).contains("a comment is required");
        assertThat(signedIn("paris-releaser").get("/drafts/" + id).statusCode())
                .as("a draft of another post is not found")
                .isEqualTo(404);
    }

    /** The messaging links in the header of the search page, by their ids. */
    private String nav(String account) {
        String page = signedIn(account).get("/search").body();
        StringBuilder links = new StringBuilder();
        for (String link : new String[] {"drafts", "toclear", "release", "inbox", "outbox", "directory"}) {
            if (page.contains("id=\"nav-" + link + "\"")) {
                links.append(links.isEmpty() ? "" : " ").append(link);
            }
        }
        return links.toString();
    }

    private WebClient signedIn(String account) {
        WebClient client = new WebClient(server.base());
        client.signIn(account, TestServer.PASSWORD);
        return client;
    }
}
