package tech.jobbot.server.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.audit.AccessRecord;
import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.SignedIn;

/** The access log: every request, as a path template, a pseudonym and a truncated address; nothing personal. */
class AccessLogHttpTest {
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
    void rows_hold_no_query_strings_no_full_addresses_and_no_emails() throws Exception {
        SignedIn user = server.signIn("ada.logged@example.com");
        String id = server.get("/api/v1/me", "Authorization", user.bearer()).json().get("id").asText();
        server.get("/api/v1/policies/current?region=EU&email=ada.logged@example.com");
        server.get("/api/v1/interviews/" + UUID.randomUUID(), "Authorization", user.bearer());
        server.get("/unsubscribe/" + id + ".c2VjcmV0LXRva2Vu");
        // A request is logged just after its answer is sent: wait for the last one.
        awaitLogged(6);

        List<String> rows = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(server.databaseUrl, "sa", "");
                Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM access_log")) {
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= rs.getMetaData().getColumnCount(); i++) {
                    row.append(rs.getString(i)).append('|');
                }
                rows.add(row.toString());
            }
        }
        assertTrue(rows.size() >= 6, "every request: " + rows);
        for (String row : rows) {
            assertFalse(row.contains("?") || row.contains("region=") , "no query string: " + row);
            assertFalse(row.contains("@"), "no email: " + row);
            assertFalse(row.contains(id), "no account id: " + row);
            assertFalse(row.contains("127.0.0.1"), "no full address: " + row);
            assertFalse(row.contains("c2VjcmV0"), "no token: " + row);
        }
        assertTrue(rows.stream().anyMatch(r -> r.contains("/not-found|404|")), "a 404 keeps no path: " + rows);
        assertTrue(rows.stream().anyMatch(r -> r.contains("/unsubscribe/:id|200|")), rows.toString());
        assertTrue(rows.stream().anyMatch(r -> r.contains("127.0.0.0")), "the address truncated to its /24");

        List<AccessRecord> mine = server.jobbot.recentAccess(new AccountId(UUID.fromString(id)), 10);
        assertTrue(mine.stream().anyMatch(r -> r.pathTemplate().equals("/api/v1/me") && r.status() == 200),
                "a person's own requests are found by their pseudonym: " + mine);
        assertEquals("/api/v1/interviews/:id/answers", AccessRecord.template("/api/v1/interviews/42/answers?x=1"));
    }

    @Test
    void people_see_their_devices_and_recent_activity_as_the_log_keeps_it() throws Exception {
        String firefox = "Mozilla/5.0 (X11; Linux x86_64; rv:125.0) Gecko/20100101 Firefox/125.0";
        SignedIn user = server.signIn("ada.devices@example.com");
        server.get("/api/v1/me/sessions", "Authorization", user.bearer(), "User-Agent", firefox);
        awaitLogged(3);
        var answer = server.get("/api/v1/me/devices", "Authorization", user.bearer()).json();
        assertEquals("Java-http-client", answer.at("/devices/0/browser").asText(), answer.toString());
        var latest = answer.at("/recentActivity/0");
        assertEquals("/api/v1/me/sessions", latest.get("path").asText(), answer.toString());
        assertEquals("Firefox", latest.get("browser").asText());
        assertEquals("Linux", latest.get("operatingSystem").asText());
        assertEquals("desktop", latest.get("deviceType").asText());
        assertEquals("127.0.0.0", latest.get("network").asText(), "the /24 network");
        assertEquals(401, server.get("/api/v1/me/devices").status());
    }

    private void awaitLogged(int rows) throws Exception {
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (System.nanoTime() < deadline) {
            server.jobbot.flushAccessLog();
            try (Connection c = DriverManager.getConnection(server.databaseUrl, "sa", "");
                    Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM access_log")) {
                rs.next();
                if (rs.getInt(1) >= rows) {
                    return;
                }
            }
            Thread.sleep(10);
        }
    }
}
