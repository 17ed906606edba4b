package tech.jobbot.server.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.helidon.webserver.WebServer;

import tech.jobbot.domain.auth.RateLimit;
import tech.jobbot.sdk.account.CodeLimits;
import tech.jobbot.server.support.TestServer;

/**
 * The load harness (a load script, not a timed test): interview turns (submit an answer, get its
 * feedback) at rising concurrency against the server on H2 and, when {@code JOBBOT_BENCH_POSTGRES_URL}
 * is set, on PostgreSQL, with a bare Helidon JSON endpoint measured in the same run as the ceiling.
 * Prints throughput and p50/p99/p99.9 latency per level and the ratio to the bare endpoint.
 * Run with {@code jobbot-server/bench-load.sh [seconds-per-level] [levels...]}.
 */
public final class LoadHarness {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ANSWER = "{\"questionId\":\"%s\",\"text\":\"At my last job I owned the weekly revenue"
            + " report. I rebuilt it in SQL and Python, cut the run time from four hours to ten minutes, and presented"
            + " the findings to the sales director, which led to a 12%% increase in qualified leads.\"}";

    private LoadHarness() {
    }

    /** One level's result. */
    record Level(int users, long requests, double perSecond, double p50, double p99, double p999, long errors) {
        String row(String label, double ceiling) {
            return String.format(Locale.ROOT, "%-22s %5d users  %8.0f req/s  p50 %6.1f ms  p99 %6.1f ms  p99.9 %6.1f ms%s%s",
                    label, users, perSecond, p50, p99, p999,
                    ceiling > 0 ? String.format(Locale.ROOT, "  (%.0f%% of bare)", 100 * perSecond / ceiling) : "",
                    errors > 0 ? "  " + errors + " answered 503" : "");
        }
    }

    /** A simulated person: a session and an interview in progress, answered question by question. */
    static final class User {
        final TestServer server;
        final String bearer;
        final String job;
        String interview;
        String next;

        User(TestServer server, String email) throws Exception {
            this.server = server;
            this.bearer = server.signIn(email).bearer();
            this.job = JSON.readTree(server.post("/api/v1/jobs", "{\"title\":\"Data Analyst\"}", "Authorization",
                    bearer).text()).get("id").asText();
            start();
        }

        void start() throws Exception {
            JsonNode created = JSON.readTree(server.post("/api/v1/interviews", "{\"jobId\":\"" + job
                    + "\",\"questionCount\":12}", "Authorization", bearer).text());
            interview = created.get("id").asText();
            next = created.at("/nextQuestion/id").asText();
        }

        /**
         * One turn: the answer and its feedback; returns the latency in nanoseconds, negated when
         * the server answered 503 (overloaded: counted, and the same question is answered again).
         */
        long turn() throws Exception {
            long start = System.nanoTime();
            TestServer.Response r = server.post("/api/v1/interviews/" + interview + "/answers",
                    String.format(ANSWER, next), "Authorization", bearer);
            long took = System.nanoTime() - start;
            if (r.status() == 503) {
                return -took;
            }
            if (r.status() != 200) {
                throw new IllegalStateException("answer: " + r.status() + " " + r.text());
            }
            JsonNode nextQuestion = JSON.readTree(r.text()).get("nextQuestion");
            if (nextQuestion == null || nextQuestion.isNull()) {
                start();
            } else {
                next = nextQuestion.get("id").asText();
            }
            return took;
        }
    }

    interface Work {
        long run(int worker) throws Exception;
    }

    static Level measure(int users, Duration duration, Work work) throws Exception {
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicLong errors = new AtomicLong();
        List<long[]> samples = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(users)) {
            List<Future<long[]>> workers = new ArrayList<>();
            for (int i = 0; i < users; i++) {
                int worker = i;
                workers.add(pool.submit(() -> {
                    long[] lat = new long[1 << 16];
                    int n = 0;
                    while (running.get()) {
                        long t = work.run(worker);
                        if (t < 0) {
                            errors.incrementAndGet();
                            continue;
                        }
                        if (n == lat.length) {
                            lat = Arrays.copyOf(lat, n * 2);
                        }
                        lat[n++] = t;
                    }
                    return Arrays.copyOf(lat, n);
                }));
            }
            long start = System.nanoTime();
            Thread.sleep(duration.toMillis());
            running.set(false);
            for (Future<long[]> w : workers) {
                samples.add(w.get());
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            long[] all = samples.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Level(users, all.length, all.length / seconds, pct(all, 0.50), pct(all, 0.99), pct(all, 0.999),
                    errors.get());
        }
    }

