package tech.jobbot.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.Response;
import tech.jobbot.server.support.TestServer.SignedIn;

/**
 * Hostile request bodies against every route that takes one: random bytes, broken and deeply nested
 * JSON, huge numbers and strings. The answer is never a 5xx, and only what was accepted is stored.
 */
class HostileBodiesTest {
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

    private static List<String> bodies(long seed) {
        Random random = new Random(seed);
        List<String> bodies = new ArrayList<>(List.of("", "{", "}", "[]", "null", "\"x\"", "{\"a\":}", "{'a':1}",
                "{\"title\":" + "9".repeat(5_000) + "}", "{\"title\":\"" + "\\u0000".repeat(100) + "\"}",
                "[".repeat(5_000) + "]".repeat(5_000), "{\"a\":".repeat(3_000) + "1" + "}".repeat(3_000),
                "{\"title\":\"\\ud800\"}", "{\"title\":1e999999}", "{\"title\":true,\"title\":false}"));
        for (int i = 0; i < 40; i++) {
            byte[] bytes = new byte[random.nextInt(300)];
            random.nextBytes(bytes);
            bodies.add(new String(bytes, java.nio.charset.StandardCharsets.ISO_8859_1));
        }
        return bodies;
    }

    @Test
    void text_no_person_wrote_is_refused_by_name_and_stores_nothing() {
        SignedIn ada = server.signIn("ada.text@example.com");
        for (String title : new String[] {"\\u0000\\u0000", "\\ud800", "a\\u0007b", "\\udc00x"}) {
            Response r = server.post("/api/v1/jobs", "{\"title\":\"" + title + "\"}", "Authorization", ada.bearer());
            assertEquals(400, r.status(), title + ": " + r.text());
            assertTrue(r.text().contains("readable text"), r.text());
        }
        assertEquals(201, server.post("/api/v1/jobs", "{\"title\":\"Zoë \\ud83d\\ude00 Analyst\\tlead\"}",
                "Authorization", ada.bearer()).status(), "real text with an emoji and a tab is fine");
        assertEquals(1, server.get("/api/v1/jobs", "Authorization", ada.bearer()).json().get("jobs").size());
    }

    @Test
    void no_hostile_body_gets_a_server_error_on_any_route() throws Exception {
        SignedIn ada = server.signIn("ada.hostile@example.com");
        List<String> failures = new ArrayList<>();
        List<String> acceptedJobs = new ArrayList<>();
        int sent = 0;
        for (String route : server.server.routeTable()) {
            String[] parts = route.split(" ", 2);
            if (!List.of("POST", "PUT", "PATCH").contains(parts[0])) {
                continue;
            }
            String path = parts[1].replaceAll("\\{[^}]+}", java.util.UUID.randomUUID().toString());
            for (String body : bodies(route.hashCode())) {
                Response r = server.request(parts[0], path, body, "Authorization", ada.bearer());
                sent++;
                if (route.equals("POST /api/v1/jobs") && r.status() == 201) {
                    acceptedJobs.add(body);
                }
                if (r.status() >= 500) {
                    failures.add(route + " answered " + r.status() + " to a " + body.length() + "-character body: "
                            + r.text());
                }
            }
        }
        assertTrue(sent > 1000, "bodies sent: " + sent);
        assertEquals(List.of(), failures.stream().limit(10).toList());
        // Only a body that was accepted (and so acknowledged) may have changed anything.
        var jobs = server.get("/api/v1/jobs", "Authorization", ada.bearer()).json().get("jobs");
        assertEquals(acceptedJobs.size(), jobs.size(), "jobs stored only for the bodies answered 201: "
                + acceptedJobs + " vs " + jobs.findValuesAsText("title"));
    }
}
