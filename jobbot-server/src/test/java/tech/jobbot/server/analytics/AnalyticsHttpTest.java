package tech.jobbot.server.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.Response;
import tech.jobbot.server.support.TestServer.SignedIn;

/** The usage beacon keeps a page view only with consent, and says so. */
class AnalyticsHttpTest {
    private static final String VIEW = "{\"page\":\"/jobs/42?tab=x\",\"dwellMs\":5300}";

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

    private boolean recorded(Response r) {
        assertEquals(202, r.status(), r.text());
        return r.json().get("recorded").asBoolean();
    }

    @Test
    void a_signed_in_persons_view_is_kept_only_while_they_consent_and_never_under_gpc() {
        SignedIn user = server.signIn("me@example.com");
        assertFalse(recorded(server.post("/api/v1/analytics/page-views", VIEW, "Authorization", user.bearer())));
        server.request("PUT", "/api/v1/me/consents", "{\"analytics.usage\":true}", "Authorization", user.bearer());
        assertTrue(recorded(server.post("/api/v1/analytics/page-views", VIEW, "Authorization", user.bearer())));
        assertFalse(recorded(server.post("/api/v1/analytics/page-views", VIEW, "Authorization", user.bearer(),
                "Sec-GPC", "1")), "GPC: not kept, and the consent is withdrawn");
        assertFalse(recorded(server.post("/api/v1/analytics/page-views", VIEW, "Authorization", user.bearer())),
                "the GPC withdrawal holds afterwards");
        assertEquals(1, server.jobbot.pageViewCount("/jobs/:id"));
    }

    @Test
    void a_visitor_is_measured_only_after_accepting_analytics_in_the_banner() {
        assertFalse(recorded(server.post("/api/v1/analytics/page-views", VIEW)));
        assertFalse(recorded(server.post("/api/v1/analytics/page-views", VIEW, "Cookie", "__Host-jobbot_cookie_choice=1.p1.a0")));
        Response accepted = server.request("PUT", "/api/v1/cookie-consent", "{\"preferences\":false,\"analytics\":true}");
        String cookie = accepted.header("Set-Cookie").split(";", 2)[0];
        assertTrue(recorded(server.post("/api/v1/analytics/page-views", VIEW, "Cookie", cookie)));
        assertEquals(1, server.jobbot.pageViewCount("/jobs/:id"));
    }

    @Test
    void a_bad_beacon_is_refused_and_keeps_nothing() {
        Response bad = server.post("/api/v1/analytics/page-views", "{\"page\":\"https://evil.example/\","
                + "\"dwellMs\":-5,\"extra\":1}", "Cookie", "__Host-jobbot_cookie_choice=1.p1.a1");
        assertEquals(400, bad.status(), bad.text());
        String errors = bad.json().get("errors").toString();
        assertTrue(errors.contains("page") && errors.contains("dwellMs") && errors.contains("extra"), errors);
    }
}
