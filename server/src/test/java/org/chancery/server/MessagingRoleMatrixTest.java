package org.chancery.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.stream.Stream;
import org.chancery.server.support.Json;
import org.chancery.server.support.MessagingCalls;
import org.chancery.server.support.TestServer;
import org.chancery.server.support.WebClient;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Who may do what in messaging, through the API and the pages: every account against every act, each on a fresh
 * draft or cable. The expected answers are written out by hand from the roles: 2xx allowed, 403 a role or post the
 * act needs, 404 a draft of a post the account has nothing to do with.
 */
class MessagingRoleMatrixTest {

    private static final TestServer SERVER = TestServer.get();
    private static final MessagingCalls CALLS = new MessagingCalls(SERVER);

    /** One act, done by an account on things the test prepared as other accounts. */
    enum Act {
        VIEW_DRAFT((calls, who) -> {
            long id = calls.draft(MessagingCalls.londonDraft("VIEW", "ROUTINE"));
            return calls.as(who).get("/api/messaging/drafts/" + id);
        }),
        CREATE_DRAFT((calls, who) -> calls.as(who)
                .postJson(
                        "/api/messaging/drafts",
                        Json.write(Map.of("post", "RUEHLO", "content", MessagingCalls.londonDraft("NEW", "ROUTINE"))))),
        EDIT_DRAFT((calls, who) -> {
            long id = calls.draft(MessagingCalls.londonDraft("EDIT", "ROUTINE"));
            return calls.as(who)
                    .putJson(
                            "/api/messaging/drafts/" + id,
                            Json.write(Map.of("content", MessagingCalls.londonDraft("EDITED", "ROUTINE"))));
        }),
        CLEAR((calls, who) -> {
            long id = calls.draft(MessagingCalls.londonDraft("CLEAR", "ROUTINE"));
            calls.as("lon-drafter")
                    .postJson("/api/messaging/drafts/" + id + "/submit", Json.write(Map.of("clearer", "lon-clearer")));
            return calls.as(who)
                    .postJson("/api/messaging/drafts/" + id + "/clear", Json.write(Map.of("cleared", true)));
        }),
        RELEASE((calls, who) -> {
            long id = calls.draft(MessagingCalls.londonDraft("RELEASE", "ROUTINE"));
            return calls.as(who).postJson("/api/messaging/drafts/" + id + "/release", "");
        }),
        ACKNOWLEDGE((calls, who) -> {
            String ref = calls.released(MessagingCalls.londonDraft("ACKNOWLEDGE", "FLASH"));
            calls.delivered(ref);
            return calls.as(who).postJson("/api/messaging/inbox/" + ref + "/acknowledge?post=RUEHC", "");
        }),
        READ_INBOX((calls, who) -> calls.as(who).get("/api/messaging/inbox?post=RUEHC")),
        OUTBOX((calls, who) -> calls.as(who).get("/api/messaging/outbox")),
        DIRECTORY_PUT((calls, who) -> calls.as(who)
                .putJson(
                        "/api/messaging/directory/RUEHQQ",
                        Json.write(Map.of("address", "AMCONSUL MATRIX", "kind", "POST")))),
        // learning reads only the headers' routing lines, which the bulk-access monitor does not count: on this
        // 400-cable archive and the default thresholds the administrator stays unsuspended
        DIRECTORY_LEARN((calls, who) -> calls.as(who).postJson("/api/messaging/directory/learn", "")),
        RELEASE_PAGE((calls, who) -> signedIn(who).get("/release")),
        DIRECTORY_PAGE((calls, who) -> signedIn(who).get("/directory")),
        OUTBOX_PAGE((calls, who) -> signedIn(who).get("/outbox"));

        private final BiFunction<MessagingCalls, String, HttpResponse<String>> call;

        Act(BiFunction<MessagingCalls, String, HttpResponse<String>> call) {
            this.call = call;
        }
    }

    private static final String[] ACCOUNTS = {
        "lon-drafter", "lon-clearer", "lon-releaser", "dept-duty", "dept-reader", "paris-releaser", "admin"
    };

    /** Act → the status each account in {@link #ACCOUNTS} gets, in that order. */
    private static final Map<Act, int[]> EXPECTED = Map.ofEntries(
            //                                drafter clearer releaser duty  reader  paris  admin
            Map.entry(Act.VIEW_DRAFT, new int[] {200, 404, 200, 404, 404, 404, 404}),
            Map.entry(Act.CREATE_DRAFT, new int[] {201, 403, 201, 403, 403, 403, 403}),
            Map.entry(Act.EDIT_DRAFT, new int[] {200, 404, 200, 404, 404, 404, 404}),
            Map.entry(Act.CLEAR, new int[] {403, 200, 403, 404, 404, 404, 404}),
            Map.entry(Act.RELEASE, new int[] {403, 404, 200, 404, 404, 404, 404}),
            Map.entry(Act.ACKNOWLEDGE, new int[] {403, 403, 403, 200, 403, 403, 403}),
            Map.entry(Act.READ_INBOX, new int[] {403, 403, 403, 200, 200, 403, 403}),
            Map.entry(Act.OUTBOX, new int[] {403, 403, 200, 200, 403, 200, 200}),
            Map.entry(Act.DIRECTORY_PUT, new int[] {403, 403, 403, 403, 403, 403, 200}),
            Map.entry(Act.DIRECTORY_LEARN, new int[] {403, 403, 403, 403, 403, 403, 200}),
            Map.entry(Act.RELEASE_PAGE, new int[] {403, 403, 200, 403, 403, 200, 403}),
            Map.entry(Act.DIRECTORY_PAGE, new int[] {403, 403, 403, 403, 403, 403, 200}),
            Map.entry(Act.OUTBOX_PAGE, new int[] {403, 403, 200, 200, 403, 200, 200}));

    static Stream<Arguments> cases() {
        return Stream.of(Act.values()).flatMap(act -> {
            int[] statuses = EXPECTED.get(act);
            return Stream.of(ACCOUNTS).map(account -> Arguments.of(act, account, statuses[indexOf(account)]));
        });
    }

    @ParameterizedTest(name = "{0} by {1}: {2}")
    @MethodSource("cases")
    void eachAccountMayDoWhatItsRolesAndPostAllow(Act act, String account, int expected) {
        HttpResponse<String> response = act.call.apply(CALLS, account);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expected);
        if (expected >= 400
                && response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json")) {
            assertThat(Json.parse(response.body()).get("detail").asText()).isNotBlank();
        }
    }

    private static WebClient signedIn(String account) {
        WebClient client = new WebClient(SERVER.base());
        client.signIn(account, TestServer.PASSWORD);
        return client;
    }

    private static int indexOf(String account) {
        for (int i = 0; i < ACCOUNTS.length; i++) {
            if (ACCOUNTS[i].equals(account)) {
                return i;
            }
        }
        throw new IllegalArgumentException(account);
    }
}
