package tech.jobbot.server.partner;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.sdk.event.PartnerService;
import tech.jobbot.server.JobbotServer;
import tech.jobbot.server.admin.AdminAuthenticator;
import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.Response;

/**
 * A partner platform: a key from an administrator, its subjects on the user API, and webhooks a
 * receiver verifies (signature, replay window, each event once) even when it fails twice first.
 */
class PartnerWebhookHttpTest {
    private static final String OPERATOR = "Bearer partner-test-operator-token";

    @TempDir
    Path dataDir;
    TestServer server;
    Receiver receiver;

    @BeforeEach
    void start() throws IOException {
        server = TestServer.startWith(dataDir, b -> b.cancellationGracePeriod(Duration.ofDays(1)).webhooksToLoopback(true),
                JobbotServer.Options.local(0).withAdminToken(HexFormat.of().formatHex(
                        AdminAuthenticator.sha256("partner-test-operator-token"))));
        receiver = new Receiver(() -> server.clock.instant());
    }

    @AfterEach
    void stop() {
        receiver.close();
        server.close();
    }

    /**
     * The receiver a partner would write: checks the signature over timestamp and body, refuses a
     * timestamp outside five minutes and a webhook id it has already processed; fails on purpose
     * for the first {@code failFirst} deliveries.
     */
    static final class Receiver implements AutoCloseable {
        final HttpServer http;
        final Set<String> processed = ConcurrentHashMap.newKeySet();
        final List<JsonNode> accepted = new CopyOnWriteArrayList<>();
        final AtomicInteger calls = new AtomicInteger();
        volatile String secret = "";
        volatile int failFirst = 2;
        volatile Map<String, String> lastHeaders = Map.of();
        volatile byte[] lastBody = new byte[0];

