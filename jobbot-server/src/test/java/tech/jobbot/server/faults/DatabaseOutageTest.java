package tech.jobbot.server.faults;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.Response;
import tech.jobbot.server.support.TestServer.SignedIn;

/**
 * PostgreSQL goes away under the server and comes back: requests fail fast with 503 and
 * Retry-After (no hang, no pile-up), nothing acknowledged is lost, and the server recovers alone.
 */
@Tag("postgres")
class DatabaseOutageTest {
    @TempDir
    Path dataDir;

    @Test
    void requests_fail_fast_while_the_database_is_away_and_all_is_well_when_it_returns() throws Exception {
        String base = System.getenv("JOBBOT_TEST_POSTGRES_URL");
        if (base == null) {
            throw new IllegalStateException("JOBBOT_TEST_POSTGRES_URL is not set");
        }
        URI pg = URI.create(base.substring("jdbc:".length()));
        String schema = "outage_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(base); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        try (TcpProxy proxy = new TcpProxy(pg.getHost(), pg.getPort() < 0 ? 5432 : pg.getPort())) {
            String viaProxy = "jdbc:postgresql://127.0.0.1:" + proxy.port() + pg.getPath() + "?" + pg.getQuery()
                    + "&currentSchema=" + schema;
            try (TestServer server = TestServer.startOn(dataDir, viaProxy)) {
                SignedIn ada = server.signIn("ada.outage@example.com");
                assertEquals(201, server.post("/api/v1/jobs", "{\"title\":\"Acknowledged before\"}", "Authorization",
                        ada.bearer()).status());

                proxy.cut();
                ExecutorService clients = Executors.newFixedThreadPool(32);
                List<Future<Response>> during = new ArrayList<>();
                long start = System.nanoTime();
                for (int i = 0; i < 64; i++) {
                    int n = i;
                    during.add(clients.submit(() -> n % 2 == 0
                            ? server.get("/api/v1/jobs", "Authorization", ada.bearer())
                            : server.post("/api/v1/jobs", "{\"title\":\"Refused " + n + "\"}", "Authorization",
                                    ada.bearer())));
                }
                for (Future<Response> f : during) {
                    Response r = f.get();
                    assertEquals(503, r.status(), r.text());
                    assertTrue(r.header("Retry-After") != null, "says when to try again");
                }
                long seconds = (System.nanoTime() - start) / 1_000_000_000L;
                assertTrue(seconds < 20, "64 requests during the outage were all answered within " + seconds + " s");
                clients.shutdown();

                proxy.restore();
                Response after = null;
                for (int i = 0; i < 40 && (after == null || after.status() != 200); i++) {
                    Thread.sleep(250);
                    after = server.get("/api/v1/jobs", "Authorization", ada.bearer());
                }
                assertEquals(200, after.status(), "recovered by itself: " + after.text());
                var titles = after.json().get("jobs").findValuesAsText("title");
                assertEquals(List.of("Acknowledged before"), titles,
                        "the acknowledged job is there; none of the refused ones is");
            }
        }
    }
}
