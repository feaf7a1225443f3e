package org.chancery.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.chancery.archive.audit.AuditAction;
import org.chancery.archive.audit.AuditEntry;
import org.chancery.server.security.SecurityConfiguration;
import org.chancery.server.support.TestServer;
import org.chancery.server.support.WebClient;
import org.junit.jupiter.api.Test;

class SignInTest {

    private final TestServer server = TestServer.get();

    @Test
    void pagesSendAnUnsignedReaderToTheSignInPage() {
        HttpResponse<String> response = new WebClient(server.base()).get("/search?q=kashmir");
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/signin");
    }

    @Test
    void signInWithThePasswordOpensTheSearchPageAndIsAudited() {
        WebClient client = new WebClient(server.base());
        HttpResponse<String> response = client.signIn("reader-s", TestServer.PASSWORD);
        assertThat(response.statusCode()).isEqualTo(302);
        assertThat(response.headers().firstValue("Location").orElseThrow()).endsWith("/search");
        HttpResponse<String> page = client.get("/search");
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.body()).contains("reader-s").contains("id=\"hit-count\"");
        assertThat(audit(AuditAction.SIGN_IN, "reader-s")).anyMatch(AuditEntry::permitted);
    }

    @Test
    void aWrongPasswordAndAnUnknownNameGetTheSameRefusal() {
        WebClient client = new WebClient(server.base());
        HttpResponse<String> wrong = client.signIn("reader-c", "not the password");
        HttpResponse<String> unknown = new WebClient(server.base()).signIn("nobody-here", "whatever");
        assertThat(wrong.headers().firstValue("Location").orElseThrow()).endsWith("/signin?error");
        assertThat(unknown.headers().firstValue("Location"))
                .isEqualTo(wrong.headers().firstValue("Location"));
        assertThat(client.get("/signin?error").body()).contains("Sign-in refused");
        assertThat(audit(AuditAction.SIGN_IN, "reader-c"))
                .anyMatch(e -> !e.permitted() && e.detail().contains("bad_credentials"));
    }

    @Test
    void repeatedFailuresLockTheAccountEvenAgainstTheRightPassword() {
        for (int i = 0; i < org.chancery.archive.account.AccountRules.FAILURES_BEFORE_LOCKOUT; i++) {
            new WebClient(server.base()).signIn("to-lock", "not the password " + i);
        }
        HttpResponse<String> locked = new WebClient(server.base()).signIn("to-lock", TestServer.PASSWORD);
        assertThat(locked.headers().firstValue("Location").orElseThrow()).endsWith("/signin?error");
        assertThat(audit(AuditAction.SIGN_IN, "to-lock"))
                .anyMatch(e -> e.detail().contains("locked"));
        assertThat(WebClient.basic(server.base(), "to-lock", TestServer.PASSWORD)
                        .get("/api/stats")
                        .statusCode())
                .isEqualTo(401);
    }

    @Test
    void signOutEndsTheSessionAndIsAudited() {
        WebClient client = new WebClient(server.base());
        client.signIn("reader-u", TestServer.PASSWORD);
        HttpResponse<String> out = client.signOut();
        assertThat(out.statusCode()).isEqualTo(302);
        assertThat(out.headers().firstValue("Location").orElseThrow()).endsWith("/signin?signedout");
        assertThat(client.get("/search").statusCode()).isEqualTo(302);
        assertThat(audit(AuditAction.SIGN_OUT, "reader-u")).isNotEmpty();
    }

    @Test
    void aFormPostWithoutTheCsrfTokenIsRefused() {
        WebClient client = new WebClient(server.base());
        client.signIn("reader-u", TestServer.PASSWORD);
        assertThat(client.postForm("/signout", java.util.Map.of()).statusCode()).isEqualTo(403);
    }

    @Test
    void everyPageCarriesAStrictContentSecurityPolicyAndFramingIsDenied() {
        HttpResponse<String> page = new WebClient(server.base()).get("/signin");
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertThat(csp).isEqualTo(SecurityConfiguration.CONTENT_SECURITY_POLICY);
        assertThat(csp).doesNotContain("http").doesNotContain("unsafe");
        assertThat(page.headers().firstValue("X-Frame-Options")).hasValue("DENY");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
        assertThat(page.body())
                .doesNotContain("<style")
                .doesNotContain("style=")
                .doesNotContain("https://");
    }

    private java.util.List<AuditEntry> audit(AuditAction action, String actor) {
        return server.audit(action, actor);
    }
}
