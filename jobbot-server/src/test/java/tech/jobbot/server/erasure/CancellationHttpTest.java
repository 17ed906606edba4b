package tech.jobbot.server.erasure;

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

/** Cancelling over HTTP: re-authenticated, sessions end, signing in within the grace restores. */
class CancellationHttpTest {
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
    void a_fresh_session_cancels_every_session_ends_and_a_sign_in_in_time_restores() {
        SignedIn laptop = server.signIn("ada@example.com");
        server.clock.advance(Duration.ofSeconds(61));
        SignedIn user = server.signIn("ada@example.com");
        server.post("/api/v1/jobs", "{\"title\":\"Data Analyst\"}", "Authorization", user.bearer());

        Response cancelled = server.request("DELETE", "/api/v1/me", null, "Authorization", user.bearer());
        assertEquals(202, cancelled.status(), cancelled.text());
        assertTrue(cancelled.json().has("eraseAfter"));
        assertTrue(cancelled.headers().get("set-cookie").stream().anyMatch(c -> c.contains("Max-Age=0")));
        assertEquals(401, server.get("/api/v1/me", "Authorization", user.bearer()).status());
        assertEquals(401, server.get("/api/v1/me", "Authorization", laptop.bearer()).status(), "every session");
        assertTrue(server.latestMailText("ada@example.com").contains("restores it"), "told how to come back");

        server.clock.advance(Duration.ofDays(3));
        SignedIn back = server.signIn("ada@example.com");
        assertFalse(back.response().json().get("newAccount").asBoolean());
        assertEquals(1, server.get("/api/v1/jobs", "Authorization", back.bearer()).json().get("jobs").size(),
                "restored as it was");
    }

    @Test
    void an_older_session_must_sign_in_again_before_cancelling() {
        SignedIn user = server.signIn("ada@example.com");
        server.clock.advance(Duration.ofMinutes(11));
        Response stale = server.request("DELETE", "/api/v1/me", null, "Authorization", user.bearer());
        assertEquals(403, stale.status(), stale.text());
        assertTrue(stale.json().get("type").asText().endsWith("reauthentication-required"));
        assertEquals(200, server.get("/api/v1/me", "Authorization", user.bearer()).status(), "nothing happened");
    }
}
