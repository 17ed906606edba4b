package tech.jobbot.server.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.Response;
import tech.jobbot.server.support.TestServer.SignedIn;

/** Sign-up and sign-in over HTTP, reading the code from the .eml outbox as a newcomer would. */
class SignUpEndToEndTest {
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
    void newcomer_signs_up_with_the_code_from_the_outbox_and_reads_their_profile() {
        String flow = server.requestCode("ada@example.com");
        String code = server.codeFromOutbox("ada@example.com");
        String mail = TestServer.read(server.mails().get(0));
        assertTrue(mail.contains("Subject: Your Jobbot verification code"));
        assertTrue(mail.contains("text/plain") && mail.contains("text/html"), "plain text and HTML parts");
        assertTrue(mail.contains("10 minutes"));
        assertTrue(mail.contains("If you did not ask for this code, ignore this mail"));

        Response created = server.post("/api/v1/auth/sessions",
                "{\"flowId\":\"" + flow + "\",\"email\":\"ada@example.com\",\"code\":\"" + code + "\"}");
        assertEquals(201, created.status(), created.text());
        String token = created.json().get("token").asText();
        assertTrue(token.length() >= 43, "at least 256 bits");
        assertNotNull(created.json().get("expiresAt").asText());
        assertEquals("/api/v1/me/sessions/" + created.json().get("sessionId").asText(), created.header("Location"));
        String cookie = created.header("Set-Cookie");
        assertTrue(cookie.startsWith("__Host-jobbot_session=" + token + ";"), cookie);
        for (String attribute : List.of("Path=/", "Secure", "HttpOnly", "SameSite=Lax")) {
            assertTrue(cookie.contains(attribute), cookie + " has " + attribute);
        }

        Response me = server.get("/api/v1/me", "Authorization", "Bearer " + token);
        assertEquals(200, me.status(), me.text());
        assertEquals("ada@example.com", me.json().get("email").asText());
        Response byCookie = server.get("/api/v1/me", "Cookie", "__Host-jobbot_session=" + token);
        assertEquals(me.json().get("id"), byCookie.json().get("id"));
    }

    @Test
    void known_and_unknown_addresses_get_the_same_answer() {
        server.signIn("known@example.com");
        server.clock.advance(Duration.ofSeconds(61));
        Response known = server.post("/api/v1/auth/codes", "{\"email\":\"known@example.com\"}");
        Response unknown = server.post("/api/v1/auth/codes", "{\"email\":\"nobody@example.com\"}");
        assertEquals(202, known.status());
        assertEquals(202, unknown.status());
        assertEquals(fieldNames(known.json()), fieldNames(unknown.json()));
        assertEquals(known.json().get("flowId").asText().length(), unknown.json().get("flowId").asText().length());
        Set<String> knownHeaders = new TreeSet<>(known.headers().keySet());
        assertEquals(knownHeaders, new TreeSet<>(unknown.headers().keySet()));
        assertEquals(known.header("Content-Length"), unknown.header("Content-Length"));
    }

