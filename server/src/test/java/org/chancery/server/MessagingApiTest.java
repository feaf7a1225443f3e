package org.chancery.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.chancery.messaging.draft.DraftContent;
import org.chancery.messaging.draft.DraftParagraph;
import org.chancery.server.support.Json;
import org.chancery.server.support.MessagingCalls;
import org.chancery.server.support.TestServer;
import org.chancery.server.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * The messaging API through HTTP on the running server: a cable drafted, checked, edited, cleared after a return,
 * released, delivered by the server's own dispatcher, read and acknowledged at the Department; and its errors.
 */
class MessagingApiTest {

    private final TestServer server = TestServer.get();
    private final MessagingCalls calls = new MessagingCalls(server);
    private final WebClient drafter = calls.as("lon-drafter");
    private final WebClient clearer = calls.as("lon-clearer");
    private final WebClient releaser = calls.as("lon-releaser");
    private final WebClient duty = calls.as("dept-duty");

    @Test
    void draftCheckEditClearReleaseDeliverAndAcknowledge() {
        assertThat(Json.parse(drafter.get("/api/messaging/posts").body()).findValuesAsText("route"))
                .containsExactly("RUEHLO");

        DraftContent flash = MessagingCalls.londonDraft("MINISTERIAL AGENDA", "FLASH");
        JsonNode check = Json.parse(drafter.postJson(
                        "/api/messaging/check",
                        Json.write(Map.of("post", "RUEHLO", "content", withParagraph(flash, 0, "S", "Marked above."))))
                .body());
        assertThat(check.get("releasable").asBoolean()).isFalse();
        assertThat(check.get("findings").findValuesAsText("code")).contains("CHN-B001");

        HttpResponse<String> created =
                drafter.postJson("/api/messaging/drafts", Json.write(Map.of("post", "RUEHLO", "content", flash)));
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode draft = Json.parse(created.body());
        long id = draft.get("id").asLong();
        assertThat(created.headers().firstValue("Location")).hasValue("/api/messaging/drafts/" + id);
        assertThat(draft.get("state").asText()).isEqualTo("DRAFT");
        assertThat(draft.get("latestVersion").asInt()).isEqualTo(1);
        assertThat(errors(draft)).isEmpty();

        assertThat(status(drafter.postJson(
                        "/api/messaging/drafts/" + id + "/submit", Json.write(Map.of("clearer", "lon-clearer")))))
                .isEqualTo(200);
        HttpResponse<String> early = releaser.postJson("/api/messaging/drafts/" + id + "/release", "");
        assertThat(early.statusCode()).isEqualTo(409);
        assertThat(detail(early)).contains("draft " + id).contains("clearance by lon-clearer is still outstanding");

        assertThat(Json.parse(clearer.get("/api/messaging/clearances").body()).findValuesAsText("id"))
                .contains(String.valueOf(id));
        HttpResponse<String> noReason = clearer.postJson(
                "/api/messaging/drafts/" + id + "/clear", Json.write(Map.of("cleared", false, "comment", "")));
        assertThat(noReason.statusCode()).isEqualTo(400);
        assertThat(detail(noReason)).contains("draft " + id).contains("comment is required");
        JsonNode returned = Json.parse(clearer.postJson(
                        "/api/messaging/drafts/" + id + "/clear",
                        Json.write(Map.of("cleared", false, "comment", "soften paragraph 2")))
                .body());
        assertThat(returned.get("state").asText()).isEqualTo("RETURNED");

        DraftContent edited = withParagraph(flash, 1, "U", "Comment will follow by septel.");
        JsonNode saved =
                Json.parse(drafter.putJson("/api/messaging/drafts/" + id, Json.write(Map.of("content", edited)))
                        .body());
        assertThat(saved.get("latestVersion").asInt()).isEqualTo(2);
        assertThat(saved.get("versions").findValuesAsText("savedBy")).containsExactly("lon-drafter", "lon-drafter");
        List<String> diff = texts(Json.parse(drafter.get("/api/messaging/drafts/" + id + "/diff?from=1&to=2")
                        .body())
                .get("lines"));
        assertThat(diff).anyMatch(l -> l.startsWith("-") && l.contains("Comment follows septel."));
        assertThat(diff).anyMatch(l -> l.startsWith("+") && l.contains("Comment will follow by septel."));

        drafter.postJson("/api/messaging/drafts/" + id + "/submit", Json.write(Map.of("clearer", "lon-clearer")));
        JsonNode cleared = Json.parse(
                clearer.postJson("/api/messaging/drafts/" + id + "/clear", Json.write(Map.of("cleared", true)))
                        .body());
        assertThat(cleared.get("state").asText()).isEqualTo("CLEARED");
        assertThat(cleared.get("draftVersion").asInt()).isEqualTo(2);

        HttpResponse<String> releasedResponse = releaser.postJson("/api/messaging/drafts/" + id + "/release", "");
        assertThat(releasedResponse.statusCode()).as(releasedResponse.body()).isEqualTo(200);
        JsonNode released = Json.parse(releasedResponse.body());
        String ref = released.get("referenceId").asText();
        assertThat(ref).matches("\\d\\dLONDON\\d+");
        assertThat(released.get("dateTimeGroup").asText()).matches("\\d{6}Z [A-Z]{3} \\d\\d");
        List<String> deliveries = new ArrayList<>();
        released.get("deliveries")
                .forEach(d -> deliveries.add(d.get("addresseeRoute").asText() + " "
                        + d.get("precedence").asText() + " "
                        + d.get("mcn").asText().matches("\\d{4}")));
        assertThat(deliveries).containsExactly("RUEHC FLASH true", "RUEHFR ROUTINE true");
        assertThat(released.get("telegram").asText()).contains("TO RUEHC/SECSTATE WASHDC FLASH");
        HttpResponse<String> again = releaser.postJson("/api/messaging/drafts/" + id + "/release", "");
        assertThat(again.statusCode()).isEqualTo(409);
        assertThat(detail(again)).contains("draft " + id).contains("released already");
        HttpResponse<String> edit =
                drafter.putJson("/api/messaging/drafts/" + id, Json.write(Map.of("content", edited)));
        assertThat(edit.statusCode()).isEqualTo(409);
        assertThat(detail(edit)).contains("draft " + id).contains("cannot be edited");

        JsonNode item = calls.delivered(ref);
        assertThat(item.get("precedence").asText()).isEqualTo("FLASH");
        assertThat(item.get("mustAcknowledge").asBoolean()).isTrue();
        assertThat(item.get("acknowledgedBy").isNull()).isTrue();
        assertThat(item.get("secondsLeft").asLong()).isBetween(1L, 300L);
        assertThat(item.get("subject").asText()).isEqualTo("MINISTERIAL AGENDA");
        assertThat(duty.get("/api/cables/" + ref).statusCode()).isEqualTo(200);

        JsonNode ack = Json.parse(duty.postJson("/api/messaging/inbox/" + ref + "/acknowledge?post=RUEHC", "")
                .body());
        assertThat(ack.get("acknowledgedBy").asText()).isEqualTo("dept-duty");
        assertThat(calls.delivered(ref).get("acknowledgedBy").asText()).isEqualTo("dept-duty");

        JsonNode outbox = Json.parse(releaser.get("/api/messaging/outbox").body());
        assertThat(outbox.get("queued").has("FLASH")).isTrue();
        assertThat(outbox.get("recent").findValuesAsText("referenceId")).contains(ref);
    }

