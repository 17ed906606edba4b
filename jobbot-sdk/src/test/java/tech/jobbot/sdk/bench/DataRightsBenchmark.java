package tech.jobbot.sdk.bench;

import java.io.OutputStream;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import com.zaxxer.hikari.HikariDataSource;

import tech.jobbot.adapters.persistence.Database;
import tech.jobbot.adapters.persistence.DatabaseSettings;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.ExternalSubject;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.interview.Question;
import tech.jobbot.domain.job.Job;
import tech.jobbot.ports.in.interview.InterviewOutcome;
import tech.jobbot.ports.in.job.JobCreation;
import tech.jobbot.ports.in.job.JobRequest;
import tech.jobbot.ports.in.retention.ManageRetention.PurgeReport;
import tech.jobbot.sdk.Jobbot;
import tech.jobbot.sdk.TestClock;

/**
 * Data rights at scale (a load script, not a timed test): the export of a person with many
 * interviews (time, and heap growth sampled while it streams), the erasure of that person, and the
 * purge of a million expired rate-limit events (the sign-in access records). Run it with
 * {@code jobbot-sdk/bench-data-rights.sh}; on PostgreSQL when {@code JOBBOT_BENCH_POSTGRES_URL} is set.
 */
public final class DataRightsBenchmark {
    private final Jobbot jobbot;
    private final TestClock clock;
    private final HikariDataSource dataSource;

    DataRightsBenchmark(HikariDataSource dataSource, Path dataDir) {
        this.dataSource = dataSource;
        this.clock = TestClock.atDefaultStart();
        this.jobbot = Jobbot.builder().dataSource(dataSource).dataDirectory(dataDir).clock(clock)
                .backgroundWorkers(false).build();
    }

    /** A person with {@code count} finished three-question interviews. */
    AccountId personWithInterviews(int count) {
        AccountId person = jobbot.accountFor(new ExternalSubject("bench|" + UUID.randomUUID()));
        jobbot.declareAge(person, Optional.empty(), "GLOBAL");
        Job job = ((JobCreation.Created) jobbot.createJob(person, JobRequest.ofTitle("Data Analyst"))).job();
        for (int i = 0; i < count; i++) {
            Interview interview = ((InterviewOutcome.Done) jobbot.startInterview(person, job.id(), 3)).interview();
            for (Question q : interview.questions()) {
                jobbot.answer(person, interview.id(), q.id(), "At Contoso I owned the weekly revenue dashboard. I"
                        + " wrote SQL against Snowflake, built a Tableau view and ran an A/B test; margin rose by 3.5"
                        + " percent in one quarter.", Optional.empty(), chunk -> { });
            }
            jobbot.finish(person, interview.id());
        }
        return person;
    }

    /**
     * Exports the person to nowhere; returns {bytes, millis, peak retained heap growth in bytes}.
     * With {@code measureHeap}, a sampler collects garbage every 50 ms while the export runs and
     * records the heap still in use: what the export holds, not what it churns through (the time of
     * that run is not representative; take it from a run without).
     */
    long[] export(AccountId person, boolean measureHeap) throws InterruptedException {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        System.gc();
        long baseline = memory.getHeapMemoryUsage().getUsed();
        AtomicLong peak = new AtomicLong(baseline);
        AtomicBoolean running = new AtomicBoolean(true);
        Thread sampler = Thread.ofPlatform().daemon().start(() -> {
            while (measureHeap && running.get()) {
                System.gc();
                peak.accumulateAndGet(memory.getHeapMemoryUsage().getUsed(), Math::max);
                try {
                    Thread.sleep(50);
                } catch (InterruptedException e) {
                    return;
                }
            }
        });
        AtomicLong bytes = new AtomicLong();
        long start = System.nanoTime();
        jobbot.exportData(person, new OutputStream() {
            @Override
            public void write(int b) {
                bytes.incrementAndGet();
            }

            @Override
            public void write(byte[] b, int off, int len) {
                bytes.addAndGet(len);
            }
        });
        long millis = (System.nanoTime() - start) / 1_000_000;
        running.set(false);
        sampler.join();
        return new long[] {bytes.get(), millis, peak.get() - baseline};
    }

