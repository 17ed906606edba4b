package tech.jobbot.server.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.Response;
import tech.jobbot.server.support.TestServer.SignedIn;

/**
 * The acceptance path of the interviewer over HTTP on the embedded defaults: jobs from a pasted
 * description, a title and a link (to a local page allowed by configuration), an interview
 * answered to the end, feedback, the report, the records, and SSRF refusals.
 */
class InterviewHttpTest {
    private static final String POSTING_PAGE = """
            <!DOCTYPE html><html><head><title>Jobs at Contoso</title>
            <script type="application/ld+json">
            {"@context":"https://schema.org","@type":"JobPosting","title":"Customer Support Specialist",
             "hiringOrganization":{"@type":"Organization","name":"Contoso"},
             "description":"&lt;p&gt;Help our customers by phone and chat.&lt;/p&gt;&lt;ul&gt;&lt;li&gt;Resolve tickets in Zendesk&lt;/li&gt;&lt;li&gt;De-escalate upset customers&lt;/li&gt;&lt;/ul&gt;",
             "qualifications":"2 years of customer service experience; excellent written communication",
             "employmentType":"FULL_TIME"}
            </script></head><body><h1>Customer Support Specialist</h1></body></html>
            """;
    private static final String ANSWER = "In my last role at a telecom helpdesk I handled about 60 tickets a day "
            + "in Zendesk. One customer had lost service for three days and was furious; my task was to keep them. "
            + "I apologised, called the network team myself, set up a temporary hotspot and followed up every "
            + "evening. As a result the customer stayed, and our team's satisfaction score rose from 82 to 91 "
            + "percent that quarter.";

    @TempDir
    Path dataDir;
    TestServer server;
    HttpServer jobBoard;
    SignedIn user;

    @BeforeEach
    void start() throws IOException {
        jobBoard = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        jobBoard.createContext("/jobs/support", exchange -> {
            byte[] body = POSTING_PAGE.getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "text/html; charset=utf-8");
            exchange.sendResponseHeaders(200, body.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        });
        jobBoard.createContext("/jobs/moved", exchange -> {
            exchange.getResponseHeaders().add("Location", "http://10.0.0.1/jobs/support");
            exchange.sendResponseHeaders(302, -1);
            exchange.close();
        });
        jobBoard.start();
        server = TestServer.startWith(dataDir, b -> b.jobLinkAllowedHosts("127.0.0.1"));
        user = server.signIn("candidate@example.com");
    }

    @AfterEach
    void stop() {
        server.close();
        jobBoard.stop(0);
    }

    private String boardUrl(String path) {
        return "http://127.0.0.1:" + jobBoard.getAddress().getPort() + path;
    }

    private Response createJob(String json) {
        return server.post("/api/v1/jobs", json, "Authorization", user.bearer());
    }

