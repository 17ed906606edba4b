package tech.jobbot.sdk.retention;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.consent.ConsentMethod;
import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.retention.LegalHold;
import tech.jobbot.domain.retention.RetentionCategory;
import tech.jobbot.ports.in.consent.ConsentContext;
import tech.jobbot.ports.in.retention.LegalHoldException;
import tech.jobbot.ports.in.retention.ManageRetention.PurgeReport;
import tech.jobbot.ports.out.retention.RetentionStore.RetentionRun;
import tech.jobbot.sdk.JobbotHarness;

/** The purge job with a test clock: boundaries, holds, idempotence, concurrency, batches, audit. */
class RetentionTest {
    private static final ConsentContext SETTINGS = new ConsentContext(ConsentMethod.SETTINGS, Optional.empty(),
            Optional.empty());

    @TempDir
    Path dataDir;
    JobbotHarness h;

    @AfterEach
    void stop() {
        if (h != null) {
            h.close();
        }
    }

    private AccountId person(String email) {
        AccountId id = h.signInFully(JobbotHarness.email(email)).account();
        h.jobbot.changeConsents(id, java.util.Map.of(PurposeKey.ANALYTICS_USAGE, true), SETTINGS);
        return id;
    }

    private void views(AccountId person, int count) {
        for (int i = 0; i < count; i++) {
            assertTrue(h.jobbot.recordPageView(Optional.of(person), "/jobs", Duration.ofSeconds(1), false, false));
        }
    }

    @Test
    void data_goes_exactly_when_its_period_is_over_and_a_second_run_finds_nothing() {
        h = JobbotHarness.start(dataDir, b -> b.retention(RetentionCategory.PAGE_VIEWS, Duration.ofDays(10)));
        AccountId ada = person("ada@example.com");
        views(ada, 3);
        h.clock.advance(Duration.ofDays(10));
        assertEquals(0L, h.jobbot.purge().purged().get(RetentionCategory.PAGE_VIEWS), "at the boundary: kept");
        assertEquals(3, h.jobbot.pageViews(ada).size());
        h.clock.advance(Duration.ofSeconds(1));
        PurgeReport report = h.jobbot.purge();
        assertTrue(report.ran());
        assertEquals(3L, report.purged().get(RetentionCategory.PAGE_VIEWS), "one second later: gone");
        assertEquals(List.of(), h.jobbot.pageViews(ada));
        assertEquals(0L, h.jobbot.purge().purged().get(RetentionCategory.PAGE_VIEWS), "idempotent");

        List<RetentionRun> audit = h.jobbot.retentionRuns(100);
        assertEquals(3 * RetentionCategory.values().length, audit.size(), "one audit entry per category per run");
        assertTrue(audit.stream().anyMatch(r -> r.category() == RetentionCategory.PAGE_VIEWS && r.purged() == 3));
    }

    @Test
    void batches_are_bounded_and_together_take_everything_due() {
        h = JobbotHarness.start(dataDir, b -> b.retention(RetentionCategory.PAGE_VIEWS, Duration.ofDays(1))
                .purgeBatchSize(3));
        AccountId ada = person("ada@example.com");
        views(ada, 10);
        h.clock.advance(Duration.ofDays(2));
        assertEquals(10L, h.jobbot.purge().purged().get(RetentionCategory.PAGE_VIEWS), "four batches of at most 3");
    }

