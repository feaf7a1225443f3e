package org.chancery.server.support;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.chancery.messaging.draft.DraftAddressee;
import org.chancery.messaging.draft.DraftContent;
import org.chancery.messaging.draft.DraftParagraph;

/** Drafts written by hand as a London political section would, and the API calls the messaging tests repeat. */
public final class MessagingCalls {

    private final TestServer server;

    public MessagingCalls(TestServer server) {
        this.server = server;
    }

    /** A confidential cable from London to the Department (at a precedence) with an information copy to Paris. */
    public static DraftContent londonDraft(String subject, String precedence) {
        return new DraftContent(
                "CONFIDENTIAL",
                List.of("SIPDIS"),
                List.of(),
                "12/06/2036",
                "Lena Drafter, Political Officer, reasons 1.4 (b) and (d)",
                List.of("PREL", "PGOV", "UK"),
                "(C) " + subject,
                List.of(),
                List.of(
                        new DraftParagraph(
                                "C",
                                "Summary. Officials walked through the ministerial agenda item by item. End summary."),
                        new DraftParagraph("U", "Comment follows septel.")),
                List.of(new DraftAddressee("RUEHC/SECSTATE WASHDC", precedence)),
                List.of(new DraftAddressee("AMEMBASSY PARIS", "ROUTINE")),
                "DRAFTER");
    }

    public WebClient as(String account) {
        return WebClient.basic(server.base(), account, TestServer.PASSWORD);
    }

    /** A new draft at London by lon-drafter; its id. */
    public long draft(DraftContent content) {
        HttpResponse<String> r = as("lon-drafter")
                .postJson("/api/messaging/drafts", Json.write(Map.of("post", "RUEHLO", "content", content)));
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return Json.parse(r.body()).get("id").asLong();
    }

    /** Released by lon-releaser (no clearance asked for); the reference id. */
    public String released(DraftContent content) {
        long id = draft(content);
        HttpResponse<String> r = as("lon-releaser").postJson("/api/messaging/drafts/" + id + "/release", "");
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return Json.parse(r.body()).get("referenceId").asText();
    }

    /** The Department's inbox item for a cable, once the server's dispatcher has delivered it. */
    public JsonNode delivered(String referenceId) {
        Instant deadline = Instant.now().plus(Duration.ofSeconds(20));
        while (Instant.now().isBefore(deadline)) {
            JsonNode inbox = Json.parse(
                    as("dept-duty").get("/api/messaging/inbox?post=RUEHC").body());
            for (JsonNode item : inbox) {
                if (item.get("referenceId").asText().equals(referenceId)) {
                    return item;
                }
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError(referenceId + " was not delivered to RUEHC within 20 s");
    }
}
