package tech.jobbot.sdk.staff;

import java.nio.file.Path;

import tech.jobbot.sdk.JobbotHarness;

class H2StaffTest extends StaffContract {
    @Override
    protected JobbotHarness harness(Path dataDir) {
        return JobbotHarness.start(dataDir);
    }
}
