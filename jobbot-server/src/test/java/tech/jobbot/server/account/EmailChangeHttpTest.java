package tech.jobbot.server.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.Response;
import tech.jobbot.server.support.TestServer.SignedIn;

/** Changing the email address over HTTP: a code to the new address, a notice to the old one. */
class EmailChangeHttpTest {
    @TempDir
    Path dataDir;
    TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(dataDir);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void the_new_address_confirms_with_its_code_and_the_old_one_is_told() {
        SignedIn in = server.signIn("old@example.com");
        Response requested = server.post("/api/v1/me/email", "{\"email\":\"new@example.com\"}", "Authorization",
                in.bearer());
        assertEquals(202, requested.status(), requested.text());
        String flow = requested.json().get("flowId").asText();
        String code = server.codeFromOutbox("new@example.com");

        Response changed = server.post("/api/v1/me/email/confirm",
                "{\"flowId\":\"" + flow + "\",\"email\":\"new@example.com\",\"code\":\"" + code + "\"}",
                "Authorization", in.bearer());
        assertEquals(200, changed.status(), changed.text());
        assertEquals("new@example.com", changed.json().get("email").asText());
        server.jobbot.deliverMail();
        assertTrue(server.mails().stream().map(TestServer::read)
                .anyMatch(m -> m.contains("To: old@example.com") && m.contains("email address was changed")));
    }

    @Test
    void an_address_of_another_account_is_a_409_problem() {
        server.signIn("taken@example.com");
        SignedIn in = server.signIn("mine@example.com");
        server.clock.advance(Duration.ofSeconds(61));
        String flow = server.post("/api/v1/me/email", "{\"email\":\"taken@example.com\"}", "Authorization",
                in.bearer()).json().get("flowId").asText();
        String code = server.codeFromOutbox("taken@example.com");
        Response taken = server.post("/api/v1/me/email/confirm",
                "{\"flowId\":\"" + flow + "\",\"email\":\"taken@example.com\",\"code\":\"" + code + "\"}",
                "Authorization", in.bearer());
        assertEquals(409, taken.status());
        assertEquals("application/problem+json", taken.header("Content-Type"));
        assertEquals("https://www.jobbot.tech/problems/email-taken", taken.json().get("type").asText());
        assertEquals("mine@example.com",
                server.get("/api/v1/me", "Authorization", in.bearer()).json().get("email").asText());
    }

    @Test
    void a_browser_can_fetch_its_csrf_token_again() {
        SignedIn in = server.signIn("reload@example.com");
        Response csrf = server.get("/api/v1/auth/csrf", "Cookie", "__Host-jobbot_session=" + in.token());
        assertEquals(200, csrf.status());
        assertEquals(in.csrfToken(), csrf.json().get("csrfToken").asText());
        assertEquals(401, server.get("/api/v1/auth/csrf").status());
    }
}
