package tech.jobbot.server.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.auth.RateLimit;
import tech.jobbot.domain.staff.Totp;
import tech.jobbot.sdk.account.CodeLimits;
import tech.jobbot.server.JobbotServer;
import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.Response;
import tech.jobbot.server.support.TestServer.SignedIn;

/**
 * The staff console over HTTP: sign-in with TOTP, administrators managing staff, and need-to-know:
 * a support agent without a case is refused (and the refusal audited), with a complaint case sees
 * only what it allows, and the person sees every access.
 */
class StaffHttpTest {
    private static final String ADMIN = "grace.admin@staff.example";
    private static final String AGENT = "sam.support@staff.example";
    private static final String OFFICER = "pat.privacy@staff.example";

    @TempDir
    Path dataDir;
    TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.start(dataDir, new CodeLimits(CodeLimits.DEFAULT.addressCooldown(),
                CodeLimits.DEFAULT.addressHourly(), new RateLimit("client-hourly", 10_000, Duration.ofHours(1))),
                JobbotServer.Options.local(0));
        server.jobbot.staff().bootstrapAdministrator(tech.jobbot.domain.account.EmailAddress.parse(ADMIN), "Grace");
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void need_to_know_over_http_from_sign_in_to_what_the_person_sees() throws SQLException {
        String admin = staffSignIn(ADMIN);
        assertEquals("administrator", me(admin).at("/roles/0").asText());
        String agentId = addMember(admin, AGENT, "Sam Support", "support");
        addMember(admin, OFFICER, "Pat Privacy", "privacy-officer");
        String agent = staffSignIn(AGENT);
        String officer = staffSignIn(OFFICER);

        SignedIn ada = server.signIn("ada@example.com");
        String adaId = server.get("/api/v1/me", "Authorization", ada.bearer()).json().get("id").asText();
        String complaint = server.post("/api/v1/me/requests", "{\"kind\":\"complaint\",\"subject\":\"Rude\","
                + "\"body\":\"The feedback on my answer was rude.\"}", "Authorization", ada.bearer())
                .json().get("id").asText();

        // Without a case: 403, audited under Ada's pseudonym, nothing shown to Ada (nothing was read).
        Response refused = server.get("/api/v1/staff/accounts/" + adaId + "/data/profile", "Authorization", agent);
        assertEquals(403, refused.status(), refused.text());
        assertTrue(refused.json().get("detail").asText().contains("no such case"), refused.text());
        assertEquals(1, auditCount("staff.access-refused"));
        Response replyWithoutCase = server.post("/api/v1/admin/requests/" + complaint + "/replies",
                "{\"text\":\"Sorry\"}", "Authorization", agent);
        assertEquals(403, replyWithoutCase.status(), replyWithoutCase.text());

        // The queue shows what is due, not what was written.
        JsonNode queue = server.get("/api/v1/admin/requests", "Authorization", agent).json();
        assertEquals(complaint, queue.at("/requests/0/id").asText());
        assertFalse(queue.toString().contains("rude"), queue.toString());

        Response bad = server.post("/api/v1/staff/cases", "{\"kind\":\"complaint\",\"reference\":\"" + complaint
                + "\",\"assignee\":\"" + agentId + "\",\"categories\":[\"interviews\"]}", "Authorization", officer);
        assertEquals(400, bad.status(), bad.text());
        assertEquals(403, server.post("/api/v1/staff/cases", "{\"kind\":\"complaint\",\"reference\":\"" + complaint
                + "\",\"assignee\":\"" + agentId + "\",\"categories\":[\"requests\"]}", "Authorization", agent)
                .status(), "support does not open cases");
        Response opened = server.post("/api/v1/staff/cases", "{\"kind\":\"complaint\",\"reference\":\"" + complaint
                + "\",\"assignee\":\"" + agentId + "\",\"categories\":[\"profile\",\"requests\"]}", "Authorization",
                officer);
        assertEquals(201, opened.status(), opened.text());
        String caseId = opened.json().get("id").asText();
        assertEquals(adaId, opened.json().get("accountId").asText());
        assertEquals(caseId, server.get("/api/v1/staff/cases", "Authorization", agent).json().at("/cases/0/id")
                .asText());

        Response requests = server.get("/api/v1/staff/accounts/" + adaId + "/data/requests?case=" + caseId,
                "Authorization", agent);
        assertEquals(200, requests.status(), requests.text());
        assertTrue(requests.text().contains("The feedback on my answer was rude."), requests.text());
        Response interviews = server.get("/api/v1/staff/accounts/" + adaId + "/data/interviews?case=" + caseId,
                "Authorization", agent);
        assertEquals(403, interviews.status(), "the complaint case does not need the interviews");
        assertEquals("https://www.jobbot.tech/problems/need-to-know", interviews.json().get("type").asText());
        assertEquals(403, server.get("/api/v1/staff/accounts/" + adaId + "/data/requests?case=" + caseId,
                "Authorization", officer).status(), "the officer opened the case; it is the agent's");
        Response replied = server.post("/api/v1/admin/requests/" + complaint + "/replies",
                "{\"text\":\"We are sorry; we have fixed the wording.\",\"close\":true}", "Authorization", agent);
        assertEquals(200, replied.status(), replied.text());

        JsonNode seen = server.get("/api/v1/me/staff-accesses", "Authorization", ada.bearer()).json()
                .get("accesses");
        assertEquals(2, seen.size(), seen.toString());
        assertEquals("Sam Support (support)", seen.at("/0/who").asText());
        assertTrue(seen.at("/0/what").asText().startsWith("replied to request " + complaint), seen.toString());
        assertEquals("requests", seen.at("/1/category").asText());
        assertTrue(seen.at("/1/why").asText().startsWith("complaint " + complaint), seen.toString());
        assertTrue(seen.at("/1/why").asText().contains(caseId), seen.toString());
        JsonNode export = server.get("/api/v1/me/export", "Authorization", ada.bearer()).json();
        assertEquals(caseId, export.at("/staffAccesses/0/caseRef").asText().replaceAll(".*case ([0-9a-f-]+)\\)$", "$1"));
        assertEquals(1, auditCount("staff.access-granted"));

        assertEquals(200, server.post("/api/v1/staff/cases/" + caseId + "/closure", "", "Authorization", agent)
                .status());
        assertEquals(403, server.get("/api/v1/staff/accounts/" + adaId + "/data/requests?case=" + caseId,
                "Authorization", agent).status(), "a closed case opens nothing");
    }

