package tech.jobbot.server.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.Response;
import tech.jobbot.server.support.TestServer.SignedIn;

/**
 * The cookie banner's API (policy §5): nothing but strictly necessary storage before an answer,
 * refusing as easy as accepting, anonymous answers merged into the ledger at sign-in, GPC honoured.
 */
class CookieConsentHttpTest {
    private static final String COOKIE = CookieConsentRoutes.COOKIE;

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

    private static List<String> setCookies(Response r) {
        return r.headers().getOrDefault("set-cookie", List.of());
    }

    private static String answerCookie(Response r) {
        for (String c : setCookies(r)) {
            if (c.startsWith(COOKIE + "=")) {
                return c.substring(0, c.indexOf(';'));
            }
        }
        throw new AssertionError("no answer cookie in " + r.headers());
    }

    private Map<String, String> states(SignedIn user) {
        Map<String, String> states = new HashMap<>();
        for (JsonNode p : server.get("/api/v1/me/consents", "Authorization", user.bearer()).json().get("purposes")) {
            states.put(p.get("key").asText(), p.get("state").asText());
        }
        return states;
    }

    private List<JsonNode> bannerRecords(SignedIn user) {
        List<JsonNode> records = new ArrayList<>();
        server.get("/api/v1/me/consents/history", "Authorization", user.bearer()).json().get("records")
                .forEach(r -> {
                    if (r.get("method").asText().equals("banner")) {
                        records.add(r);
                    }
                });
        return records;
    }

    private SignedIn signInWith(String email, String cookie) {
        String flow = server.requestCode(email);
        String code = server.codeFromOutbox(email);
        Response r = server.post("/api/v1/auth/sessions", "{\"flowId\":\"" + flow + "\",\"email\":\"" + email
                + "\",\"code\":\"" + code + "\",\"adult\":true}", "Cookie", cookie);
        assertEquals(201, r.status(), r.text());
        return new SignedIn(r.json().get("token").asText(), r.json().get("csrfToken").asText(), r);
    }

    @Test
    void before_an_answer_only_strictly_necessary_storage_is_set_and_the_rules_are_published() {
        Response banner = server.get("/api/v1/cookie-consent");
        assertEquals(200, banner.status(), banner.text());
        assertNull(banner.json().get("choice").textValue());
        assertTrue(banner.json().get("choice").isNull());
        JsonNode categories = banner.json().get("categories");
        assertEquals(3, categories.size());
        assertEquals("strictly-necessary", categories.get(0).get("key").asText());
        assertTrue(categories.get(0).get("required").asBoolean());
        assertFalse(categories.get(1).get("required").asBoolean());
        assertEquals("analytics.usage", categories.get(2).get("purpose").asText());
        for (String path : List.of("/api/v1/cookie-consent", "/.well-known/gpc.json", "/")) {
            assertEquals(List.of(), setCookies(server.get(path)), path + " stores nothing before an answer");
        }
        Response code = server.post("/api/v1/auth/codes", "{\"email\":\"visitor@example.com\"}");
        assertEquals(202, code.status());
        assertEquals(List.of(), setCookies(code), "nor does starting to sign in");
    }

    @Test
    void refusing_is_one_request_like_accepting_and_the_answer_is_remembered() {
        Response refused = server.request("PUT", "/api/v1/cookie-consent",
                "{\"preferences\":false,\"analytics\":false}");
        assertEquals(200, refused.status(), refused.text());
        assertFalse(refused.json().get("recorded").asBoolean(), "anonymous: not in any ledger yet");
        String cookie = answerCookie(refused);
        assertEquals(COOKIE + "=1.p0.a0", cookie);
        String attributes = setCookies(refused).get(0);
        assertTrue(attributes.contains("; Path=/;") && attributes.contains("HttpOnly") && attributes.contains("Secure")
                && !attributes.contains("Domain"), "the __Host- prefix rules: " + attributes);
        JsonNode remembered = server.get("/api/v1/cookie-consent", "Cookie", cookie).json().get("choice");
        assertFalse(remembered.get("preferences").asBoolean());
        assertFalse(remembered.get("analytics").asBoolean());

        Response accepted = server.request("PUT", "/api/v1/cookie-consent",
                "{\"preferences\":true,\"analytics\":true}", "Cookie", cookie);
        assertEquals(COOKIE + "=1.p1.a1", answerCookie(accepted));
    }

    @Test
    void a_bad_answer_is_a_precise_problem_and_stores_nothing() {
        Response missing = server.request("PUT", "/api/v1/cookie-consent", "{\"preferences\":true}");
        assertEquals(400, missing.status());
        assertEquals("application/problem+json", missing.header("Content-Type"));
        assertTrue(missing.text().contains("analytics"), missing.text());
        assertEquals(List.of(), setCookies(missing));
        Response unknown = server.request("PUT", "/api/v1/cookie-consent",
                "{\"preferences\":true,\"analytics\":\"yes\",\"marketing\":true}");
        assertEquals(400, unknown.status());
        assertTrue(unknown.text().contains("marketing") && unknown.text().contains("analytics"), unknown.text());
        assertEquals(List.of(), setCookies(unknown));
        assertEquals(403, server.request("PUT", "/api/v1/cookie-consent", "{\"preferences\":true,\"analytics\":true}",
                "Origin", "https://evil.example").status(), "another site cannot answer for the visitor");
        assertTrue(server.get("/api/v1/cookie-consent", "Cookie", COOKIE + "=forged").json().get("choice").isNull(),
                "a malformed cookie is no answer");
    }

