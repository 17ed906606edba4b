package tech.jobbot.sdk.staff;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;

import tech.jobbot.sdk.JobbotHarness;

@Tag("postgres")
class PostgresStaffTest extends StaffContract {
    @Override
    protected JobbotHarness harness(Path dataDir) {
        return JobbotHarness.startOnPostgres(dataDir);
    }
}
