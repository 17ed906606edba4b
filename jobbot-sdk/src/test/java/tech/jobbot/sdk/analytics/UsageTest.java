package tech.jobbot.sdk.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.analytics.PageView;
import tech.jobbot.domain.consent.ConsentMethod;
import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.domain.policy.PolicyDocument;
import tech.jobbot.ports.in.consent.ConsentContext;
import tech.jobbot.sdk.JobbotHarness;

/** Usage analytics are captured only while consent holds, and stop the moment it does not. */
class UsageTest {
    private static final ConsentContext SETTINGS = new ConsentContext(ConsentMethod.SETTINGS, Optional.empty(),
            Optional.empty());
    private static final Duration FIVE_SECONDS = Duration.ofSeconds(5);

    @TempDir
    Path dataDir;
    JobbotHarness h;
    AccountId me;

    @BeforeEach
    void start() {
        h = JobbotHarness.start(dataDir);
        me = h.signInFully(JobbotHarness.email("me@example.com")).account();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private boolean view(String page) {
        return h.jobbot.recordPageView(Optional.of(me), page, FIVE_SECONDS, false, false);
    }

    @Test
    void nothing_is_captured_without_consent_and_capture_stops_the_moment_it_is_withdrawn() {
        assertFalse(view("/jobs"), "off by default");
        h.jobbot.changeConsents(me, Map.of(PurposeKey.ANALYTICS_USAGE, true), SETTINGS);
        assertTrue(view("/interviews/0b7e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b"));
        h.jobbot.changeConsents(me, Map.of(PurposeKey.ANALYTICS_USAGE, false), SETTINGS);
        assertFalse(view("/jobs"), "withdrawn: nothing more");

        List<PageView> kept = h.jobbot.pageViews(me);
        assertEquals(1, kept.size());
        assertEquals("/interviews/:id", kept.get(0).page(), "no id is kept");
        assertEquals(FIVE_SECONDS, kept.get(0).dwell());
    }

    @Test
    void global_privacy_control_and_an_outdated_consent_stop_capture_too() {
        h.jobbot.changeConsents(me, Map.of(PurposeKey.ANALYTICS_USAGE, true), SETTINGS);
        assertFalse(h.jobbot.recordPageView(Optional.of(me), "/jobs", FIVE_SECONDS, true, true), "GPC wins");
        h.jobbot.publishPolicy(new PolicyDocument("GLOBAL", 2, LocalDate.ofInstant(h.clock.instant(), ZoneOffset.UTC),
                "Analytics change.", "Text.", Set.of(PurposeKey.ANALYTICS_USAGE)));
        assertFalse(view("/jobs"), "outdated: paused until asked again");
        h.jobbot.changeConsents(me, Map.of(PurposeKey.ANALYTICS_USAGE, true), SETTINGS);
        assertTrue(view("/jobs"));
        assertEquals(1, h.jobbot.pageViews(me).size());
    }

    @Test
    void a_visitor_is_measured_only_by_their_banner_answer_and_carries_no_account() {
        assertFalse(h.jobbot.recordPageView(Optional.empty(), "/privacy", FIVE_SECONDS, false, false));
        assertTrue(h.jobbot.recordPageView(Optional.empty(), "/privacy", FIVE_SECONDS, true, false));
        assertFalse(h.jobbot.recordPageView(Optional.empty(), "/privacy", FIVE_SECONDS, true, true));
        assertEquals(1, h.jobbot.pageViewCount("/privacy"));
        assertEquals(List.of(), h.jobbot.pageViews(me));
    }

    @Test
    void a_person_who_has_not_declared_their_age_or_a_supervised_minor_is_not_measured() {
        AccountId kid = h.signInUndeclared(JobbotHarness.email("kid@example.com")).account();
        assertFalse(h.jobbot.recordPageView(Optional.of(kid), "/jobs", FIVE_SECONDS, true, false),
                "undeclared: not even a banner answer counts for a signed-in person");
        h.jobbot.declareAge(kid, Optional.of(LocalDate.ofInstant(h.clock.instant(), ZoneOffset.UTC).minusYears(15)),
                "GLOBAL");
        assertFalse(h.jobbot.recordPageView(Optional.of(kid), "/jobs", FIVE_SECONDS, true, false),
                "the guardian has not consented");
        assertEquals(List.of(), h.jobbot.pageViews(kid));
    }
}