    @Test
    void roles_gate_the_console_and_nobody_manages_their_own() throws SQLException {
        assertEquals(401, server.get("/api/v1/staff/me").status());
        assertEquals(401, server.get("/api/v1/staff/me", "Authorization", "Bearer jbs_forged").status());
        String admin = staffSignIn(ADMIN);
        String adminId = me(admin).get("id").asText();
        assertEquals(403, server.request("PUT", "/api/v1/staff/members/" + adminId + "/roles",
                "{\"roles\":[\"privacy-officer\",\"administrator\"]}", "Authorization", admin).status());
        assertEquals(403, server.request("DELETE", "/api/v1/staff/members/" + adminId, null, "Authorization", admin)
                .status());
        Response badRole = server.post("/api/v1/staff/members", "{\"email\":\"x@staff.example\","
                + "\"displayName\":\"X\",\"roles\":[\"overlord\"]}", "Authorization", admin);
        assertEquals(400, badRole.status(), badRole.text());
        assertTrue(badRole.text().contains("overlord"), badRole.text());

        String agentId = addMember(admin, AGENT, "Sam Support", "support");
        String agent = staffSignIn(AGENT);
        assertEquals(403, server.get("/api/v1/staff/members", "Authorization", agent).status());
        assertEquals(403, server.post("/api/v1/staff/members", "{\"email\":\"friend@staff.example\","
                + "\"displayName\":\"Friend\",\"roles\":[\"administrator\"]}", "Authorization", agent).status());
        assertEquals(403, server.get("/api/v1/admin/audit/verification", "Authorization", agent).status(),
                "support does not verify the audit log");
        JsonNode audit = server.get("/api/v1/admin/audit/verification", "Authorization", admin).json();
        assertTrue(audit.get("intact").asBoolean(), audit.toString());

        Response promoted = server.request("PUT", "/api/v1/staff/members/" + agentId + "/roles",
                "{\"roles\":[\"security-officer\"]}", "Authorization", admin);
        assertEquals(200, promoted.status(), promoted.text());
        assertEquals(200, server.get("/api/v1/admin/audit/verification", "Authorization", agent).status(),
                "roles take effect on the next request");
        assertEquals(204, server.request("DELETE", "/api/v1/staff/members/" + agentId, null, "Authorization", admin)
                .status());
        assertEquals(401, server.get("/api/v1/staff/me", "Authorization", agent).status(),
                "a deactivated member's sessions end");
        assertEquals(1, auditCount("staff.roles-changed"));
        assertEquals(5, auditCount("staff.access-refused"), "each of the five refusals is audited");
        assertEquals(204, server.request("DELETE", "/api/v1/staff/auth/session", null, "Authorization", admin)
                .status());
        assertEquals(401, server.get("/api/v1/staff/me", "Authorization", admin).status());
    }

    /** Email code, then (first time) enrolment, then email code plus the authenticator's code. */
    private String staffSignIn(String email) {
        Response enrolment = codeThenSession(email, "");
        assertEquals(200, enrolment.status(), enrolment.text());
        byte[] secret = Totp.fromBase32(enrolment.json().at("/enrolment/secret").asText());
        assertEquals(10, enrolment.json().at("/enrolment/recoveryCodes").size());
        server.clock.advance(Duration.ofSeconds(61));
        String totp = Totp.code(secret, Totp.step(server.clock.instant()), Totp.DIGITS);
        Response in = codeThenSession(email, ",\"totp\":\"" + totp + "\"");
        assertEquals(201, in.status(), in.text());
        return "Bearer " + in.json().get("token").asText();
    }

    private Response codeThenSession(String email, String extra) {
        Response code = server.post("/api/v1/staff/auth/codes", "{\"email\":\"" + email + "\"}");
        assertEquals(202, code.status(), code.text());
        String flow = code.json().get("flowId").asText();
        return server.post("/api/v1/staff/auth/sessions", "{\"flowId\":\"" + flow + "\",\"email\":\"" + email
                + "\",\"code\":\"" + server.codeFromOutbox(email) + "\"" + extra + "}");
    }

    private JsonNode me(String token) {
        return server.get("/api/v1/staff/me", "Authorization", token).json();
    }

    private String addMember(String admin, String email, String name, String role) {
        Response added = server.post("/api/v1/staff/members", "{\"email\":\"" + email + "\",\"displayName\":\""
                + name + "\",\"roles\":[\"" + role + "\"]}", "Authorization", admin);
        assertEquals(201, added.status(), added.text());
        return added.json().get("id").asText();
    }

    private int auditCount(String event) throws SQLException {
        try (Connection c = DriverManager.getConnection(server.databaseUrl, "sa", "");
                Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM audit_log WHERE event = '" + event + "'")) {
            rs.next();
            return rs.getInt(1);
        }
    }
}
