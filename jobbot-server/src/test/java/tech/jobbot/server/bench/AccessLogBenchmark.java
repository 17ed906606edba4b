package tech.jobbot.server.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import tech.jobbot.sdk.Jobbot;
import tech.jobbot.server.JobbotServer;

/**
 * What the access log costs (a load script, not a timed test): request throughput of the same
 * server code with the access log on and off, alternating in one run, and the sustained rate at
 * which access records are written to the database. Run with {@code jobbot-server/bench-access-log.sh};
 * on PostgreSQL when {@code JOBBOT_BENCH_POSTGRES_URL} is set.
 */
public final class AccessLogBenchmark {
    private AccessLogBenchmark() {
    }

    /** Requests per second against one server, {@code clients} at a time, for {@code seconds}. */
    static double throughput(URI uri, int clients, Duration duration) throws Exception {
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong done = new AtomicLong();
        try (ExecutorService pool = Executors.newFixedThreadPool(clients)) {
            List<Future<?>> workers = new ArrayList<>();
            for (int i = 0; i < clients; i++) {
                workers.add(pool.submit(() -> {
                    HttpRequest req = HttpRequest.newBuilder(uri).GET().build();
                    while (running.get()) {
                        HttpResponse<Void> res = http.send(req, HttpResponse.BodyHandlers.discarding());
                        if (res.statusCode() != 200) {
                            throw new IllegalStateException("status " + res.statusCode());
                        }
                        done.incrementAndGet();
                    }
                    return null;
                }));
            }
            long start = System.nanoTime();
            Thread.sleep(duration.toMillis());
            running.set(false);
            for (Future<?> w : workers) {
                w.get();
            }
            return done.get() / ((System.nanoTime() - start) / 1e9);
        }
    }

    /** Access records written per second: {@code count} records queued, then flushed. */
    static double ingestion(Jobbot jobbot, int count) {
        long start = System.nanoTime();
        int written = 0;
        for (int i = 0; i < count; i++) {
            jobbot.logAccess("GET", "/api/v1/interviews/" + i, 200, 1_500, Optional.empty(),
                    Optional.of("203.0.113." + (i % 250)), Optional.of("Mozilla/5.0 (X11; Linux x86_64) Firefox/125.0"));
            if (i % 10_000 == 9_999) {
                written += jobbot.flushAccessLog();
            }
        }
        written += jobbot.flushAccessLog();
        if (written != count) {
            throw new IllegalStateException(written + " of " + count + " written");
        }
        return count / ((System.nanoTime() - start) / 1e9);
    }

    /** @param workers on for serving (the access log is written every second), off to measure ingestion alone */
    static Jobbot jobbot(boolean workers) throws Exception {
        Jobbot.Builder builder = Jobbot.builder().dataDirectory(Files.createTempDirectory("jobbot-bench"))
                .backgroundWorkers(workers);
        String url = System.getenv("JOBBOT_BENCH_POSTGRES_URL");
        if (url != null && !url.isBlank()) {
            String schema = "bench_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            builder.database(url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema, null, null);
        } else {
            builder.database("jdbc:h2:mem:bench-" + UUID.randomUUID()
                    + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1", "sa", "");
        }
        return builder.build();
    }

    /** Arguments: seconds per measurement (default 10), clients (default 16), records (default 200000). */
    public static void main(String[] args) throws Exception {
        Duration each = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 10);
        int clients = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        int records = args.length > 2 ? Integer.parseInt(args[2]) : 200_000;
        try (Jobbot jobbot = jobbot(true)) {
            JobbotServer on = JobbotServer.start(jobbot, JobbotServer.Options.local(0));
            JobbotServer off = JobbotServer.start(jobbot, JobbotServer.Options.local(0).withoutAccessLog());
            try {
                URI onUri = URI.create("http://127.0.0.1:" + on.port() + "/api/v1/policies/current");
                URI offUri = URI.create("http://127.0.0.1:" + off.port() + "/api/v1/policies/current");
                throughput(onUri, clients, Duration.ofSeconds(3)); // warm-up, both
                throughput(offUri, clients, Duration.ofSeconds(3));
                double onTotal = 0;
                double offTotal = 0;
                for (int round = 0; round < 2; round++) {
                    offTotal += throughput(offUri, clients, each);
                    onTotal += throughput(onUri, clients, each);
                }
                System.out.printf("throughput, %d clients, GET /api/v1/policies/current: access log off %.0f req/s,"
                        + " on %.0f req/s (%.1f%%)%n", clients, offTotal / 2, onTotal / 2,
                        100.0 * (onTotal - offTotal) / offTotal);
            } finally {
                on.close();
                off.close();
            }
        }
        try (Jobbot jobbot = jobbot(false)) {
            ingestion(jobbot, 20_000); // warm-up
            System.out.printf("access log ingestion: %,.0f records/s (%,d records, batches of 1,000)%n",
                    ingestion(jobbot, records), records);
        }
    }
}
