package tech.jobbot.sdk.audit;

import java.nio.file.Path;

import tech.jobbot.sdk.JobbotHarness;

class H2AuditLogTest extends AuditLogContract {
    @Override
    protected JobbotHarness harness(Path dataDir) {
        return JobbotHarness.start(dataDir);
    }
}
