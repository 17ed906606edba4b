package tech.jobbot.server.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.server.support.TestServer;

/** Keeps the load harness runnable: both measurements work once, briefly (the numbers come from the script). */
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
        }
    }
}