    @Test
    void jobs_come_from_a_title_a_pasted_description_and_an_allowed_link() {
        Response byTitle = createJob("{\"title\":\"Registered Nurse\"}");
        assertEquals(201, byTitle.status(), byTitle.text());
        assertEquals("title", byTitle.json().get("source").asText());
        assertTrue(byTitle.json().get("skills").size() > 0);

        Response pasted = createJob("{\"description\":\"<h2>Data Analyst</h2><ul><li>Write SQL queries</li>"
                + "<li>Build Tableau dashboards</li></ul>\"}");
        assertEquals(201, pasted.status(), pasted.text());
        assertFalse(pasted.json().get("description").asText().contains("<li>"), "markup is gone");

        Response linked = createJob("{\"link\":\"" + boardUrl("/jobs/support") + "\"}");
        assertEquals(201, linked.status(), linked.text());
        assertEquals("Customer Support Specialist", linked.json().get("title").asText());
        assertEquals("Contoso", linked.json().get("company").asText());
        assertTrue(linked.json().get("description").asText().contains("Resolve tickets in Zendesk"));

        Response list = server.get("/api/v1/jobs", "Authorization", user.bearer());
        assertEquals(3, list.json().get("jobs").size());
        String id = linked.json().get("id").asText();
        assertEquals(204, server.request("DELETE", "/api/v1/jobs/" + id, null, "Authorization", user.bearer()).status());
        assertEquals(404, server.get("/api/v1/jobs/" + id, "Authorization", user.bearer()).status());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/", "http://10.0.0.1/", "http://169.254.169.254/latest/meta-data/",
            "http://[::1]/", "http://localhost/", "file:///etc/passwd"})
    void links_into_private_networks_are_refused_with_a_problem(String link) {
        try (TestServer strict = TestServer.start(dataDir.resolve("strict"))) {
            SignedIn someone = strict.signIn("someone@example.com");
            Response r = strict.post("/api/v1/jobs", "{\"link\":\"" + link + "\"}", "Authorization", someone.bearer());
            assertTrue(r.status() == 400, link + " answered " + r.status() + " " + r.text());
            assertEquals("application/problem+json", r.header("Content-Type"));
            assertEquals(0, strict.get("/api/v1/jobs", "Authorization", someone.bearer()).json().get("jobs").size());
        }
    }

    @Test
    void a_redirect_into_a_private_network_is_refused() {
        Response r = createJob("{\"link\":\"" + boardUrl("/jobs/moved") + "\"}");
        assertEquals(400, r.status(), r.text());
        assertEquals("https://www.jobbot.tech/problems/link-refused", r.json().get("type").asText());
        assertTrue(r.json().get("detail").asText().contains("redirect"), r.text());
    }

    @Test
    void an_interview_is_answered_to_the_end_with_feedback_a_report_and_a_record() {
        String jobId = createJob("{\"link\":\"" + boardUrl("/jobs/support") + "\"}").json().get("id").asText();
        Response started = server.post("/api/v1/interviews", "{\"jobId\":\"" + jobId + "\",\"questionCount\":4}",
                "Authorization", user.bearer());
        assertEquals(201, started.status(), started.text());
        String id = started.json().get("id").asText();
        JsonNode question = started.json().get("nextQuestion");
        assertEquals(4, started.json().get("questions").size());
        for (JsonNode q : started.json().get("questions")) {
            assertTrue(q.get("kind").asText().matches("behavioral|technical|situational|motivational"));
            assertNotNull(q.get("skills"));
        }

        int answered = 0;
        while (question != null && !question.isNull()) {
            Response r = server.post("/api/v1/interviews/" + id + "/answers",
                    "{\"questionId\":\"" + question.get("id").asText() + "\",\"text\":" + quote(ANSWER) + "}",
                    "Authorization", user.bearer(), "Idempotency-Key", "answer-" + answered);
            assertEquals(200, r.status(), r.text());
            JsonNode feedback = r.json().get("attempt").get("feedback");
            int overall = feedback.get("scores").get("overall").asInt();
            assertTrue(overall >= 0 && overall <= 100);
            for (String dimension : new String[] {"relevance", "structure", "specificity", "impact", "communication"}) {
                assertTrue(feedback.get("scores").has(dimension), dimension);
            }
            assertTrue(feedback.get("improvements").isArray());
            question = r.json().get("nextQuestion");
            answered++;
        }
        assertTrue(answered >= 4);

        Response replay = server.post("/api/v1/interviews/" + id + "/answers",
                "{\"questionId\":\"q1\",\"text\":" + quote(ANSWER) + "}",
                "Authorization", user.bearer(), "Idempotency-Key", "answer-0");
        assertTrue(replay.json().get("replayed").asBoolean(), "a retried request stores nothing twice");

        Response report = server.post("/api/v1/interviews/" + id + "/finish", "{}", "Authorization", user.bearer());
        assertEquals(200, report.status(), report.text());
        assertEquals(3, report.json().get("practice").size());
        assertTrue(report.json().has("requirementsCovered") && report.json().has("requirementsMissing"));
        assertTrue(report.json().get("competencies").size() > 0);

        Response record = server.get("/api/v1/interviews/" + id, "Authorization", user.bearer());
        assertEquals("finished", record.json().get("status").asText());
        assertEquals(1, record.json().get("attempts").get(0).get("attempt").asInt());
        assertEquals(1, server.get("/api/v1/interviews", "Authorization", user.bearer()).json().get("interviews")
                .size());
        assertEquals(1, server.get("/api/v1/progress", "Authorization", user.bearer()).json().get("interviews")
                .asInt());

        SignedIn stranger = server.signIn("stranger@example.com");
        assertEquals(404, server.get("/api/v1/interviews/" + id, "Authorization", stranger.bearer()).status());
        assertEquals(404, server.request("DELETE", "/api/v1/interviews/" + id, null, "Authorization",
                stranger.bearer()).status());
        assertEquals(204, server.request("DELETE", "/api/v1/interviews/" + id, null, "Authorization",
                user.bearer()).status());
        assertEquals(404, server.get("/api/v1/interviews/" + id, "Authorization", user.bearer()).status());
    }

    @Test
    void feedback_streams_as_server_sent_events() {
        String jobId = createJob("{\"title\":\"Customer Support Specialist\"}").json().get("id").asText();
        String id = server.post("/api/v1/interviews", "{\"jobId\":\"" + jobId + "\",\"questionCount\":3}",
                "Authorization", user.bearer()).json().get("id").asText();
        Response stream = server.send(HttpRequest.newBuilder(server.uri("/api/v1/interviews/" + id + "/answers"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"questionId\":\"q1\",\"text\":" + quote(ANSWER) + "}"))
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .header("Authorization", user.bearer()));
        assertEquals(200, stream.status());
        assertTrue(stream.header("Content-Type").startsWith("text/event-stream"));
        String text = stream.text();
        assertTrue(text.contains("event: narrative\ndata: {\"text\":"), text);
        assertTrue(text.indexOf("event: narrative") < text.indexOf("event: result"), "narrative first, then result");
        assertTrue(text.contains("\"scores\""), text);
    }

    @Test
    void bad_interview_requests_get_precise_problems() {
        String jobId = createJob("{\"title\":\"Teacher\"}").json().get("id").asText();
        Response tooMany = server.post("/api/v1/interviews", "{\"jobId\":\"" + jobId + "\",\"questionCount\":20}",
                "Authorization", user.bearer());
        assertEquals(400, tooMany.status());
        assertTrue(tooMany.text().contains("questionCount"), tooMany.text());
        Response noJob = server.post("/api/v1/interviews", "{\"jobId\":\"" + java.util.UUID.randomUUID() + "\"}",
                "Authorization", user.bearer());
        assertEquals(404, noJob.status());
        String id = server.post("/api/v1/interviews", "{\"jobId\":\"" + jobId + "\"}", "Authorization", user.bearer())
                .json().get("id").asText();
        Response unknownQuestion = server.post("/api/v1/interviews/" + id + "/answers",
                "{\"questionId\":\"q9\",\"text\":\"hello\"}", "Authorization", user.bearer());
        assertEquals(404, unknownQuestion.status(), unknownQuestion.text());
        Response first = server.post("/api/v1/interviews/" + id + "/answers",
                "{\"questionId\":\"q1\",\"text\":\"My first try.\"}", "Authorization", user.bearer(),
                "Idempotency-Key", "k-1");
        assertEquals(200, first.status());
        Response reused = server.post("/api/v1/interviews/" + id + "/answers",
                "{\"questionId\":\"q1\",\"text\":\"A different answer.\"}", "Authorization", user.bearer(),
                "Idempotency-Key", "k-1");
        assertEquals(409, reused.status(), "a key reused for another answer is refused: " + reused.text());
        assertTrue(reused.json().get("detail").asText().contains("Idempotency-Key"));
        Response streamedRefusal = server.send(HttpRequest.newBuilder(server.uri("/api/v1/interviews/" + id
                        + "/answers"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"questionId\":\"q9\",\"text\":\"hi\"}"))
                .header("Content-Type", "application/json").header("Accept", "text/event-stream")
                .header("Authorization", user.bearer()));
        assertEquals(404, streamedRefusal.status(), "a refusal before streaming is a plain problem");
        assertEquals("application/problem+json", streamedRefusal.header("Content-Type"));
        Response empty = createJob("{}");
        assertEquals(400, empty.status());
        Response both = createJob("{\"description\":\"x\",\"link\":\"https://example.com/job\"}");
        assertEquals(400, both.status());
        Response notALink = createJob("{\"link\":\"not a link\"}");
        assertEquals(400, notALink.status());
    }

    private static String quote(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
    }
}
