package tech.jobbot.server.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.server.support.TestServer;

/** Keeps the load scripts runnable: each measurement works once, briefly (the numbers come from the scripts). */
class LoadHarnessSmokeTest {
    @TempDir
    Path dir;

    @Test
    void the_bare_ceiling_and_the_interview_turns_can_be_measured() throws Exception {
        List<LoadHarness.Level> bare = LoadHarness.bare(new int[] {2}, Duration.ofMillis(300));
        assertTrue(bare.get(0).requests() > 0);
        try (TestServer server = LoadHarness.h2(dir)) {
            List<LoadHarness.Level> turns = LoadHarness.turns(server, new int[] {2}, Duration.ofMillis(500));
            assertEquals(1, turns.size());
            assertTrue(turns.get(0).requests() > 0, "turns were answered with feedback");
            assertTrue(turns.get(0).p50() > 0);
            assertEquals(0, turns.get(0).errors(), "no turn refused at this load");
        }
    }

    @Test
    void the_soak_samples_throughput_heap_and_threads_without_errors() throws Exception {
        try (TestServer server = LoadHarness.h2(dir)) {
            List<Soak.Sample> samples = Soak.run(server, 2, Duration.ofSeconds(3), Duration.ofSeconds(1));
            assertEquals(3, samples.size(), "one line per interval");
            for (Soak.Sample sample : samples) {
                assertTrue(sample.perSecond() > 0, "turns answered in every interval");
                assertTrue(sample.heapAfterGcMb() > 0 && sample.threads() > 0);
                assertEquals(0, sample.errors());
            }
        }
    }
}
