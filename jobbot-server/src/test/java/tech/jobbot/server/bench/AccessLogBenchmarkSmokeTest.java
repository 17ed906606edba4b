package tech.jobbot.server.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import tech.jobbot.sdk.Jobbot;
import tech.jobbot.server.JobbotServer;

/** Keeps the access-log load script runnable: each measurement works once, briefly. */
class AccessLogBenchmarkSmokeTest {
    @Test
    void both_measurements_run() throws Exception {
        try (Jobbot jobbot = AccessLogBenchmark.jobbot(false)) {
            JobbotServer off = JobbotServer.start(jobbot, JobbotServer.Options.local(0).withoutAccessLog());
            try {
                double rate = AccessLogBenchmark.throughput(URI.create("http://127.0.0.1:" + off.port()
                        + "/api/v1/policies/current"), 2, Duration.ofMillis(300));
                assertTrue(rate > 0, "some requests were answered");
            } finally {
                off.close();
            }
            assertTrue(AccessLogBenchmark.ingestion(jobbot, 2_500) > 0);
        }
    }
}
