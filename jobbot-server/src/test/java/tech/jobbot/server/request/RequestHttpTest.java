package tech.jobbot.server.request;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.HexFormat;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.auth.RateLimit;
import tech.jobbot.sdk.account.CodeLimits;
import tech.jobbot.server.JobbotServer;
import tech.jobbot.server.admin.AdminAuthenticator;
import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.Response;
import tech.jobbot.server.support.TestServer.SignedIn;

/** Filing a complaint, staff seeing it overdue and replying, the person reading the reply. */
class RequestHttpTest {
    private static final String ADMIN = "Bearer request-test-operator-token";

    @TempDir
    Path dataDir;
    TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(dataDir, new CodeLimits(CodeLimits.DEFAULT.addressCooldown(),
                CodeLimits.DEFAULT.addressHourly(), new RateLimit("client-hourly", 10_000, Duration.ofHours(1))),
                JobbotServer.Options.local(0).withAdminToken(HexFormat.of().formatHex(
                        AdminAuthenticator.sha256("request-test-operator-token"))));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void a_complaint_is_filed_flagged_when_overdue_and_answered_into_the_inbox() {
        SignedIn user = server.signIn("ada@example.com");
        Response bad = server.post("/api/v1/me/requests", "{\"kind\":\"rant\",\"subject\":\"\"}", "Authorization",
                user.bearer());
        assertEquals(400, bad.status(), bad.text());
        String errors = bad.json().get("errors").toString();
        assertTrue(errors.contains("kind") && errors.contains("subject") && errors.contains("body"), errors);

        Response filed = server.post("/api/v1/me/requests", "{\"kind\":\"complaint\",\"subject\":\"Slow answer\","
                + "\"body\":\"Nobody answered my question.\"}", "Authorization", user.bearer());
        assertEquals(201, filed.status(), filed.text());
        String id = filed.json().get("id").asText();
        assertEquals("open", filed.json().get("status").asText());

        server.clock.advance(Duration.ofDays(16));
        JsonNode queue = server.get("/api/v1/admin/requests", "Authorization", ADMIN).json();
        assertEquals(1, queue.get("overdue").asInt(), "flagged to staff after 15 days");
        assertTrue(queue.at("/requests/0/overdue").asBoolean());
        assertEquals(401, server.get("/api/v1/admin/requests", "Authorization", user.bearer()).status());

        Response replied = server.post("/api/v1/admin/requests/" + id + "/replies",
                "{\"text\":\"Sorry, here is the answer.\",\"close\":true}", "Authorization", ADMIN);
        assertEquals(200, replied.status(), replied.text());
        assertEquals(409, server.post("/api/v1/admin/requests/" + id + "/replies", "{\"text\":\"More\"}",
                "Authorization", ADMIN).status(), "closed");
        assertEquals(404, server.post("/api/v1/admin/requests/" + java.util.UUID.randomUUID() + "/replies",
                "{\"text\":\"More\"}", "Authorization", ADMIN).status());

        assertTrue(server.latestMailText("ada@example.com").contains("Sorry, here is the answer."), "mailed too");
        user = server.signIn("ada@example.com");
        JsonNode mine = server.get("/api/v1/me/requests", "Authorization", user.bearer()).json();
        assertEquals("closed", mine.at("/requests/0/status").asText());
        assertEquals("jobbot", mine.at("/requests/0/history/1/from").asText());
        assertEquals("Re: Slow answer", server.get("/api/v1/me/messages", "Authorization", user.bearer()).json()
                .at("/messages/0/subject").asText());
    }

