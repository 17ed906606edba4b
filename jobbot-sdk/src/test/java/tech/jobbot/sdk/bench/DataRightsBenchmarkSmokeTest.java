package tech.jobbot.sdk.bench;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.adapters.persistence.Database;
import tech.jobbot.adapters.persistence.DatabaseSettings;
import tech.jobbot.domain.account.AccountId;

/** Keeps the data-rights load script runnable: each step works once at a small scale. */
class DataRightsBenchmarkSmokeTest {
    @TempDir
    Path dataDir;

    @Test
    void every_step_of_the_load_script_works() throws Exception {
        DataRightsBenchmark bench = new DataRightsBenchmark(Database.pool(DatabaseSettings.inMemory(
                "bench-smoke-" + UUID.randomUUID())), dataDir);
        try {
            AccountId person = bench.personWithInterviews(3);
            long[] export = bench.export(person, true);
            assertTrue(export[0] > 10_000, "a real export: " + export[0] + " bytes");
            bench.erase(person);
            long[] purge = bench.purgeExpiredEvents(2_500);
            assertEquals(2_500, purge[0], "every expired row, over several batches");
        } finally {
            bench.close();
        }
    }
}
