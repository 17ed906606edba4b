package tech.jobbot.server.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.Response;
import tech.jobbot.server.support.TestServer.SignedIn;

/** Correcting the skills Jobbot recognised in a job, and finding skills by name to add. */
class JobSkillsHttpTest {
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
    void the_owner_replaces_the_skills_with_known_ones_and_nothing_else_changes() {
        SignedIn ada = server.signIn("ada.skills@example.com");
        JsonNode job = server.post("/api/v1/jobs", "{\"title\":\"Data Analyst\"}", "Authorization", ada.bearer()).json();
        String id = job.get("id").asText();

        JsonNode found = server.get("/api/v1/skills?q=pyth", "Authorization", ada.bearer()).json().get("skills");
        assertEquals("Python", found.at("/0/name").asText(), found.toString());
        String python = found.at("/0/id").asText();
        List<String> kept = new ArrayList<>();
        job.get("skills").forEach(s -> kept.add(s.get("id").asText()));
        String dropped = kept.removeFirst();
        if (!kept.contains(python)) {
            kept.add(python);
        }
        String body = "{\"skills\":[" + String.join(",", kept.stream().map(s -> "\"" + s + "\"").toList()) + "]}";

        Response fixed = server.request("PUT", "/api/v1/jobs/" + id + "/skills", body, "Authorization", ada.bearer());
        assertEquals(200, fixed.status(), fixed.text());
        List<String> now = new ArrayList<>();
        fixed.json().get("skills").forEach(s -> now.add(s.get("id").asText()));
        assertEquals(kept, now);
        assertTrue(!now.contains(dropped));
        assertEquals(job.get("title"), fixed.json().get("title"), "only the skills change");
        assertEquals(now.size(), server.get("/api/v1/jobs/" + id, "Authorization", ada.bearer()).json().get("skills")
                .size(), "stored");

        Response unknown = server.request("PUT", "/api/v1/jobs/" + id + "/skills", "{\"skills\":[\"quantum-knitting\"]}",
                "Authorization", ada.bearer());
        assertEquals(400, unknown.status());
        assertTrue(unknown.text().contains("quantum-knitting"), unknown.text());
        Response malformed = server.request("PUT", "/api/v1/jobs/" + id + "/skills", "{\"skills\":[\"Not An Id\"]}",
                "Authorization", ada.bearer());
        assertEquals(400, malformed.status());
        assertEquals(now.size(), server.get("/api/v1/jobs/" + id, "Authorization", ada.bearer()).json().get("skills")
                .size(), "a refused correction changes nothing");

        SignedIn bob = server.signIn("bob.skills@example.com");
        assertEquals(404, server.request("PUT", "/api/v1/jobs/" + id + "/skills", body, "Authorization", bob.bearer())
                .status(), "not Bob's job");
        assertEquals(400, server.get("/api/v1/skills?q=", "Authorization", ada.bearer()).status());
        assertEquals(401, server.get("/api/v1/skills?q=sql").status());
    }
}