    /** The q-quantile of sorted nanoseconds, in milliseconds. */
    static double pct(long[] sorted, double q) {
        return sorted.length == 0 ? 0 : sorted[Math.min(sorted.length - 1, (int) (q * sorted.length))] / 1e6;
    }

    static List<Level> bare(int[] levels, Duration duration) throws Exception {
        WebServer bare = WebServer.builder().port(0).host("127.0.0.1")
                .routing(r -> r.get("/bare", (req, res) -> {
                    res.header("Content-Type", "application/json");
                    res.send("{\"ok\":true}");
                })).build().start();
        try {
            HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
            HttpRequest req = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + bare.port() + "/bare")).GET().build();
            List<Level> result = new ArrayList<>();
            for (int users : levels) {
                result.add(measure(users, duration, w -> {
                    long start = System.nanoTime();
                    http.send(req, HttpResponse.BodyHandlers.discarding());
                    return System.nanoTime() - start;
                }));
            }
            return result;
        } finally {
            bare.stop();
        }
    }

    static List<Level> turns(TestServer server, int[] levels, Duration duration) throws Exception {
        int most = Arrays.stream(levels).max().orElse(1);
        List<User> users = new ArrayList<>();
        for (int i = 0; i < most; i++) {
            users.add(new User(server, "load" + i + "@example.com"));
        }
        measure(Math.min(8, most), Duration.ofSeconds(2), w -> users.get(w).turn()); // warm-up
        List<Level> result = new ArrayList<>();
        for (int level : levels) {
            result.add(measure(level, duration, w -> users.get(w).turn()));
        }
        return result;
    }

    static TestServer h2(Path dir) {
        return TestServer.start(dir, generous());
    }

    /** The server on a new schema of the PostgreSQL database at {@code url}. */
    static TestServer postgres(Path dir, String url) throws java.sql.SQLException {
        String schema = "load_" + Long.toHexString(System.nanoTime());
        try (var c = java.sql.DriverManager.getConnection(url); var s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        String inSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return TestServer.startOn(dir, inSchema, b -> b.codeLimits(generous()));
    }

    static CodeLimits generous() {
        return new CodeLimits(CodeLimits.DEFAULT.addressCooldown(), CodeLimits.DEFAULT.addressHourly(),
                new RateLimit("client-hourly", 1_000_000, Duration.ofHours(1)));
    }

    public static void main(String[] args) throws Exception {
        Duration duration = Duration.ofSeconds(args.length > 0 ? Long.parseLong(args[0]) : 10);
        int[] levels = args.length > 1 ? Arrays.stream(args).skip(1).mapToInt(Integer::parseInt).toArray()
                : new int[] {1, 8, 32, 64};
        List<Level> ceiling = bare(levels, duration);
        System.out.println("interview turns (answer + feedback), " + duration.toSeconds() + " s per level");
        for (int i = 0; i < levels.length; i++) {
            System.out.println(ceiling.get(i).row("bare Helidon endpoint", 0));
        }
        Path dir = Files.createTempDirectory("jobbot-load");
        try (TestServer server = h2(dir.resolve("h2"))) {
            List<Level> h2 = turns(server, levels, duration);
            for (int i = 0; i < levels.length; i++) {
                System.out.println(h2.get(i).row("turns on H2", ceiling.get(i).perSecond()));
            }
        }
        String pg = System.getenv("JOBBOT_BENCH_POSTGRES_URL");
        if (pg != null && !pg.isBlank()) {
            try (TestServer server = postgres(dir.resolve("pg"), pg)) {
                List<Level> onPg = turns(server, levels, duration);
                for (int i = 0; i < levels.length; i++) {
                    System.out.println(onPg.get(i).row("turns on PostgreSQL", ceiling.get(i).perSecond()));
                }
            }
        }
    }
}
