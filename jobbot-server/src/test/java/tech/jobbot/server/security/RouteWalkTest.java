package tech.jobbot.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.Response;
import tech.jobbot.server.support.TestServer.SignedIn;

/**
 * Security checks that walk the server's own route table, so a new route cannot slip past them:
 * every route needs its credentials, nobody reaches another person's resources, and injection
 * probes in every path parameter change nothing and break nothing.
 */
class RouteWalkTest {
    /** Routes anyone may call: sign-in, public policies, the banner, analytics, guardian links, shared reports. */
    private static final Set<String> PUBLIC = Set.of(
            "POST /api/v1/auth/codes", "POST /api/v1/auth/sessions", "GET /api/v1/auth/csrf",
            "GET /api/v1/policies/current", "GET /api/v1/policies/{region}", "GET /api/v1/policies/{region}/{version}",
            "GET /api/v1/cookie-consent", "PUT /api/v1/cookie-consent", "POST /api/v1/analytics/page-views",
            "GET /api/v1/guardian/{token}", "POST /api/v1/guardian/{token}/answer",
            "POST /api/v1/guardian/{token}/revocation", "GET /api/v1/shared/{token}",
            "POST /api/v1/staff/auth/codes", "POST /api/v1/staff/auth/sessions");

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

    private static String concrete(String path, String value) {
        return path.replaceAll("\\{[^}]+}", value);
    }

    @Test
    void every_route_but_the_public_ones_refuses_a_caller_without_credentials() {
        List<String> routes = server.server.routeTable();
        assertTrue(routes.size() >= 100, "the route table: " + routes.size());
        List<String> open = new ArrayList<>();
        for (String route : routes) {
            String[] parts = route.split(" ", 2);
            Response r = server.request(parts[0], concrete(parts[1], UUID.randomUUID().toString()),
                    parts[0].equals("GET") || parts[0].equals("DELETE") ? null : "{}");
            if (r.status() >= 500) {
                open.add(route + " answered " + r.status());
            } else if (!PUBLIC.contains(route) && !Set.of(401, 404).contains(r.status())) {
                open.add(route + " answered " + r.status() + " without credentials: " + r.text());
            }
        }
        assertEquals(List.of(), open);
    }

    @Test
    void nobody_reaches_another_persons_resources_by_their_ids() {
        SignedIn ada = server.signIn("ada.walk@example.com");
        SignedIn bob = server.signIn("bob.walk@example.com");
        String job = server.post("/api/v1/jobs", "{\"title\":\"Data Analyst\"}", "Authorization", ada.bearer()).json()
                .get("id").asText();
        JsonNode interview = server.post("/api/v1/interviews", "{\"jobId\":\"" + job + "\"}", "Authorization",
                ada.bearer()).json();
        String interviewId = interview.get("id").asText();
        server.request("PUT", "/api/v1/me/consents", "{\"analytics.usage\":true}", "Authorization", ada.bearer());
        String receipt = server.get("/api/v1/me/consents/history", "Authorization", ada.bearer()).json()
                .at("/records/0/id").asText();
        String session = server.get("/api/v1/me/sessions", "Authorization", ada.bearer()).json()
                .at("/sessions/0/id").asText();
        Map<String, String> ids = new LinkedHashMap<>();
        ids.put("/api/v1/jobs/", job);
        ids.put("/api/v1/interviews/", interviewId);
        ids.put("/api/v1/me/consents/receipts/", receipt);
        ids.put("/api/v1/me/sessions/", session);

        List<String> leaks = new ArrayList<>();
        for (String route : server.server.routeTable()) {
            String[] parts = route.split(" ", 2);
            String prefix = ids.keySet().stream().filter(parts[1]::startsWith).findFirst().orElse(null);
            if (prefix == null || !parts[1].contains("{")) {
                continue;
            }
            String path = concrete(parts[1], ids.get(prefix));
            // A valid body for each, so that only whose resource it is can make the answer differ.
            String body = parts[0].equals("GET") || parts[0].equals("DELETE") ? null
                    : parts[1].endsWith("/answers") ? "{\"questionId\":\"q1\",\"text\":\"mine now\"}"
                    : parts[1].endsWith("/feedback") || parts[1].endsWith("/skips") ? "{\"questionId\":\"q1\"}"
                    : parts[1].endsWith("/shares") ? "{\"recipient\":\"Mallory\"}"
                    : parts[1].endsWith("/skills") ? "{\"skills\":[]}"
                    : null;
            Response r = server.request(parts[0], path, body, "Authorization", bob.bearer());
            if (r.status() != 404) {
                leaks.add(route + " as Bob: " + r.status() + " " + r.text());
            }
        }
        assertEquals(List.of(), leaks);
        assertEquals(200, server.get("/api/v1/jobs/" + job, "Authorization", ada.bearer()).status(), "Ada's job is intact");
        assertEquals(200, server.get("/api/v1/me/consents/receipts/" + receipt, "Authorization", ada.bearer()).status());
    }

    @Test
    void injection_probes_in_every_path_parameter_change_nothing_and_break_nothing() throws Exception {
        SignedIn ada = server.signIn("ada.probe@example.com");
        server.post("/api/v1/jobs", "{\"title\":\"Nurse\"}", "Authorization", ada.bearer());
        Map<String, Integer> before = counts();
        List<String> probes = List.of("' OR '1'='1", "1; DROP TABLE accounts; --", "\" OR 1=1 --", "%00", "../../etc",
                "${jndi:ldap://x}", "<script>", "-1", "9".repeat(40));
        List<String> broken = new ArrayList<>();
        for (String route : server.server.routeTable()) {
            String[] parts = route.split(" ", 2);
            if (!parts[1].contains("{")) {
                continue;
            }
            for (String probe : probes) {
                String path = concrete(parts[1], URLEncoder.encode(probe, StandardCharsets.UTF_8).replace("+", "%20"));
                Response r = server.request(parts[0], path, parts[0].equals("GET") || parts[0].equals("DELETE") ? null
                        : "{}", "Authorization", ada.bearer());
                if (r.status() >= 500 || r.status() == 200 && !parts[0].equals("GET")) {
                    broken.add(route + " with " + probe + ": " + r.status());
                }
            }
        }
        for (String probe : probes) {
            Response search = server.get("/api/v1/skills?q=" + URLEncoder.encode(probe, StandardCharsets.UTF_8),
                    "Authorization", ada.bearer());
            if (search.status() >= 500) {
                broken.add("GET /api/v1/skills?q=" + probe + ": " + search.status());
            }
        }
        assertEquals(List.of(), broken);
        assertEquals(before, counts(), "no row added or removed by any probe");
    }

    private Map<String, Integer> counts() throws Exception {
        Map<String, Integer> counts = new LinkedHashMap<>();
        try (Connection c = DriverManager.getConnection(server.databaseUrl, "sa", "");
                Statement s = c.createStatement()) {
            for (String table : List.of("accounts", "jobs", "interviews", "sessions", "consent_ledger")) {
                try (ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM " + table)) {
                    rs.next();
                    counts.put(table, rs.getInt(1));
                }
            }
        }
        return counts;
    }
}
