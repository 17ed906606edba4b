package tech.jobbot.server.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.adapters.openai.OpenAiSettings;
import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.Response;
import tech.jobbot.server.support.TestServer.SignedIn;

/**
 * The server with an LLM configured, against a local stub of the Chat Completions API: the
 * model's streamed narrative reaches the client as server-sent events, scores stay Jobbot's, and
 * a step the model fails (here: planning) is done by the built-in interviewer instead.
 */
class ModelInterviewerHttpTest {
    private static final String ANSWER = "At Fabrikam I ran the returns desk. Refunds took nine days and customers "
            + "complained; my task was to halve that. I mapped the process, automated the approval step in Zendesk "
            + "and trained four colleagues. As a result refunds took four days and complaints fell by 40 percent.";

    @TempDir
    Path dataDir;
    HttpServer model;
    final List<String> requests = new CopyOnWriteArrayList<>();
    TestServer server;
    SignedIn user;

    @BeforeEach
    void start() throws IOException {
        model = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        model.createContext("/v1/chat/completions", this::chat);
        model.start();
        OpenAiSettings settings = OpenAiSettings.of("http://127.0.0.1:" + model.getAddress().getPort() + "/v1",
                "stub-model").withMaxRetries(0);
        server = TestServer.startWith(dataDir, b -> b.openAi(settings));
        user = server.signIn("model.user@example.com");
    }

    @AfterEach
    void stop() {
        server.close();
        model.stop(0);
    }

    /** Plans fail (500); narratives stream in three chunks; everything else answers plainly. */
    private void chat(HttpExchange exchange) throws IOException {
        String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
        requests.add(body);
        if (body.contains("\"response_format\"")) {
            exchange.sendResponseHeaders(500, -1);
            exchange.close();
            return;
        }
        if (body.contains("\"stream\":true")) {
            exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            try (OutputStream out = exchange.getResponseBody()) {
                for (String chunk : List.of("You told a clear story", " with a measurable result.",
                        "\nOUTLINE:\n- Situation\n- Result")) {
                    out.write(("data: {\"id\":\"c1\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"index\":0,"
                            + "\"delta\":{\"content\":" + json(chunk) + "}}]}\n\n").getBytes(StandardCharsets.UTF_8));
                    out.flush();
                }
                out.write("data: [DONE]\n\n".getBytes(StandardCharsets.UTF_8));
            }
            return;
        }
        byte[] reply = ("{\"id\":\"c2\",\"object\":\"chat.completion\",\"choices\":[{\"index\":0,\"message\":"
                + "{\"role\":\"assistant\",\"content\":\"A solid interview.\"},\"finish_reason\":\"stop\"}]}")
                .getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, reply.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(reply);
        }
    }

    private static String json(String text) {
        return "\"" + text.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"";
    }

    @Test
    void the_model_words_the_feedback_as_a_stream_while_the_built_in_interviewer_covers_its_failures() {
        String jobId = server.post("/api/v1/jobs", "{\"title\":\"Customer Support Team Lead\"}", "Authorization",
                user.bearer()).json().get("id").asText();
        Response started = server.post("/api/v1/interviews", "{\"jobId\":\"" + jobId + "\",\"questionCount\":3}",
                "Authorization", user.bearer());
        assertEquals(201, started.status(), "a failing plan falls back to the built-in interviewer: " + started.text());
        assertTrue(requests.stream().anyMatch(r -> r.contains("\"response_format\"")), "the model was asked first");
        String id = started.json().get("id").asText();
        String question = started.json().get("nextQuestion").get("id").asText();
        // After its failure the model rests; once the cool-down is over it is asked again.
        server.clock.advance(tech.jobbot.sdk.interview.FallbackInterviewer.COOL_DOWN.plusSeconds(1));

        Response stream = server.send(HttpRequest.newBuilder(server.uri("/api/v1/interviews/" + id + "/answers"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"questionId\":\"" + question + "\",\"text\":"
                        + json(ANSWER) + "}"))
                .header("Content-Type", "application/json")
                .header("Accept", "text/event-stream")
                .header("Authorization", user.bearer()));
        String events = stream.text();
        assertTrue(events.contains("event: narrative\ndata: {\"text\":\"You told a clear story\"}"), events);
        assertTrue(events.contains("event: narrative\ndata: {\"text\":\" with a measurable result.\"}"), events);
        assertTrue(events.contains("\"narrative\":\"You told a clear story with a measurable result.\""), events);
        assertTrue(events.contains("\"outline\":\"- Situation\\n- Result\""), events);
        assertTrue(requests.stream().anyMatch(r -> r.contains("candidate_answer") && r.contains("returns desk")),
                "the answer went to the model as data");
    }

    @Test
    void scores_are_the_same_with_or_without_a_model() {
        String jobId = server.post("/api/v1/jobs", "{\"title\":\"Customer Support Team Lead\"}", "Authorization",
                user.bearer()).json().get("id").asText();
        String id = server.post("/api/v1/interviews", "{\"jobId\":\"" + jobId + "\",\"questionCount\":3}",
                "Authorization", user.bearer()).json().get("id").asText();
        Response withModel = server.post("/api/v1/interviews/" + id + "/answers",
                "{\"questionId\":\"q1\",\"text\":" + json(ANSWER) + "}", "Authorization", user.bearer());

        try (TestServer offline = TestServer.start(dataDir.resolve("offline"))) {
            SignedIn someone = offline.signIn("offline@example.com");
            String offlineJob = offline.post("/api/v1/jobs", "{\"title\":\"Customer Support Team Lead\"}",
                    "Authorization", someone.bearer()).json().get("id").asText();
            String offlineInterview = offline.post("/api/v1/interviews", "{\"jobId\":\"" + offlineJob
                    + "\",\"questionCount\":3}", "Authorization", someone.bearer()).json().get("id").asText();
            Response withoutModel = offline.post("/api/v1/interviews/" + offlineInterview + "/answers",
                    "{\"questionId\":\"q1\",\"text\":" + json(ANSWER) + "}", "Authorization", someone.bearer());
            assertEquals(withoutModel.json().get("attempt").get("feedback").get("scores"),
                    withModel.json().get("attempt").get("feedback").get("scores"));
        }
    }
}
