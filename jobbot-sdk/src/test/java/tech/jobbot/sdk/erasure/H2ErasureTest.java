package tech.jobbot.sdk.erasure;

import java.nio.file.Path;

import tech.jobbot.sdk.JobbotHarness;

class H2ErasureTest extends ErasureContract {
    @Override
    protected JobbotHarness harness(Path dataDir) {
        return JobbotHarness.start(dataDir);
    }
}