    @Test
    void an_anonymous_answer_is_merged_into_the_ledger_at_sign_in_once() {
        String cookie = answerCookie(server.request("PUT", "/api/v1/cookie-consent",
                "{\"preferences\":true,\"analytics\":false}"));
        SignedIn user = signInWith("banner@example.com", cookie);
        Map<String, String> states = states(user);
        assertEquals("granted", states.get("functional.preferences"));
        assertEquals("withdrawn", states.get("analytics.usage"), "a refusal is recorded too");
        assertEquals("missing", states.get("marketing.email"), "the banner decides cookies only");
        assertEquals(2, bannerRecords(user).size());

        server.clock.advance(Duration.ofSeconds(61));
        signInWith("banner@example.com", cookie);
        assertEquals(2, bannerRecords(user).size(), "signing in again with the same answer adds nothing");
    }

    @Test
    void a_signed_in_answer_goes_straight_to_the_ledger_and_gpc_refuses_analytics() {
        SignedIn user = server.signIn("gpc-banner@example.com");
        Response answered = server.request("PUT", "/api/v1/cookie-consent", "{\"preferences\":true,\"analytics\":true}",
                "Authorization", user.bearer(), "Sec-GPC", "1");
        assertEquals(200, answered.status(), answered.text());
        assertTrue(answered.json().get("recorded").asBoolean());
        assertFalse(answered.json().get("analytics").asBoolean(), "GPC withdraws analytics");
        assertEquals(COOKIE + "=1.p1.a0", answerCookie(answered));
        Map<String, String> states = states(user);
        assertEquals("granted", states.get("functional.preferences"));
        assertEquals("withdrawn", states.get("analytics.usage"));

        Response later = server.request("PUT", "/api/v1/cookie-consent", "{\"preferences\":false,\"analytics\":true}",
                "Authorization", user.bearer());
        assertEquals(200, later.status(), later.text());
        assertEquals("withdrawn", states(user).get("functional.preferences"), "withdrawing is as easy");
        assertEquals("granted", states(user).get("analytics.usage"));
        assertTrue(server.get("/api/v1/cookie-consent", "Sec-GPC", "1").json().get("globalPrivacyControl")
                .asBoolean());
    }

    @Test
    void a_choice_in_the_ledger_is_never_overridden_by_an_old_banner_cookie() {
        String cookie = answerCookie(server.request("PUT", "/api/v1/cookie-consent",
                "{\"preferences\":true,\"analytics\":true}"));
        SignedIn user = signInWith("settled@example.com", cookie);
        assertEquals("granted", states(user).get("analytics.usage"));
        assertEquals(200, server.request("PUT", "/api/v1/me/consents", "{\"analytics.usage\":false}",
                "Authorization", user.bearer()).status());

        server.clock.advance(Duration.ofSeconds(61));
        signInWith("settled@example.com", cookie);
        assertEquals("withdrawn", states(user).get("analytics.usage"), "the later withdrawal stands");
        JsonNode shown = server.get("/api/v1/cookie-consent", "Authorization", user.bearer()).json().get("choice");
        assertTrue(shown.get("preferences").asBoolean());
        assertFalse(shown.get("analytics").asBoolean(), "signed in, the banner shows what the ledger says");
        assertFalse(server.get("/api/v1/cookie-consent", "Cookie", cookie, "Sec-GPC", "1").json().get("choice")
                .get("analytics").asBoolean(), "under GPC analytics is shown refused");
    }

    @Test
    void a_cookie_session_records_only_with_its_csrf_token_and_an_ended_one_still_gets_an_answer() {
        SignedIn user = server.signIn("cookie-session@example.com");
        String session = "__Host-jobbot_session=" + user.token();
        Response withoutToken = server.request("PUT", "/api/v1/cookie-consent",
                "{\"preferences\":false,\"analytics\":false}", "Cookie", session);
        assertEquals(200, withoutToken.status(), withoutToken.text());
        assertFalse(withoutToken.json().get("recorded").asBoolean(), "without the CSRF token: anonymous");
        assertEquals("missing", states(user).get("analytics.usage"));
        Response withToken = server.request("PUT", "/api/v1/cookie-consent",
                "{\"preferences\":false,\"analytics\":false}", "Cookie", session, "X-CSRF-Token", user.csrfToken());
        assertTrue(withToken.json().get("recorded").asBoolean(), withToken.text());
        assertEquals("withdrawn", states(user).get("analytics.usage"));

        Response signedOut = server.request("DELETE", "/api/v1/auth/sessions/current", null,
                "Authorization", user.bearer());
        assertEquals(204, signedOut.status());
        assertTrue(setCookies(signedOut).stream().anyMatch(c -> c.startsWith(COOKIE + "=;") && c.contains("Max-Age=0")),
                "signing out forgets the banner answer: " + setCookies(signedOut));
        Response ended = server.request("PUT", "/api/v1/cookie-consent", "{\"preferences\":true,\"analytics\":false}",
                "Cookie", session, "X-CSRF-Token", user.csrfToken());
        assertEquals(200, ended.status(), "an ended session does not block the banner: " + ended.text());
        assertFalse(ended.json().get("recorded").asBoolean());
    }
}
