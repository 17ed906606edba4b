package tech.jobbot.server.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The server is killed (SIGKILL, no shutdown hook) while answers are being submitted; after a
 * restart on the same embedded database every acknowledged answer is there exactly once and every
 * interview reads whole.
 */
class CrashSafetyTest {
    private static final Pattern LISTENING = Pattern.compile("listening on http://127\\.0\\.0\\.1:(\\d+)/");
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dataDir;
    final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private record Node(Process process, int port) {
    }

    private Node start() throws Exception {
        String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        Process p = new ProcessBuilder(java, "-Xmx256m", "-cp", System.getProperty("java.class.path"),
                "tech.jobbot.server.Main", "--port", "0", "--data-dir", dataDir.toString())
                .redirectErrorStream(true).start();
        BufferedReader out = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        String line;
        while (System.nanoTime() < deadline && (line = out.readLine()) != null) {
            Matcher m = LISTENING.matcher(line);
            if (m.find()) {
                int port = Integer.parseInt(m.group(1));
                Thread.ofVirtual().start(() -> out.lines().forEach(l -> { }));
                return new Node(p, port);
            }
        }
        p.destroyForcibly();
        throw new AssertionError("the server did not start");
    }

    private HttpResponse<String> call(Node node, String method, String path, String body, String token)
            throws Exception {
        HttpRequest.Builder r = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + node.port() + path))
                .timeout(Duration.ofSeconds(10))
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(body))
                .header("Content-Type", "application/json");
        if (token != null) {
            r.header("Authorization", "Bearer " + token);
        }
        return http.send(r.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void every_acknowledged_answer_survives_a_kill_minus_nine_exactly_once() throws Exception {
        Node first = start();
        String token;
        List<String> interviews = new ArrayList<>();
        Map<String, Set<String>> acknowledged = new ConcurrentHashMap<>();
        try {
            String flow = JSON.readTree(call(first, "POST", "/api/v1/auth/codes",
                    "{\"email\":\"crash@example.com\"}", null).body()).get("flowId").asText();
            String code = codeFromOutbox();
            token = JSON.readTree(call(first, "POST", "/api/v1/auth/sessions", "{\"flowId\":\"" + flow
                    + "\",\"email\":\"crash@example.com\",\"code\":\"" + code + "\",\"adult\":true}", null).body())
                    .get("token").asText();
            String job = JSON.readTree(call(first, "POST", "/api/v1/jobs", "{\"title\":\"Data Analyst\"}", token)
                    .body()).get("id").asText();
            for (int i = 0; i < 6; i++) {
                interviews.add(JSON.readTree(call(first, "POST", "/api/v1/interviews", "{\"jobId\":\"" + job
                        + "\",\"questionCount\":12}", token).body()).get("id").asText());
            }
            ExecutorService answering = Executors.newFixedThreadPool(interviews.size());
            String bearer = token;
            for (String id : interviews) {
                acknowledged.put(id, ConcurrentHashMap.newKeySet());
                answering.submit(() -> {
                    try {
                        JsonNode next = JSON.readTree(call(first, "GET", "/api/v1/interviews/" + id, null, bearer)
                                .body()).get("nextQuestion");
                        while (next != null && !next.isNull()) {
                            String q = next.get("id").asText();
                            HttpResponse<String> answered = call(first, "POST", "/api/v1/interviews/" + id + "/answers",
                                    "{\"questionId\":\"" + q + "\",\"text\":\"I rebuilt our reporting in SQL and cut"
                                            + " its run time from hours to minutes for the sales team.\"}", bearer);
                            if (answered.statusCode() != 200) {
                                return null;
                            }
                            acknowledged.get(id).add(q);
                            next = JSON.readTree(answered.body()).get("nextQuestion");
                        }
                    } catch (Exception killed) {
                        // the server died under this request: it was not acknowledged
                    }
                    return null;
                });
            }
            Thread.sleep(1_500);
            first.process().destroyForcibly();
            first.process().waitFor(10, TimeUnit.SECONDS);
            answering.shutdown();
            answering.awaitTermination(15, TimeUnit.SECONDS);
        } finally {
            first.process().destroyForcibly();
        }
        int total = acknowledged.values().stream().mapToInt(Set::size).sum();
        assertTrue(total > 0, "answers were acknowledged before the kill");

        Node second = start();
        try {
            for (String id : interviews) {
                HttpResponse<String> read = call(second, "GET", "/api/v1/interviews/" + id, null, token);
                assertEquals(200, read.statusCode(), "the interview reads whole after the crash: " + read.body());
                Map<String, Integer> attempts = new java.util.HashMap<>();
                for (JsonNode a : JSON.readTree(read.body()).get("attempts")) {
                    attempts.merge(a.get("questionId").asText(), 1, Integer::sum);
                }
                for (String q : acknowledged.get(id)) {
                    assertEquals(1, attempts.getOrDefault(q, 0), "acknowledged answer " + id + "/" + q
                            + " is there exactly once");
                }
            }
        } finally {
            second.process().destroyForcibly();
        }
    }

    private String codeFromOutbox() throws Exception {
        Pattern code = Pattern.compile("^ +(\\d{6})\\s*$", Pattern.MULTILINE);
        for (int i = 0; i < 50; i++) {
            Path outbox = dataDir.resolve("outbox");
            if (Files.isDirectory(outbox)) {
                try (Stream<Path> files = Files.list(outbox)) {
                    for (Path f : files.toList()) {
                        Matcher m = code.matcher(Files.readString(f));
                        if (m.find()) {
                            return m.group(1);
                        }
                    }
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError("no code in the outbox");
    }
}
