package tech.jobbot.server.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
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

/** The export over HTTP: JSON or a readable page, only from a fresh sign-in. */
class ExportHttpTest {
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
    void a_fresh_session_gets_its_export_as_json_and_as_an_escaped_page() {
        SignedIn user = server.signIn("ada@example.com");
        server.request("PATCH", "/api/v1/me", "{\"displayName\":\"Ada <b>Lovelace</b>\"}", "Authorization",
                user.bearer());
        server.post("/api/v1/jobs", "{\"title\":\"Data Analyst\"}", "Authorization", user.bearer());

        Response json = server.get("/api/v1/me/export", "Authorization", user.bearer());
        assertEquals(200, json.status(), json.text());
        assertEquals("application/json", json.header("Content-Type"));
        assertTrue(json.header("Content-Disposition").startsWith("attachment"));
        assertEquals("no-store", json.header("Cache-Control"));
        assertEquals("Ada <b>Lovelace</b>", json.json().at("/account/displayName").asText());
        assertEquals(1, json.json().get("jobs").size());

        Response html = server.get("/api/v1/me/export?format=html", "Authorization", user.bearer());
        assertEquals(200, html.status(), html.text());
        assertTrue(html.header("Content-Type").startsWith("text/html"));
        assertTrue(html.text().contains("Ada &lt;b&gt;Lovelace&lt;/b&gt;"), "escaped");
        assertFalse(html.text().contains("<b>Lovelace"), "never as markup");
        assertTrue(html.text().contains("Data Analyst"));
        assertEquals(400, server.get("/api/v1/me/export?format=xml", "Authorization", user.bearer()).status());
    }

    @Test
    void an_older_session_must_sign_in_again_first() {
        SignedIn user = server.signIn("ada@example.com");
        server.clock.advance(Duration.ofMinutes(11));
        Response stale = server.get("/api/v1/me/export", "Authorization", user.bearer());
        assertEquals(403, stale.status(), stale.text());
        assertTrue(stale.json().get("type").asText().endsWith("reauthentication-required"));

        SignedIn again = server.signIn("ada@example.com");
        assertEquals(200, server.get("/api/v1/me/export", "Authorization", again.bearer()).status());
        assertEquals(401, server.get("/api/v1/me/export").status());
    }
}
