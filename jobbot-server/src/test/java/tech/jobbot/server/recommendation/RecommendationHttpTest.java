package tech.jobbot.server.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.Response;
import tech.jobbot.server.support.TestServer.SignedIn;

/** Recommendations, the choices about them and the background, over HTTP. */
class RecommendationHttpTest {
    private static final String POSTING = "Data Analyst\\nRequirements:\\n- Strong SQL for reporting\\n"
            + "- Tableau dashboards\\n- Python for automation\\n- Statistics and A/B testing";
    private static final String ANSWER = "At Contoso I wrote SQL queries every day to build the weekly revenue "
            + "report. As a result the report took one hour instead of a day.";

    @TempDir
    Path dataDir;
    TestServer server;
    SignedIn user;

    @BeforeEach
    void start() {
        server = TestServer.start(dataDir);
        user = server.signIn("reco@example.com");
        personalisation(true);
    }

    private void personalisation(boolean consent) {
        Response changed = server.request("PUT", "/api/v1/me/consents",
                "{\"personalization.recommendations\":" + consent + "}", "Authorization", user.bearer());
        assertEquals(200, changed.status(), changed.text());
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private String jobWithAnAnswer() {
        String jobId = server.post("/api/v1/jobs", "{\"description\":\"" + POSTING + "\"}", "Authorization",
                user.bearer()).json().get("id").asText();
        JsonNode interview = server.post("/api/v1/interviews", "{\"jobId\":\"" + jobId + "\",\"questionCount\":3}",
                "Authorization", user.bearer()).json();
        server.post("/api/v1/interviews/" + interview.get("id").asText() + "/answers",
                "{\"questionId\":\"q1\",\"text\":\"" + ANSWER + "\"}", "Authorization", user.bearer());
        return jobId;
    }

    @Test
    void recommendations_explain_themselves_and_can_be_dismissed() {
        String jobId = jobWithAnAnswer();
        Response r = server.get("/api/v1/recommendations?jobId=" + jobId, "Authorization", user.bearer());
        assertEquals(200, r.status(), r.text());
        assertTrue(r.json().get("personalised").asBoolean());
        JsonNode recommendations = r.json().get("recommendations");
        assertTrue(recommendations.size() > 0 && recommendations.size() <= 5, r.text());
        for (JsonNode rec : recommendations) {
            assertFalse(rec.get("gap").get("skill").get("id").asText().equals("sql"), "SQL was shown in the answer");
            String reason = rec.get("reason").asText();
            assertTrue(reason.startsWith("The posting ") || reason.startsWith("Jobs like this "), reason);
            assertTrue(reason.contains(rec.get("gap").get("skill").get("name").asText()), reason);
            assertTrue(rec.get("item").get("type").asText().matches("training|course|consulting"));
        }
        String first = recommendations.get(0).get("item").get("id").asText();
        Response dismissed = server.post("/api/v1/recommendations/dismissals", "{\"itemId\":\"" + first + "\"}",
                "Authorization", user.bearer());
        assertEquals(200, dismissed.status());
        JsonNode after = server.get("/api/v1/recommendations?jobId=" + jobId, "Authorization", user.bearer()).json();
        for (JsonNode rec : after.get("recommendations")) {
            assertFalse(rec.get("item").get("id").asText().equals(first), "a dismissed item stays hidden");
        }
        JsonNode settings = server.get("/api/v1/me/recommendation-settings", "Authorization", user.bearer()).json();
        assertEquals(first, settings.get("dismissedItems").get(0).asText(), settings.toString());
        assertEquals(200, server.request("DELETE", "/api/v1/recommendations/dismissals/" + first, null,
                "Authorization", user.bearer()).status(), "and can be shown again");
        assertEquals(404, server.request("DELETE", "/api/v1/recommendations/dismissals/" + first, null,
                "Authorization", user.bearer()).status());
    }

    @Test
    void withdrawing_consent_to_personalisation_uses_the_job_alone_and_the_background_is_managed() {
        String jobId = jobWithAnAnswer();
        personalisation(false);
        JsonNode jobOnly = server.get("/api/v1/recommendations?jobId=" + jobId, "Authorization", user.bearer()).json();
        assertFalse(jobOnly.get("personalised").asBoolean());
        boolean sqlIsAGap = false;
        for (JsonNode gap : jobOnly.get("gaps")) {
            sqlIsAGap |= gap.get("skill").get("id").asText().equals("sql");
        }
        assertTrue(sqlIsAGap, "job-only: the answer is not used");

        Response saved = server.request("PUT", "/api/v1/me/background", "{\"yearsOfExperience\":3,\"roles\":"
                + "[\"Junior analyst at Contoso\"],\"claimedSkills\":[\"tableau\"],\"education\":[\"BSc Economics\"]}",
                "Authorization", user.bearer());
        assertEquals(200, saved.status(), saved.text());
        assertEquals("Tableau", saved.json().get("claimedSkills").get(0).get("name").asText());
        assertEquals(3, server.get("/api/v1/me/background", "Authorization", user.bearer()).json()
                .get("yearsOfExperience").asInt());
        Response bad = server.request("PUT", "/api/v1/me/background", "{\"yearsOfExperience\":200,"
                + "\"claimedSkills\":[\"not-a-skill-we-know\"]}", "Authorization", user.bearer());
        assertEquals(400, bad.status());
        assertTrue(bad.text().contains("yearsOfExperience") && bad.text().contains("claimedSkills"), bad.text());
        assertEquals(204, server.request("DELETE", "/api/v1/me/background", null, "Authorization", user.bearer())
                .status());
        assertTrue(server.get("/api/v1/me/background", "Authorization", user.bearer()).json().get("roles").isEmpty());
    }

    @Test
    void bad_requests_are_precise_problems() {
        Response noJob = server.get("/api/v1/recommendations", "Authorization", user.bearer());
        assertEquals(400, noJob.status());
        assertEquals("application/problem+json", noJob.header("Content-Type"));
        assertEquals("jobId", noJob.json().get("errors").get(0).get("field").asText());
        assertEquals(400, server.get("/api/v1/recommendations?jobId=nope", "Authorization", user.bearer()).status());
        assertEquals(404, server.get("/api/v1/recommendations?jobId=" + java.util.UUID.randomUUID(), "Authorization",
                user.bearer()).status());
        String jobId = jobWithAnAnswer();
        assertEquals(400, server.get("/api/v1/recommendations?jobId=" + jobId + "&max=99", "Authorization",
                user.bearer()).status());
        assertEquals(401, server.get("/api/v1/recommendations?jobId=" + jobId).status());
    }
}