    @Test
    void a_privacy_officer_places_and_releases_a_legal_hold_and_sees_the_purge_audit() {
        SignedIn user = server.signIn("held@example.com");
        String accountId = server.get("/api/v1/me", "Authorization", user.bearer()).json().get("id").asText();
        Response bad = server.post("/api/v1/admin/legal-holds", "{\"accountId\":\"nope\",\"reason\":\" \"}",
                "Authorization", ADMIN);
        assertEquals(400, bad.status(), bad.text());
        Response placed = server.post("/api/v1/admin/legal-holds", "{\"accountId\":\"" + accountId
                + "\",\"reason\":\"Court order\",\"placedBy\":\"privacy officer\"}", "Authorization", ADMIN);
        assertEquals(201, placed.status(), placed.text());
        server.jobbot.purge();
        server.clock.advance(Duration.ofMinutes(1));
        user = server.signIn("held@example.com");
        JsonNode export = server.get("/api/v1/me/export", "Authorization", user.bearer()).json();
        assertEquals("Court order", export.at("/legalHolds/0/reason").asText(), "the person is told");
        assertTrue(export.at("/staffAccesses/0/action").asText().startsWith("placed legal hold"),
                "and sees the staff access: " + export.get("staffAccesses"));

        JsonNode retention = server.get("/api/v1/admin/retention", "Authorization", ADMIN).json();
        assertTrue(retention.get("schedule").size() >= 8);
        assertTrue(retention.get("runs").size() >= 8, "one audit entry per category");
        String id = placed.json().get("id").asText();
        assertEquals(204, server.request("DELETE", "/api/v1/admin/legal-holds/" + id, null, "Authorization", ADMIN)
                .status());
        assertEquals(404, server.request("DELETE", "/api/v1/admin/legal-holds/" + id, null, "Authorization", ADMIN)
                .status(), "released once");
    }

    @Test
    void the_operator_verifies_the_audit_log() {
        server.signIn("ada@example.com");
        JsonNode check = server.get("/api/v1/admin/audit/verification", "Authorization", ADMIN).json();
        assertTrue(check.get("intact").asBoolean(), check.toString());
        assertTrue(check.get("entriesChecked").asInt() >= 1, "the sign-in is in it");
        assertEquals(401, server.get("/api/v1/admin/audit/verification").status());
    }

    @Test
    void the_security_officer_registers_an_incident_follows_its_clock_notifies_and_reports() {
        SignedIn user = server.signIn("ada@example.com");
        Response bad = server.post("/api/v1/admin/incidents", "{\"awareAt\":\"yesterday\"}", "Authorization", ADMIN);
        assertEquals(400, bad.status(), bad.text());
        String now = server.clock.instant().toString();
        Response registered = server.post("/api/v1/admin/incidents", "{\"detectedAt\":\"" + now + "\",\"awareAt\":\""
                + now + "\",\"nature\":\"Leaked <backup>\",\"dataCategories\":[\"email addresses\"],"
                + "\"approxPeople\":1,\"contact\":\"privacy@jobbot.tech\"}", "Authorization", ADMIN);
        assertEquals(201, registered.status(), registered.text());
        String id = registered.json().get("id").asText();
        assertEquals("running", registered.json().at("/clocks/0/state").asText());
        server.clock.advance(Duration.ofHours(49));
        assertEquals("warning", server.get("/api/v1/admin/incidents", "Authorization", ADMIN).json()
                .at("/incidents/0/clocks/0/state").asText(), "the 72-hour clock warns");

        Response notified = server.post("/api/v1/admin/incidents/" + id + "/notifications",
                "{\"affected\":\"everyone\"}", "Authorization", ADMIN);
        assertEquals(200, notified.status(), notified.text());
        assertEquals(1, notified.json().get("total").asInt());
        Response html = server.get("/api/v1/admin/incidents/" + id + "/report?format=html", "Authorization", ADMIN);
        assertTrue(html.text().contains("Leaked &lt;backup&gt;"), "escaped");
        Response submitted = server.post("/api/v1/admin/incidents/" + id + "/authority-report", "", "Authorization",
                ADMIN);
        assertEquals("met", submitted.json().at("/clocks/0/state").asText());
        assertEquals(409, server.post("/api/v1/admin/incidents/" + id + "/authority-report", "", "Authorization",
                ADMIN).status(), "the submission time is not overwritten");
        assertEquals(400, server.post("/api/v1/admin/incidents/" + id + "/notifications",
                "{\"affected\":\"signed-in-between\",\"from\":\"2026-11-29T10:00:00Z\",\"to\":\"2026-11-28T10:00:00Z\"}",
                "Authorization", ADMIN).status());
        assertEquals(404, server.get("/api/v1/admin/incidents/" + java.util.UUID.randomUUID() + "/report",
                "Authorization", ADMIN).status());
        user = server.signIn("ada@example.com");
        assertTrue(server.get("/api/v1/me/messages", "Authorization", user.bearer()).text()
                .contains("A security incident may concern your data"), "told in the inbox");
    }
}