    @Test
    void theInboxPutsTrafficWaitingForAcknowledgementFirstThenByPrecedence() {
        String flash = calls.released(MessagingCalls.londonDraft("FLASH FIRST", "FLASH"));
        String routine = calls.released(MessagingCalls.londonDraft("ROUTINE AFTER", "ROUTINE"));
        String niact = calls.released(MessagingCalls.londonDraft("NIACT SECOND", "NIACT IMMEDIATE"));
        calls.delivered(flash);
        calls.delivered(routine);
        calls.delivered(niact);
        List<String> ids = new ArrayList<>();
        Json.parse(duty.get("/api/messaging/inbox?post=RUEHC").body())
                .forEach(i -> ids.add(i.get("referenceId").asText()));
        assertThat(ids.indexOf(flash)).isLessThan(ids.indexOf(niact));
        assertThat(ids.indexOf(niact)).isLessThan(ids.indexOf(routine));
    }

    @Test
    void errorsAreProblemDocumentsThatNameTheDraftAndTheProblem() {
        HttpResponse<String> absent = drafter.get("/api/messaging/drafts/987654");
        assertThat(absent.statusCode()).isEqualTo(404);
        assertThat(absent.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        assertThat(detail(absent)).isEqualTo("no draft 987654 that you may see");

        DraftContent unknown = withAddressee(MessagingCalls.londonDraft("ATLANTIS", "ROUTINE"), "AMEMBASSY ATLANTIS");
        long id = calls.draft(unknown);
        HttpResponse<String> refused = releaser.postJson("/api/messaging/drafts/" + id + "/release", "");
        assertThat(refused.statusCode()).isEqualTo(422);
        JsonNode problem = Json.parse(refused.body());
        assertThat(problem.get("detail").asText())
                .contains("draft " + id + " cannot be released")
                .contains("[to] unknown addressee AMEMBASSY ATLANTIS");
        assertThat(problem.get("findings").findValuesAsText("code")).contains("MSG-A001");

        HttpResponse<String> notJson = drafter.postJson("/api/messaging/drafts", "{not json");
        assertThat(notJson.statusCode()).isEqualTo(400);
        HttpResponse<String> empty = drafter.postJson("/api/messaging/drafts", "{\"post\":\"RUEHLO\"}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(detail(empty)).contains("no draft content");
    }

    @Test
    void aBrowserSessionMustSendItsCsrfTokenToChangeAnything() {
        WebClient session = new WebClient(server.base());
        session.signIn("lon-drafter", TestServer.PASSWORD);
        String body = Json.write(Map.of("post", "RUEHLO", "content", MessagingCalls.londonDraft("SESSION", "ROUTINE")));
        HttpResponse<String> forged = session.postJson("/api/messaging/drafts", body);
        assertThat(forged.statusCode()).isEqualTo(403);
        assertThat(forged.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/problem+json");
        String token = WebClient.csrf(session.get("/drafts").body());
        assertThat(session.json("POST", "/api/messaging/drafts", body, "X-CSRF-TOKEN", token)
                        .statusCode())
                .isEqualTo(201);
    }

    @Test
    void theReadingRoomNamesPostsFromTheRoutingDirectory() {
        WebClient admin = calls.as("admin");
        assertThat(status(admin.putJson(
                        "/api/messaging/directory/RUEHZQ",
                        Json.write(Map.of("address", "AMEMBASSY PORT ATLANTIS", "kind", "POST")))))
                .isEqualTo(200);
        String ref = calls.released(withAddressee(MessagingCalls.londonDraft("PORT", "ROUTINE"), "RUEHZQ"));
        // renamed after the release: the cable page must name the post the directory knows now, not the address
        admin.putJson(
                "/api/messaging/directory/RUEHZQ",
                Json.write(Map.of("address", "AMCONSUL NEW HARBOUR", "kind", "POST")));
        WebClient reader = new WebClient(server.base());
        reader.signIn("lon-releaser", TestServer.PASSWORD);
        String page = reader.get("/cables/" + ref).body();
        assertThat(page).contains("Consulate New Harbour").doesNotContain("Embassy Port Atlantis");
        assertThat(status(admin.delete("/api/messaging/directory/RUEHZQ"))).isEqualTo(204);
        assertThat(status(admin.delete("/api/messaging/directory/RUEHZQ"))).isEqualTo(404);
    }

    @Test
    void aReleasedCableIsCorrectedByANewDraftLinkedToIt() {
        String ref = calls.released(MessagingCalls.londonDraft("TO BE CORRECTED", "PRIORITY"));
        HttpResponse<String> created = drafter.postJson(
                "/api/messaging/followups", Json.write(Map.of("referenceId", ref, "kind", "CORRECTION")));
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        JsonNode correction = Json.parse(created.body());
        assertThat(correction.get("kind").asText()).isEqualTo("CORRECTION");
        assertThat(correction.get("corrects").asText()).isEqualTo(ref);
        assertThat(correction.at("/content/subject").asText()).isEqualTo("TO BE CORRECTED");

        HttpResponse<String> notADrafter = duty.postJson(
                "/api/messaging/followups", Json.write(Map.of("referenceId", ref, "kind", "CANCELLATION")));
        assertThat(notADrafter.statusCode()).isEqualTo(403);
        assertThat(detail(notADrafter)).contains(ref).contains("not a drafter");
        HttpResponse<String> unknown = drafter.postJson(
                "/api/messaging/followups", Json.write(Map.of("referenceId", "26LONDON999999", "kind", "CORRECTION")));
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(detail(unknown)).contains("26LONDON999999 is not a cable in the archive you may open");
    }

    @Test
    void theOpenApiDocumentDescribesTheMessagingEndpoints() {
        JsonNode paths = Json.parse(
                        new WebClient(server.base()).get("/v3/api-docs").body())
                .get("paths");
        assertThat(paths.has("/api/messaging/drafts")).isTrue();
        assertThat(paths.get("/api/messaging/drafts/{id}").has("put")).isTrue();
        assertThat(paths.has("/api/messaging/drafts/{id}/release")).isTrue();
        assertThat(paths.has("/api/messaging/inbox/{referenceId}/acknowledge")).isTrue();
        assertThat(paths.get("/api/messaging/directory/{route}").has("delete")).isTrue();
    }

    private static List<String> errors(JsonNode draft) {
        List<String> errors = new ArrayList<>();
        draft.get("findings").forEach(f -> {
            if (f.get("error").asBoolean()) {
                errors.add(f.get("code").asText() + " " + f.get("message").asText());
            }
        });
        return errors;
    }

    private static List<String> texts(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.isTextual() ? n.asText() : n.toString()));
        return out;
    }

    private static String detail(HttpResponse<String> response) {
        return Json.parse(response.body()).get("detail").asText();
    }

    private static int status(HttpResponse<String> response) {
        return response.statusCode();
    }

    static DraftContent withParagraph(DraftContent d, int index, String marking, String text) {
        List<DraftParagraph> paragraphs = new ArrayList<>(d.paragraphs());
        paragraphs.set(index, new DraftParagraph(marking, text));
        return d.withParagraphs(paragraphs);
    }

    static DraftContent withAddressee(DraftContent d, String addressee) {
        return d.withAddressees(
                List.of(new org.chancery.messaging.draft.DraftAddressee(addressee, "ROUTINE")), d.info());
    }
}