        Receiver(Supplier<Instant> now) throws IOException {
            http = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            http.createContext("/hook", exchange -> {
                byte[] body;
                try (InputStream in = exchange.getRequestBody()) {
                    body = in.readAllBytes();
                }
                String id = exchange.getRequestHeaders().getFirst("Jobbot-Webhook-Id");
                String ts = exchange.getRequestHeaders().getFirst("Jobbot-Webhook-Timestamp");
                String signature = exchange.getRequestHeaders().getFirst("Jobbot-Webhook-Signature");
                lastHeaders = Map.of("Jobbot-Webhook-Id", id, "Jobbot-Webhook-Timestamp", ts,
                        "Jobbot-Webhook-Signature", signature);
                lastBody = body;
                int status;
                String expected = "v1=" + PartnerService.sign(secret, Long.parseLong(ts),
                        new String(body, StandardCharsets.UTF_8));
                if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
                        signature.getBytes(StandardCharsets.US_ASCII))) {
                    status = 401;
                } else if (Math.abs(now.get().getEpochSecond() - Long.parseLong(ts)) > 300) {
                    status = 408;
                } else if (processed.contains(id)) {
                    status = 409;
                } else if (calls.incrementAndGet() <= failFirst) {
                    status = 500;
                } else {
                    processed.add(id);
                    accepted.add(new ObjectMapper().readTree(body));
                    status = 204;
                }
                exchange.sendResponseHeaders(status, -1);
                exchange.close();
            });
            http.start();
        }

        URI url() {
            return URI.create("http://127.0.0.1:" + http.getAddress().getPort() + "/hook");
        }

        int replay(Map<String, String> headers, byte[] body) throws Exception {
            HttpRequest.Builder r = HttpRequest.newBuilder(url()).POST(HttpRequest.BodyPublishers.ofByteArray(body));
            headers.forEach(r::header);
            return HttpClient.newHttpClient().send(r.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }

        @Override
        public void close() {
            http.stop(0);
        }
    }

    private String createKey(String name, String scopes, int rate) {
        Response created = server.post("/api/v1/admin/partner-keys", "{\"name\":\"" + name + "\",\"scopes\":" + scopes
                + ",\"requestsPerMinute\":" + rate + "}", "Authorization", OPERATOR);
        assertEquals(201, created.status(), created.text());
        return "Bearer " + created.json().get("token").asText();
    }

    private Response asSubject(String key, String subject, String method, String path, String json) {
        return server.request(method, path, json, "Authorization", key, PartnerAccess.SUBJECT_HEADER, subject);
    }

    @Test
    void a_partner_acts_for_its_subjects_and_its_receiver_gets_each_event_once_after_two_failures() throws Exception {
        String key = createKey("Acme HR", "[\"interviews\",\"profile\",\"data-rights\",\"webhooks\"]", 1000);
        Response hook = server.post("/api/v1/partner/webhooks", "{\"url\":\"" + receiver.url()
                + "\",\"events\":[\"interview.finished\",\"account.erased\"]}", "Authorization", key);
        assertEquals(201, hook.status(), hook.text());
        receiver.secret = hook.json().get("secret").asText();

        Response age = asSubject(key, "emp-7", "PUT", "/api/v1/me/age", "{\"adult\":true}");
        assertEquals(200, age.status(), age.text());
        String job = asSubject(key, "emp-7", "POST", "/api/v1/jobs", "{\"title\":\"Data Analyst\"}").json()
                .get("id").asText();
        JsonNode interview = asSubject(key, "emp-7", "POST", "/api/v1/interviews", "{\"jobId\":\"" + job + "\"}").json();
        String id = interview.get("id").asText();
        JsonNode next = interview.get("nextQuestion");
        while (next != null && !next.isNull()) {
            JsonNode answered = asSubject(key, "emp-7", "POST", "/api/v1/interviews/" + id + "/answers",
                    "{\"questionId\":\"" + next.get("id").asText() + "\",\"text\":\"I rebuilt our reporting in SQL"
                            + " and cut the run time from hours to minutes, which the sales team now uses weekly.\"}")
                    .json();
            next = answered.get("nextQuestion");
        }
        int overall = asSubject(key, "emp-7", "POST", "/api/v1/interviews/" + id + "/finish", null).json()
                .get("overall").asInt();

        server.jobbot.dispatchEvents();
        assertEquals(0, server.jobbot.deliverWebhooks(), "the receiver fails the first time");
        assertEquals(0, server.jobbot.deliverWebhooks(), "not due again before the backoff");
        server.clock.advance(Duration.ofSeconds(11));
        assertEquals(0, server.jobbot.deliverWebhooks(), "fails the second time");
        server.clock.advance(Duration.ofSeconds(21));
        assertEquals(1, server.jobbot.deliverWebhooks(), "delivered on the third attempt");
        // The receiver refuses a replay, a forged body and a stale timestamp.
        assertEquals(409, receiver.replay(receiver.lastHeaders, receiver.lastBody), "replayed");
        byte[] forged = new String(receiver.lastBody, StandardCharsets.UTF_8).replace("emp-7", "emp-8")
                .getBytes(StandardCharsets.UTF_8);
        assertEquals(401, receiver.replay(receiver.lastHeaders, forged), "forged");
        server.clock.advance(Duration.ofHours(2));
        server.jobbot.dispatchEvents();
        assertEquals(0, server.jobbot.deliverWebhooks(), "and never again");
        assertEquals(1, receiver.accepted.size());
        JsonNode event = receiver.accepted.get(0);
        assertEquals("interview.finished", event.get("type").asText());
        assertEquals("emp-7", event.get("subject").asText(), "the partner's own id, not Jobbot's namespace");
        assertEquals(id, event.get("interviewId").asText());
        assertEquals(overall, event.get("overall").asInt());

        JsonNode log = server.get("/api/v1/partner/webhooks/deliveries", "Authorization", key).json().get("deliveries");
        assertEquals("delivered", log.at("/0/state").asText(), log.toString());
        assertEquals(3, log.at("/0/attempts").asInt());

        server.clock.advance(Duration.ofMinutes(10));
        String staleId = "00000000-0000-0000-0000-000000000001";
        long staleTs = server.clock.instant().minus(Duration.ofMinutes(6)).getEpochSecond();
        String body = "{\"id\":\"" + staleId + "\"}";
        assertEquals(408, receiver.replay(Map.of("Jobbot-Webhook-Id", staleId, "Jobbot-Webhook-Timestamp",
                Long.toString(staleTs), "Jobbot-Webhook-Signature", "v1=" + PartnerService.sign(receiver.secret,
                        staleTs, body)), body.getBytes(StandardCharsets.UTF_8)), "outside the replay window");

        // The subject leaves: erased after the grace period, and the partner hears of it.
        assertEquals(202, asSubject(key, "emp-7", "DELETE", "/api/v1/me", null).status());
        server.clock.advance(Duration.ofDays(2));
        assertEquals(1, server.jobbot.eraseDueAccounts(10));
        server.jobbot.dispatchEvents();
        assertEquals(1, server.jobbot.deliverWebhooks());
        assertEquals("account.erased", receiver.accepted.get(1).get("type").asText());
        assertEquals("emp-7", receiver.accepted.get(1).get("subject").asText());
        try (var c = java.sql.DriverManager.getConnection(server.databaseUrl, "sa", "");
                var st = c.createStatement();
                var rs = st.executeQuery("SELECT COUNT(*) FROM webhook_deliveries WHERE payload LIKE '%emp-7%'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "once the erasure is delivered, no delivery says whom it was about");
        }
    }

    @Test
    void keys_are_scoped_revocable_rate_limited_and_partners_never_meet() {
        String acme = createKey("Acme HR", "[\"interviews\",\"profile\"]", 1000);
        String other = createKey("Other HR", "[\"interviews\",\"profile\"]", 1000);
        assertEquals(200, asSubject(acme, "emp-1", "PUT", "/api/v1/me/age", "{\"adult\":true}").status());
        assertEquals(201, asSubject(acme, "emp-1", "POST", "/api/v1/jobs", "{\"title\":\"Nurse\"}").status());
        assertEquals(1, asSubject(acme, "emp-1", "GET", "/api/v1/jobs", null).json().get("jobs").size());
        assertEquals(200, asSubject(other, "emp-1", "PUT", "/api/v1/me/age", "{\"adult\":true}").status());
        assertEquals(0, asSubject(other, "emp-1", "GET", "/api/v1/jobs", null).json().get("jobs").size(),
                "the same subject id at another partner is another person");

        assertEquals(403, asSubject(acme, "emp-1", "POST", "/api/v1/me/email", "{\"email\":\"x@example.com\"}")
                .status(), "a partner cannot give its subject an email to sign in with");
        Response noScope = asSubject(acme, "emp-1", "GET", "/api/v1/me/export", null);
        assertEquals(403, noScope.status(), "no data-rights scope");
        assertEquals(401, asSubject(acme, "emp-1", "GET", "/api/v1/admin/requests", null).status(),
                "a partner key is no admin credential");
        assertEquals(400, server.get("/api/v1/jobs", "Authorization", acme).status(), "no subject named");
        assertEquals(403, server.get("/api/v1/partner/webhooks", "Authorization", acme).status(), "no webhooks scope");

        String slow = createKey("Slow HR", "[\"interviews\"]", 3);
        for (int i = 0; i < 3; i++) {
            assertEquals(200, asSubject(slow, "emp-9", "GET", "/api/v1/jobs", null).status());
        }
        Response limited = asSubject(slow, "emp-9", "GET", "/api/v1/jobs", null);
        assertEquals(429, limited.status());
        assertTrue(limited.header("Retry-After") != null);

        String keyId = server.get("/api/v1/admin/partner-keys", "Authorization", OPERATOR).json().get("keys")
                .findValues("id").stream().filter(n -> true).findFirst().orElseThrow().asText();
        assertEquals(204, server.request("DELETE", "/api/v1/admin/partner-keys/" + keyId, null, "Authorization",
                OPERATOR).status());
        int unauthorized = 0;
        for (String k : List.of(acme, other, slow)) {
            if (asSubject(k, "emp-1", "GET", "/api/v1/jobs", null).status() == 401) {
                unauthorized++;
            }
        }
        assertEquals(1, unauthorized, "exactly the revoked key stops working");
        Response badKey = server.post("/api/v1/admin/partner-keys", "{\"name\":\"X\",\"scopes\":[\"everything\"]}",
                "Authorization", OPERATOR);
        assertEquals(400, badKey.status(), badKey.text());
    }
}