    private static Set<String> fieldNames(JsonNode node) {
        Set<String> names = new TreeSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    void sixth_attempt_fails_even_with_the_right_code() {
        String flow = server.requestCode("guess@example.com");
        String code = server.codeFromOutbox("guess@example.com");
        String wrong = code.equals("000000") ? "111111" : "000000";
        for (int attempt = 1; attempt <= 5; attempt++) {
            Response r = server.post("/api/v1/auth/sessions",
                    "{\"flowId\":\"" + flow + "\",\"email\":\"guess@example.com\",\"code\":\"" + wrong + "\"}");
            assertEquals(400, r.status());
            assertEquals(attempt < 5 ? "https://www.jobbot.tech/problems/wrong-code"
                    : "https://www.jobbot.tech/problems/code-locked", r.json().get("type").asText());
        }
        Response right = server.post("/api/v1/auth/sessions",
                "{\"flowId\":\"" + flow + "\",\"email\":\"guess@example.com\",\"code\":\"" + code + "\"}");
        assertEquals(400, right.status());
        assertEquals("https://www.jobbot.tech/problems/code-locked", right.json().get("type").asText());
    }

    @Test
    void a_code_works_once_and_only_in_its_own_flow() {
        String flowA = server.requestCode("a@example.com");
        String codeA = server.codeFromOutbox("a@example.com");
        String flowB = server.requestCode("b@example.com");
        Response crossFlow = server.post("/api/v1/auth/sessions",
                "{\"flowId\":\"" + flowB + "\",\"email\":\"b@example.com\",\"code\":\"" + codeA + "\"}");
        assertEquals(400, crossFlow.status());
        assertEquals("https://www.jobbot.tech/problems/wrong-code", crossFlow.json().get("type").asText());
        String body = "{\"flowId\":\"" + flowA + "\",\"email\":\"a@example.com\",\"code\":\"" + codeA + "\"}";
        assertEquals(201, server.post("/api/v1/auth/sessions", body).status());
        Response replay = server.post("/api/v1/auth/sessions", body);
        assertEquals(400, replay.status());
        assertEquals("https://www.jobbot.tech/problems/code-used", replay.json().get("type").asText());
    }

    @Test
    void cookie_sessions_need_the_csrf_token_and_our_origin_to_change_anything() {
        SignedIn in = server.signIn("csrf@example.com");
        String cookie = "__Host-jobbot_session=" + in.token();
        Response noToken = server.request("PATCH", "/api/v1/me", "{\"displayName\":\"Mallory\"}", "Cookie", cookie);
        assertEquals(403, noToken.status());
        assertEquals("application/problem+json", noToken.header("Content-Type"));
        Response wrongToken = server.request("PATCH", "/api/v1/me", "{\"displayName\":\"Mallory\"}", "Cookie", cookie,
                "X-CSRF-Token", "x" + in.csrfToken());
        assertEquals(403, wrongToken.status());
        Response otherSite = server.request("PATCH", "/api/v1/me", "{\"displayName\":\"Mallory\"}", "Cookie", cookie,
                "X-CSRF-Token", in.csrfToken(), "Origin", "https://evil.example");
        assertEquals(403, otherSite.status());
        assertEquals("null", server.get("/api/v1/me", "Cookie", cookie).json().get("displayName").toString(),
                "nothing changed");

        Response ok = server.request("PATCH", "/api/v1/me", "{\"displayName\":\"Zoë 张伟\",\"country\":\"de\"}",
                "Cookie", cookie, "X-CSRF-Token", in.csrfToken(), "Origin", server.uri("").toString());
        assertEquals(200, ok.status(), ok.text());
        assertEquals("Zoë 张伟", ok.json().get("displayName").asText());
        assertEquals("DE", ok.json().get("country").asText());
        Response bearer = server.request("PATCH", "/api/v1/me", "{\"displayName\":null}", "Authorization",
                in.bearer());
        assertEquals(200, bearer.status(), "a bearer token needs no CSRF token");
        assertTrue(bearer.json().get("displayName").isNull());
    }

    @Test
    void sessions_are_listed_revoked_and_signed_out() {
        SignedIn laptop = server.signIn("multi@example.com");
        SignedIn phone = signInAgain("multi@example.com");
        assertNotEquals(laptop.token(), phone.token(), "a new token on every sign-in");

        Response list = server.get("/api/v1/me/sessions", "Authorization", laptop.bearer());
        assertEquals(2, list.json().get("sessions").size());
        JsonNode current = list.json().get("sessions").get(0).get("current").asBoolean()
                ? list.json().get("sessions").get(0) : list.json().get("sessions").get(1);
        assertEquals("Java-http-client", current.get("browser").asText());
        String phoneId = phone.response().json().get("sessionId").asText();

        assertEquals(204, server.request("DELETE", "/api/v1/me/sessions/" + phoneId, null,
                "Authorization", laptop.bearer()).status());
        assertEquals(401, server.get("/api/v1/me", "Authorization", phone.bearer()).status());
        assertEquals(404, server.request("DELETE", "/api/v1/me/sessions/" + phoneId, null,
                "Authorization", laptop.bearer()).status());

        Response out = server.request("DELETE", "/api/v1/auth/sessions/current", null, "Authorization",
                laptop.bearer());
        assertEquals(204, out.status());
        assertTrue(out.header("Set-Cookie").contains("Max-Age=0"));
        Response after = server.get("/api/v1/me", "Authorization", laptop.bearer());
        assertEquals(401, after.status());
        assertFalse(after.text().contains(laptop.token()));
    }

    @Test
    void revoking_all_other_sessions_keeps_the_current_one() {
        SignedIn first = server.signIn("others@example.com");
        SignedIn second = signInAgain("others@example.com");
        SignedIn third = signInAgain("others@example.com");
        Response r = server.request("DELETE", "/api/v1/me/sessions", null, "Authorization", third.bearer());
        assertEquals(200, r.status());
        assertEquals(2, r.json().get("revoked").asInt());
        assertEquals(401, server.get("/api/v1/me", "Authorization", first.bearer()).status());
        assertEquals(401, server.get("/api/v1/me", "Authorization", second.bearer()).status());
        assertEquals(200, server.get("/api/v1/me", "Authorization", third.bearer()).status());
    }

    /** Another sign-in for the same address, once its resend cooldown has passed. */
    private SignedIn signInAgain(String email) {
        server.clock.advance(Duration.ofSeconds(61));
        return server.signIn(email);
    }
}