    @Test
    void a_legal_hold_wins_over_the_schedule_and_over_erasure_until_released() {
        h = JobbotHarness.start(dataDir, b -> b.retention(RetentionCategory.PAGE_VIEWS, Duration.ofDays(1)));
        AccountId held = person("held@example.com");
        AccountId free = person("free@example.com");
        views(held, 2);
        views(free, 2);
        LegalHold hold = h.jobbot.placeLegalHold(held, Optional.empty(), "Court order 2026/17", "privacy officer");
        h.jobbot.cancelAccount(held);
        h.clock.advance(Duration.ofDays(20));
        h.jobbot.purge();
        assertEquals(2, h.jobbot.pageViews(held).size(), "held: kept");
        assertEquals(List.of(), h.jobbot.pageViews(free));
        assertTrue(h.jobbot.profile(held).isPresent(), "held: not erased although its grace is over");

        assertTrue(h.jobbot.releaseLegalHold(hold.id()));
        assertFalse(h.jobbot.releaseLegalHold(hold.id()), "released once");
        h.jobbot.purge();
        assertTrue(h.jobbot.profile(held).isEmpty(), "released: erased at the next run");
    }

    @Test
    void a_hold_on_one_interview_keeps_that_one_and_owners_are_told_thirty_days_before() {
        h = JobbotHarness.start(dataDir, b -> b.retention(RetentionCategory.INTERVIEWS, Duration.ofDays(100)));
        AccountId ada = h.signInFully(JobbotHarness.email("ada@example.com")).account();
        Interview kept = h.finishedInterview(ada, "Data Analyst");
        h.finishedInterview(ada, "Registered Nurse");
        h.jobbot.placeLegalHold(ada, Optional.of(kept.id().value()), "Dispute about this report", "privacy officer");

        h.clock.advance(Duration.ofDays(69));
        assertEquals(0, h.jobbot.purge().interviewNotices(), "not yet 30 days before");
        h.clock.advance(Duration.ofDays(2));
        assertEquals(1, h.jobbot.purge().interviewNotices(), "one mail for the owner");
        assertEquals(0, h.jobbot.purge().interviewNotices(), "told once");
        h.deliverMail();
        assertTrue(h.mail.sentTo(JobbotHarness.email("ada@example.com")).stream()
                .anyMatch(m -> m.subject().equals("Old interview records will be deleted")));

        h.clock.advance(Duration.ofDays(29));
        assertEquals(0L, h.jobbot.purge().purged().get(RetentionCategory.INTERVIEWS),
                "not before 30 days after the notice");
        h.clock.advance(Duration.ofDays(1));
        assertEquals(1L, h.jobbot.purge().purged().get(RetentionCategory.INTERVIEWS));
        assertEquals(List.of(kept.id()), h.jobbot.interviews(ada).stream().map(Interview::id).toList(),
                "the held interview stays");
        assertThrows(LegalHoldException.class, () -> h.jobbot.deleteInterview(ada, kept.id()),
                "not even its owner deletes a held record");
        h.jobbot.cancelAccount(ada);
        h.clock.advance(Duration.ofDays(15));
        h.jobbot.purge();
        assertTrue(h.jobbot.profile(ada).isPresent(), "a hold on one record also stops the erasure");

        AccountId other = h.signInFully(JobbotHarness.email("other@example.com")).account();
        assertThrows(IllegalArgumentException.class, () -> h.jobbot.placeLegalHold(other,
                Optional.of(kept.id().value()), "Wrong person", "officer"), "a record of someone else");
    }

    @Test
    void concurrent_runs_do_the_work_once() throws Exception {
        h = JobbotHarness.start(dataDir, b -> b.retention(RetentionCategory.PAGE_VIEWS, Duration.ofDays(1))
                .purgeBatchSize(5));
        AccountId ada = person("ada@example.com");
        views(ada, 40);
        h.clock.advance(Duration.ofDays(2));
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<PurgeReport>> runs = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            runs.add(pool.submit(() -> {
                go.await();
                return h.jobbot.purge();
            }));
        }
        go.countDown();
        long purged = 0;
        for (Future<PurgeReport> run : runs) {
            purged += run.get().purged().getOrDefault(RetentionCategory.PAGE_VIEWS, 0L);
        }
        pool.shutdown();
        assertEquals(40, purged, "every row deleted by exactly one run");
        assertEquals(List.of(), h.jobbot.pageViews(ada));
    }
}