    /** Cancels, lets the grace run out, erases; returns the erasure's millis. */
    long erase(AccountId person) {
        jobbot.cancelAccount(person);
        clock.advance(Duration.ofDays(15));
        long start = System.nanoTime();
        int erased = jobbot.eraseDueAccounts(10);
        if (erased != 1) {
            throw new IllegalStateException("expected one erasure, got " + erased);
        }
        return (System.nanoTime() - start) / 1_000_000;
    }

    /** Inserts {@code rows} expired rate-limit events in bulk, then times one purge; returns {purged, millis}. */
    long[] purgeExpiredEvents(int rows) throws Exception {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            boolean postgres = c.getMetaData().getDatabaseProductName().equals("PostgreSQL");
            String old = "TIMESTAMP WITH TIME ZONE '2020-01-01 00:00:00+00'";
            s.execute(postgres
                    ? "INSERT INTO rate_limit_events (limit_key, occurred_at) SELECT 'bench:' || g, " + old
                            + " FROM generate_series(1, " + rows + ") g"
                    : "INSERT INTO rate_limit_events (limit_key, occurred_at) SELECT 'bench:' || \"X\", " + old
                            + " FROM SYSTEM_RANGE(1, " + rows + ")");
        }
        long start = System.nanoTime();
        PurgeReport report = jobbot.purge();
        long millis = (System.nanoTime() - start) / 1_000_000;
        return new long[] {report.purged().get(tech.jobbot.domain.retention.RetentionCategory.RATE_LIMIT_EVENTS),
                millis};
    }

    void close() {
        jobbot.close();
        dataSource.close();
    }

    /** Arguments: interviews (default 1000), expired rows (default 1000000). */
    public static void main(String[] args) throws Exception {
        int interviews = args.length > 0 ? Integer.parseInt(args[0]) : 1_000;
        int rows = args.length > 1 ? Integer.parseInt(args[1]) : 1_000_000;
        String url = System.getenv("JOBBOT_BENCH_POSTGRES_URL");
        HikariDataSource dataSource;
        String engine;
        if (url != null && !url.isBlank()) {
            String schema = "bench_" + UUID.randomUUID().toString().replace("-", "");
            try (Connection c = java.sql.DriverManager.getConnection(url); Statement s = c.createStatement()) {
                s.execute("CREATE SCHEMA " + schema);
            }
            dataSource = Database.pool(new DatabaseSettings(url + (url.contains("?") ? "&" : "?") + "currentSchema="
                    + schema, null, null, 4));
            engine = "PostgreSQL";
        } else {
            dataSource = Database.pool(DatabaseSettings.inMemory("bench-" + UUID.randomUUID()));
            engine = "H2 (in memory)";
        }
        DataRightsBenchmark bench = new DataRightsBenchmark(dataSource, Files.createTempDirectory("jobbot-bench"));
        try {
            long t0 = System.nanoTime();
            AccountId small = bench.personWithInterviews(Math.max(1, interviews / 10));
            AccountId large = bench.personWithInterviews(interviews);
            System.out.printf("engine %s; %d + %d interviews created in %d s%n", engine, interviews / 10, interviews,
                    (System.nanoTime() - t0) / 1_000_000_000);
            bench.export(large, false); // warm-up
            long[] tenth = bench.export(small, false);
            long[] full = bench.export(large, false);
            long[] tenthHeap = bench.export(small, true);
            long[] fullHeap = bench.export(large, true);
            System.out.printf("export of %d interviews: %,d bytes in %d ms, peak retained heap growth %.1f MB%n",
                    interviews / 10, tenth[0], tenth[1], tenthHeap[2] / 1e6);
            System.out.printf("export of %d interviews: %,d bytes in %d ms, peak retained heap growth %.1f MB%n",
                    interviews, full[0], full[1], fullHeap[2] / 1e6);
            System.out.printf("erasure of the person with %d interviews: %d ms%n", interviews, bench.erase(large));
            long[] purge = bench.purgeExpiredEvents(rows);
            System.out.printf("purge of %,d expired rate-limit events: %,d rows in %d ms%n", rows, purge[0], purge[1]);
        } finally {
            bench.close();
        }
    }
}
