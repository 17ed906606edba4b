package tech.jobbot.sdk.erasure;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;

import tech.jobbot.sdk.JobbotHarness;

@Tag("postgres")
class PostgresErasureTest extends ErasureContract {
    @Override
    protected JobbotHarness harness(Path dataDir) {
        return JobbotHarness.startOnPostgres(dataDir);
    }
}
