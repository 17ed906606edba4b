package tech.jobbot.sdk.incident;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.adapters.persistence.JdbiPersistence;
import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.incident.Affected;
import tech.jobbot.domain.incident.Incident;
import tech.jobbot.domain.incident.Incident.DeadlineClock.State;
import tech.jobbot.sdk.JobbotHarness;
import tech.jobbot.sdk.config.KeyFile;

/** Incident response: the 72-hour clock warns, and every affected person is notified once, in batches. */
class IncidentTest {
    @TempDir
    Path dataDir;
    JobbotHarness h;

    @BeforeEach
    void start() {
        h = JobbotHarness.start(dataDir);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private Incident register() {
        Instant now = h.clock.instant();
        return h.jobbot.incidents().register(now.minus(Duration.ofHours(2)), now, "A backup file was readable"
                + " from the internet", List.of("email addresses", "interview answers"), 10_000, 30_000,
                "Phishing with the addresses", "Access closed, file deleted, keys rotated", "privacy@jobbot.tech",
                "A misconfigured storage bucket", "Be wary of mails that ask for a code");
    }

    @Test
    void the_72_hour_clock_runs_warns_and_is_met_or_missed() {
        Incident late = register();
        Incident early = register();
        assertEquals(State.RUNNING, h.jobbot.incidents().clocks(late.id()).get(0).state());
        h.clock.advance(Duration.ofHours(48));
        assertEquals(State.WARNING, h.jobbot.incidents().clocks(late.id()).get(0).state(), "24 hours left");
        assertEquals(2, h.jobbot.incidents().warnings().size(), "shown to the security officer");
        h.jobbot.incidents().markReportedToAuthority(early.id());
        assertEquals(State.MET, h.jobbot.incidents().clocks(early.id()).get(0).state());
        h.clock.advance(Duration.ofHours(25));
        assertEquals(State.OVERDUE, h.jobbot.incidents().clocks(late.id()).get(0).state());
        assertEquals(1, h.jobbot.incidents().warnings().size(), "the reported one no longer warns");

        Map<String, Object> report = h.jobbot.incidents().authorityReport(early.id());
        for (String field : List.of("natureOfTheBreach", "categoriesOfPersonalData", "approximateNumberOfDataSubjects",
                "likelyConsequences", "measuresTakenOrProposed", "contactPoint", "submittedAt")) {
            assertTrue(report.containsKey(field), field);
        }
    }

    @Test
    void ten_thousand_affected_people_are_notified_through_the_outbox_in_batches_each_once_and_recorded() {
        JdbiPersistence direct = new JdbiPersistence(h.dataSource,
                KeyFile.loadOrCreate(dataDir.resolve("keys").resolve("jobbot.keys")), Clock.systemUTC());
        for (int i = 0; i < 10_000; i++) {
            direct.accounts().add(Account.registerByEmail(new AccountId(UUID.randomUUID()),
                    EmailAddress.parse("person" + i + "@example.com"), h.clock.instant()));
        }
        Incident incident = register();
        int pendingBefore = h.jobbot.pendingMail();
        assertEquals(4_000, h.jobbot.notifyIncident(incident.id(), new Affected.Everyone(), 4_000), "a round");
        assertEquals(4_000, h.jobbot.notifyIncident(incident.id(), new Affected.Everyone(), 4_000));
        assertEquals(2_000, h.jobbot.notifyIncident(incident.id(), new Affected.Everyone(), 4_000), "the rest");
        assertEquals(0, h.jobbot.notifyIncident(incident.id(), new Affected.Everyone(), 4_000), "nobody twice");
        assertEquals(10_000, h.jobbot.incidents().notifiedCount(incident.id()), "every one recorded");
        assertEquals(pendingBefore + 10_000, h.jobbot.pendingMail(), "one mail each, through the outbox");
    }

    @Test
    void only_the_people_the_query_selects_are_notified() {
        AccountId inWindow = h.signInFully(JobbotHarness.email("in@example.com")).account();
        h.clock.advance(Duration.ofDays(2));
        Instant from = h.clock.instant();
        AccountId later = h.signInFully(JobbotHarness.email("later@example.com")).account();
        Incident incident = register();
        assertEquals(1, h.jobbot.notifyIncident(incident.id(), new Affected.SignedInBetween(from,
                from.plus(Duration.ofHours(1))), 100));
        assertEquals(1, h.jobbot.messages(later).size());
        assertEquals(0, h.jobbot.messages(inWindow).stream().filter(m -> m.subject().contains("incident")).count());
    }
}
