package tech.jobbot.server.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Optional;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.interview.Question;
import tech.jobbot.domain.job.Job;
import tech.jobbot.ports.in.interview.InterviewOutcome;
import tech.jobbot.ports.in.job.JobCreation;
import tech.jobbot.ports.in.job.JobRequest;
import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.Response;
import tech.jobbot.server.support.TestServer.SignedIn;

/** Sharing a report over HTTP: the link opens without an account until it is revoked, then it is a 404. */
class ShareHttpTest {
    @TempDir
    Path dataDir;
    TestServer server;
    SignedIn user;
    String interviewId;

    @BeforeEach
    void start() {
        server = TestServer.start(dataDir);
        user = server.signIn("candidate@example.com");
        AccountId me = new AccountId(UUID.fromString(server.get("/api/v1/me", "Authorization", user.bearer()).json()
                .get("id").asText()));
        Job job = assertInstanceOf(JobCreation.Created.class,
                server.jobbot.createJob(me, JobRequest.ofTitle("Backend Engineer"))).job();
        Interview interview = assertInstanceOf(InterviewOutcome.Done.class,
                server.jobbot.startInterview(me, job.id(), Interview.MIN_QUESTIONS)).interview();
        for (Question q : interview.questions()) {
            server.jobbot.answer(me, interview.id(), q.id(), "I designed the billing API in Java, wrote the tests"
                    + " and cut the error rate by half.", Optional.empty(), chunk -> { });
        }
        server.jobbot.finish(me, interview.id());
        interviewId = interview.id().value().toString();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Response share(String body) {
        return server.post("/api/v1/interviews/" + interviewId + "/shares", body, "Authorization", user.bearer());
    }

    @Test
    void a_link_opens_without_sign_in_is_recorded_and_after_revocation_is_a_404() {
        Response created = share("{\"recipient\":\"Acme Recruiting\",\"validDays\":7}");
        assertEquals(201, created.status(), created.text());
        String url = created.json().get("url").asText();
        assertEquals("sharing.acme-recruiting", created.json().get("purpose").asText());

        Response opened = server.get(url);
        assertEquals(200, opened.status(), opened.text());
        assertEquals("Acme Recruiting", opened.json().get("sharedWith").asText());
        assertTrue(opened.json().get("report").has("overall"), opened.text());
        assertEquals("no-store", opened.header("Cache-Control"));
        assertTrue(opened.text().indexOf("candidate@example.com") < 0, "no account details go to the recipient");

        JsonNode mine = server.get("/api/v1/me/shares", "Authorization", user.bearer()).json();
        assertEquals(1, mine.get("shares").get(0).get("disclosures").size());
        assertEquals("Acme Recruiting", mine.get("disclosures").get(0).get("recipient").asText());
        String consent = server.get("/api/v1/me/consents", "Authorization", user.bearer()).text();
        assertTrue(consent.contains("\"key\":\"sharing.acme-recruiting\""), consent);

        String id = created.json().get("id").asText();
        assertEquals(204, server.request("DELETE", "/api/v1/me/shares/" + id, null, "Authorization", user.bearer())
                .status());
        Response gone = server.get(url);
        assertEquals(404, gone.status(), "a revoked share link returns 404");
        assertEquals("application/problem+json", gone.header("Content-Type"));
        assertEquals(404, server.request("DELETE", "/api/v1/me/shares/" + id, null, "Authorization", user.bearer())
                .status());
        assertEquals(404, server.get("/api/v1/shared/" + "A".repeat(43)).status());
    }

    @Test
    void bad_share_requests_say_what_was_wrong_and_share_nothing() {
        Response bad = share("{\"recipient\":\"???\",\"validDays\":365,\"extra\":true}");
        assertEquals(400, bad.status(), bad.text());
        String errors = bad.json().get("errors").toString();
        assertTrue(errors.contains("recipient") && errors.contains("validDays") && errors.contains("extra"), errors);
        assertEquals(404, server.post("/api/v1/interviews/" + UUID.randomUUID() + "/shares",
                "{\"recipient\":\"Acme\"}", "Authorization", user.bearer()).status());
        SignedIn other = server.signIn("other@example.com");
        assertEquals(404, server.post("/api/v1/interviews/" + interviewId + "/shares", "{\"recipient\":\"Acme\"}",
                "Authorization", other.bearer()).status(), "not the other person's interview");
        assertEquals(401, server.post("/api/v1/interviews/" + interviewId + "/shares", "{\"recipient\":\"Acme\"}")
                .status());
        assertEquals(0, server.get("/api/v1/me/shares", "Authorization", user.bearer()).json().get("shares").size());
    }
}
