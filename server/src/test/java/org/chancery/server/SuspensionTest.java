package org.chancery.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.chancery.archive.account.Accounts;
import org.chancery.archive.audit.AuditAction;
import org.chancery.archive.monitor.AccessMonitor;
import org.chancery.archive.monitor.AccessThresholds;
import org.chancery.server.support.Json;
import org.chancery.server.support.TestServer;
import org.chancery.server.support.WebClient;
import org.junit.jupiter.api.Test;

/**
 * A reader whose access is suspended (by the bulk-access monitor or an administrator) is signed out with a clear
 * page or problem, cannot sign in again, and is back once an administrator reinstates the account.
 */
class SuspensionTest {

    private final TestServer server = TestServer.get();

    @Test
    void aBulkDownloadSuspendsTheReaderWhoIsSignedOutAndAnAdministratorSeesTheAlert() {
        AccessMonitor monitor = server.bean(AccessMonitor.class);
        AccessThresholds before = monitor.thresholds();
        WebClient reader = new WebClient(server.base());
        reader.signIn("to-suspend", TestServer.PASSWORD);
        try {
            monitor.setThresholds(new AccessThresholds(5, 1000, 1000));
            HttpResponse<String> export = reader.get("/api/export?format=csv");
            assertThat(export.statusCode()).isEqualTo(403);
            assertThat(export.headers().firstValue("Content-Type").orElseThrow())
                    .startsWith("application/problem+json");
            assertThat(Json.parse(export.body()).get("title").asText()).isEqualTo("Access suspended");
        } finally {
            monitor.setThresholds(before);
        }
        HttpResponse<String> page = reader.get("/search");
        assertThat(page.statusCode()).isEqualTo(302);
        assertThat(reader.signIn("to-suspend", TestServer.PASSWORD)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .endsWith("/signin?error");
        assertThat(server.audit(AuditAction.SIGN_OUT, "to-suspend")).isNotEmpty();

        WebClient admin = new WebClient(server.base());
        admin.signIn("admin", TestServer.PASSWORD);
        String adminPage = admin.get("/admin").body();
        assertThat(adminPage).contains("to-suspend").contains("cables-per-hour").contains("Reinstate");
        String token = WebClient.csrf(adminPage);
        HttpResponse<String> reinstated =
                admin.postForm("/admin/accounts/to-suspend/reinstate", java.util.Map.of("_csrf", token));
        assertThat(reinstated.statusCode()).isEqualTo(302);
        assertThat(server.audit(AuditAction.ADMINISTER, "admin"))
                .anyMatch(e -> e.target().equals("to-suspend"));
        assertThat(reader.signIn("to-suspend", TestServer.PASSWORD)
                        .headers()
                        .firstValue("Location")
                        .orElseThrow())
                .contains("/search");
    }

    @Test
    void aSuspendedSessionGetsTheSuspendedPageAndIsSignedOut() {
        Accounts accounts = server.bean(Accounts.class);
        WebClient reader = new WebClient(server.base());
        reader.signIn("reader-gbr", TestServer.PASSWORD);
        accounts.suspend("reader-gbr", "test: suspended by an administrator");
        try {
            HttpResponse<String> page = reader.get("/search");
            assertThat(page.statusCode()).isEqualTo(403);
            assertThat(page.body()).contains("id=\"suspended\"").contains("signed out");
            assertThat(reader.get("/search").statusCode()).isEqualTo(302);
        } finally {
            accounts.reinstate("reader-gbr");
        }
    }
}
