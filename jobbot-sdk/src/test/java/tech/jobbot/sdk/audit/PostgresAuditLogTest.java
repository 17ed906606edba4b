package tech.jobbot.sdk.audit;

import java.nio.file.Path;

import org.junit.jupiter.api.Tag;

import tech.jobbot.sdk.JobbotHarness;

@Tag("postgres")
class PostgresAuditLogTest extends AuditLogContract {
    @Override
    protected JobbotHarness harness(Path dataDir) {
        return JobbotHarness.startOnPostgres(dataDir);
    }
}
