package tech.jobbot.server.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;

import tech.jobbot.server.support.TestServer;

/**
 * The soak (a load script, not a timed test): interview turns at a steady concurrency for many
 * minutes, printing at each interval the throughput, the p99, the heap still in use after a full
 * collection and the live threads, so growth shows as a curve. Server and load share one JVM, so
 * the heap is both; the load's own share is bounded (one interval's latencies).
 */
public final class Soak {
    private Soak() {
    }

    /** One interval's figures. */
    record Sample(double minute, double perSecond, double p99Ms, double heapAfterGcMb, int threads, long errors) {
        String row() {
            return String.format(Locale.ROOT, "%6.1f min  %7.0f turns/s  p99 %7.1f ms  heap after GC %6.1f MB"
                    + "  %4d threads  %d errors", minute, perSecond, p99Ms, heapAfterGcMb, threads, errors);
        }
    }

    static List<Sample> run(TestServer server, int users, Duration length, Duration interval) throws Exception {
        List<LoadHarness.User> people = new ArrayList<>();
        for (int i = 0; i < users; i++) {
            people.add(new LoadHarness.User(server, "soak" + i + "@example.com"));
        }
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ConcurrentLinkedQueue<Long> latencies = new ConcurrentLinkedQueue<>();
        ConcurrentLinkedQueue<Exception> errors = new ConcurrentLinkedQueue<>();
        AtomicBoolean running = new AtomicBoolean(true);
        List<Sample> samples = new ArrayList<>();
        try (ExecutorService pool = Executors.newFixedThreadPool(users)) {
            List<Future<?>> workers = new ArrayList<>();
            for (LoadHarness.User person : people) {
                workers.add(pool.submit(() -> {
                    while (running.get()) {
                        try {
                            long took = person.turn();
                            if (took < 0) {
                                errors.add(new IllegalStateException("answered 503"));
                            } else {
                                latencies.add(took);
                            }
                        } catch (Exception e) {
                            errors.add(e);
                        }
                    }
                    return null;
                }));
            }
            long start = System.nanoTime();
            long errorsSeen = 0;
            // A line per interval, however long the collections between them take.
            long lines = Math.max(1, length.toMillis() / interval.toMillis());
            for (long line = 0; line < lines; line++) {
                long from = System.nanoTime();
                Thread.sleep(interval.toMillis());
                long[] window = drain(latencies);
                double seconds = (System.nanoTime() - from) / 1e9;
                System.gc();
                double heap = memory.getHeapMemoryUsage().getUsed() / 1048576.0;
                long errorCount = errors.size();
                Sample sample = new Sample((System.nanoTime() - start) / 60e9, window.length / seconds,
                        LoadHarness.pct(window, 0.99),
                        heap, threads.getThreadCount(), errorCount - errorsSeen);
                errorsSeen = errorCount;
                samples.add(sample);
                System.out.println(sample.row());
            }
            running.set(false);
            for (Future<?> w : workers) {
                w.get();
            }
        }
        if (!errors.isEmpty()) {
            System.out.println("first error: " + errors.peek());
        }
        return samples;
    }

    private static long[] drain(ConcurrentLinkedQueue<Long> queue) {
        List<Long> taken = new ArrayList<>();
        for (Long l = queue.poll(); l != null; l = queue.poll()) {
            taken.add(l);
        }
        return taken.stream().mapToLong(Long::longValue).sorted().toArray();
    }

    /** {@code minutes users interval-seconds}; on PostgreSQL when JOBBOT_BENCH_POSTGRES_URL is set, else H2. */
    public static void main(String[] args) throws Exception {
        Duration length = Duration.ofSeconds((long) (60 * Double.parseDouble(args.length > 0 ? args[0] : "10")));
        int users = args.length > 1 ? Integer.parseInt(args[1]) : 16;
        Duration interval = Duration.ofSeconds(args.length > 2 ? Long.parseLong(args[2]) : 30);
        Path dir = Files.createTempDirectory("jobbot-soak");
        String pg = System.getenv("JOBBOT_BENCH_POSTGRES_URL");
        System.out.println("soak: " + users + " users, " + length.toMinutes() + " min, on "
                + (pg == null || pg.isBlank() ? "H2" : "PostgreSQL") + ", max heap "
                + Runtime.getRuntime().maxMemory() / 1048576 + " MB");
        try (TestServer server = pg == null || pg.isBlank() ? LoadHarness.h2(dir.resolve("h2"))
                : LoadHarness.postgres(dir.resolve("pg"), pg)) {
            run(server, users, length, interval);
        }
    }
}
