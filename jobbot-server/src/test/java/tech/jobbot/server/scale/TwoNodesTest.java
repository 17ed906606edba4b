package tech.jobbot.server.scale;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.auth.RateLimit;
import tech.jobbot.sdk.account.CodeLimits;
import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.SignedIn;

/**
 * Two server nodes on one PostgreSQL: a session made on one works on the other, rate limits hold
 * across both, and background work (mail, events) runs once however the nodes race for it.
 */
@Tag("postgres")
class TwoNodesTest {
    @TempDir
    Path dataDir;

    private static String freshSchema() throws Exception {
        String url = System.getenv("JOBBOT_TEST_POSTGRES_URL");
        if (url == null) {
            throw new IllegalStateException("JOBBOT_TEST_POSTGRES_URL is not set");
        }
        String schema = "nodes_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    @Test
    void sessions_limits_and_background_work_are_shared_by_two_nodes() throws Exception {
        String url = freshSchema();
        Map<UUID, AtomicInteger> heard = new ConcurrentHashMap<>();
        // Both nodes share the database and the secrets (here: the key file in one data directory).
        java.util.function.UnaryOperator<tech.jobbot.sdk.Jobbot.Builder> node = builder -> builder
                .codeLimits(new CodeLimits(CodeLimits.DEFAULT.addressCooldown(), CodeLimits.DEFAULT.addressHourly(),
                        new RateLimit("client-hourly", 10_000, Duration.ofHours(1))))
                .eventListener(e -> heard.computeIfAbsent(e.id(), id -> new AtomicInteger()).incrementAndGet());
        try (TestServer a = TestServer.startOn(dataDir, url, node); TestServer b = TestServer.startOn(dataDir, url, node)) {
            SignedIn ada = a.signIn("ada.nodes@example.com");
            assertEquals(200, b.get("/api/v1/me", "Authorization", ada.bearer()).status(),
                    "a session made on node A works on node B");
            assertEquals(204, b.request("DELETE", "/api/v1/auth/sessions/current", null, "Authorization",
                    ada.bearer()).status());
            assertEquals(401, a.get("/api/v1/me", "Authorization", ada.bearer()).status(),
                    "signed out on B is signed out on A");

            assertEquals(202, a.post("/api/v1/auth/codes", "{\"email\":\"limit.nodes@example.com\"}").status());
            assertEquals(429, b.post("/api/v1/auth/codes", "{\"email\":\"limit.nodes@example.com\"}").status(),
                    "the address cooldown holds across nodes");

            // Twenty people change a consent, each an event; both nodes dispatch at the same moment.
            List<SignedIn> people = new ArrayList<>();
            for (int i = 0; i < 20; i++) {
                people.add((i % 2 == 0 ? a : b).signIn("person" + i + ".nodes@example.com"));
            }
            for (int i = 0; i < people.size(); i++) {
                (i % 2 == 0 ? b : a).request("PUT", "/api/v1/me/consents", "{\"analytics.usage\":true}",
                        "Authorization", people.get(i).bearer());
            }
            // Forty code mails queued through both nodes; then both deliver and dispatch at once.
            for (int i = 0; i < 40; i++) {
                (i % 2 == 0 ? a : b).post("/api/v1/auth/codes", "{\"email\":\"mail" + i + ".nodes@example.com\"}");
            }
            race(() -> a.jobbot.deliverMail() + a.jobbot.dispatchEvents(),
                    () -> b.jobbot.deliverMail() + b.jobbot.dispatchEvents());
            a.jobbot.deliverMail();
            b.jobbot.dispatchEvents();

            for (int i = 0; i < 40; i++) {
                String address = "mail" + i + ".nodes@example.com";
                assertEquals(1, mailsTo(address), "one mail to " + address + ", not one per node");
            }
            assertEquals(20, heard.values().stream().filter(n -> n.get() >= 1).count(), "every event heard");
            assertEquals(List.of(), heard.entrySet().stream().filter(e -> e.getValue().get() != 1)
                    .map(Map.Entry::getKey).toList(), "each event heard once across both nodes");
        }
    }

    private long mailsTo(String address) throws Exception {
        try (Stream<Path> files = Files.list(dataDir.resolve("outbox"))) {
            return files.filter(f -> f.toString().endsWith(".eml")).filter(f -> {
                try {
                    return Files.readString(f).contains("To: " + address);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).count();
        }
    }

    @SafeVarargs
    private static void race(Callable<Integer>... workers) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(workers.length);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Integer>> done = new ArrayList<>();
        for (Callable<Integer> w : workers) {
            done.add(pool.submit(() -> {
                start.await();
                return w.call();
            }));
        }
        start.countDown();
        for (Future<Integer> f : done) {
            f.get();
        }
        pool.shutdown();
    }
}
