package tech.jobbot.example.host;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.interview.Interview;

/** The example host runs an interview and an erasure through the SDK's published API, and checks both. */
class HrPlatformTest {
    @TempDir
    Path dir;

    /** The host's clock, which its own scheduler would follow. */
    static final class HostClock extends Clock {
        Instant now = Instant.parse("2026-11-29T09:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    @Test
    void an_employee_practises_and_after_leaving_is_erased_from_jobbot_and_from_the_mirror() {
        HostClock clock = new HostClock();
        try (HrPlatform hr = new HrPlatform(dir.resolve("hr"), dir.resolve("jobbot"), clock)) {
            hr.hire("e-1001", "Zoë Müller");
            AccountId account = hr.accountOf("e-1001");
            assertEquals(account, hr.accountOf("e-1001"), "the same platform id, the same account");
            assertNotEquals(account, hr.accountOf("e-1002"), "another employee, another account");

            Interview done = hr.practise("e-1001", "Data Analyst", "In my last role I rebuilt our weekly reporting in"
                    + " SQL and Python. I planned it, wrote the queries and trained two colleagues; the report now"
                    + " arrives two days sooner and the sales team uses it every Monday.");
            int overall = done.report().orElseThrow().overall();
            assertTrue(overall > 0, "a report with a score");
            assertEquals(java.util.Optional.of(overall), hr.mirroredScore("e-1001"), "mirrored from the event");
            assertTrue(hr.jobbot().profile(account).isPresent());

            hr.leave("e-1001");
            assertEquals(0, hr.housekeeping(), "nothing erased during the grace period");
            clock.now = clock.now.plus(Duration.ofDays(8));
            assertEquals(1, hr.housekeeping());
            assertTrue(hr.jobbot().profile(account).isEmpty(), "erased in Jobbot");
            assertTrue(hr.mirroredScore("e-1001").isEmpty(), "and forgotten by the platform, told by the event");
        }
    }

    @Test
    void the_host_uses_only_the_published_api_of_the_sdk() {
        var classes = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("tech.jobbot.example");
        assertTrue(classes.size() > 0);
        noClasses().should().dependOnClassesThat().resideInAnyPackage("tech.jobbot.adapters..", "tech.jobbot.server..")
                .because("a host needs only jobbot-sdk's API (Jobbot, its builder, the domain and port types)")
                .check(classes);
    }
}
