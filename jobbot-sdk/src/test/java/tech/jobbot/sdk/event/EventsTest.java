package tech.jobbot.sdk.event;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.ExternalSubject;
import tech.jobbot.domain.consent.ConsentMethod;
import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.domain.event.JobbotEvent;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.ports.in.consent.ConsentContext;
import tech.jobbot.sdk.JobbotHarness;

/** The host hears of finished interviews, consent changes and erasures, once each, with its own subject ids. */
class EventsTest {
    @TempDir
    Path dataDir;
    JobbotHarness h;
    final List<JobbotEvent> heard = new CopyOnWriteArrayList<>();
    int failures;

    @BeforeEach
    void start() {
        h = JobbotHarness.start(dataDir, b -> b
                .eventListener(event -> {
                    failures++;
                    throw new IllegalStateException("a broken listener must not stop the others");
                })
                .eventListener(heard::add)
                .cancellationGracePeriod(Duration.ofDays(1)));
    }

    @AfterEach
    void stop() {
        h.close();
    }

    @Test
    void a_platform_subject_hears_its_interview_its_consent_and_its_erasure_once_each() {
        AccountId person = h.jobbot.accountFor(new ExternalSubject("acme|user-42"));
        h.jobbot.declareAge(person, Optional.empty(), "GLOBAL");
        Interview finished = h.finishedInterview(person, "Data Analyst");
        h.jobbot.finish(person, finished.id());
        h.jobbot.changeConsents(person, Map.of(PurposeKey.ANALYTICS_USAGE, true),
                new ConsentContext(ConsentMethod.SETTINGS, Optional.empty(), Optional.empty()));
        assertTrue(heard.isEmpty(), "nothing before dispatch: events wait in the outbox");

        assertEquals(2, h.jobbot.dispatchEvents());
        assertEquals(0, h.jobbot.dispatchEvents(), "each event once");
        var interview = assertInstanceOf(JobbotEvent.InterviewFinished.class, heard.get(0));
        assertEquals(finished.id().value(), interview.interview());
        assertEquals(Optional.of("acme|user-42"), interview.externalSubject());
        assertTrue(interview.overall() > 0);
        var consent = assertInstanceOf(JobbotEvent.ConsentChanged.class, heard.get(1));
        assertEquals("analytics.usage", consent.purpose());
        assertEquals("granted", consent.choice());
        assertEquals(2, failures, "the broken listener was offered each event once");

        h.jobbot.cancelAccount(person);
        h.clock.advance(Duration.ofDays(2));
        assertEquals(1, h.jobbot.eraseDueAccounts(10));
        h.jobbot.dispatchEvents();
        var erased = assertInstanceOf(JobbotEvent.AccountErased.class, heard.getLast());
        assertEquals(person, erased.account());
        assertEquals(Optional.of("acme|user-42"), erased.externalSubject(),
                "the platform's id is kept in the event: the account is gone by now");
    }
}
