package tech.jobbot.sdk.sharing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.consent.ConsentMethod;
import tech.jobbot.domain.consent.ConsentState;
import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.sharing.Disclosure;
import tech.jobbot.ports.in.consent.ConsentContext;
import tech.jobbot.ports.in.consent.PurposeConsent;
import tech.jobbot.ports.in.sharing.ShareReports.CreatedShare;
import tech.jobbot.ports.in.sharing.ShareReports.SharedReport;
import tech.jobbot.sdk.JobbotHarness;

/** Sharing a report with a named third party (policy §4): consent, expiry, revocation, disclosure records. */
class SharingTest {
    private static final ConsentContext SETTINGS = new ConsentContext(ConsentMethod.SETTINGS, Optional.empty(),
            Optional.empty());
    private static final PurposeKey ACME = PurposeKey.sharing("acme-recruiting");

    @TempDir
    Path dataDir;
    JobbotHarness h;
    AccountId me;
    Interview interview;

    @BeforeEach
    void start() {
        h = JobbotHarness.start(dataDir);
        me = h.signInFully(JobbotHarness.email("candidate@example.com")).account();
        interview = h.finishedInterview(me, "Data Analyst");
    }

    @AfterEach
    void stop() {
        h.close();
    }

    /** A sharing purpose is listed once the person decided on it; before, it is simply missing. */
    private ConsentState state(PurposeKey key) {
        return h.jobbot.consents(me).stream().filter(c -> c.purpose().key().equals(key)).findFirst()
                .map(PurposeConsent::state).orElse(new ConsentState.Missing());
    }

    @Test
    void sharing_records_the_consent_and_every_opening_is_a_recorded_disclosure() {
        assertInstanceOf(ConsentState.Missing.class, state(ACME), "no sharing before the person asks for it");
        CreatedShare created = h.jobbot.shareReport(me, interview.id(), "Acme Recruiting", Duration.ofDays(7),
                SETTINGS);
        assertEquals("acme-recruiting", created.share().partnerSlug());
        assertInstanceOf(ConsentState.Granted.class, state(ACME), "the share is the explicit consent");
        assertEquals(List.of(), h.jobbot.disclosures(me), "nothing disclosed until the link is opened");

        SharedReport seen = h.jobbot.openShare(created.token()).orElseThrow();
        assertEquals("Acme Recruiting", seen.recipient());
        assertEquals(interview.report().orElseThrow(), seen.report());
        h.clock.advance(Duration.ofHours(1));
        h.jobbot.openShare(created.token()).orElseThrow();

        List<Disclosure> disclosures = h.jobbot.disclosures(me);
        assertEquals(2, disclosures.size(), "each opening is a disclosure");
        assertEquals("Acme Recruiting", disclosures.get(0).recipient());
        assertTrue(disclosures.get(0).what().contains("Data Analyst"), disclosures.get(0).what());
        assertTrue(disclosures.get(1).at().isAfter(disclosures.get(0).at()));
    }

    @Test
    void a_revoked_link_stops_at_once_and_the_consent_is_withdrawn() {
        CreatedShare created = h.jobbot.shareReport(me, interview.id(), "Acme Recruiting", Duration.ofDays(7),
                SETTINGS);
        assertTrue(h.jobbot.revokeShare(me, created.share().id(), SETTINGS));
        assertEquals(Optional.empty(), h.jobbot.openShare(created.token()));
        assertInstanceOf(ConsentState.Withdrawn.class, state(ACME));
        assertTrue(h.jobbot.shares(me).get(0).revokedAt().isPresent());
        assertEquals(false, h.jobbot.revokeShare(me, created.share().id(), SETTINGS), "revoked once");
        assertEquals(List.of(), h.jobbot.disclosures(me));
    }

    @Test
    void a_link_expires_and_withdrawing_the_consent_closes_every_link_to_that_recipient() {
        CreatedShare week = h.jobbot.shareReport(me, interview.id(), "Acme Recruiting", Duration.ofDays(7), SETTINGS);
        CreatedShare hour = h.jobbot.shareReport(me, interview.id(), "Coach Zoë", Duration.ofHours(1), SETTINGS);
        h.clock.advance(Duration.ofHours(2));
        assertEquals(Optional.empty(), h.jobbot.openShare(hour.token()), "expired");
        assertTrue(h.jobbot.openShare(week.token()).isPresent());

        h.jobbot.changeConsents(me, Map.of(ACME, false), SETTINGS);
        assertEquals(Optional.empty(), h.jobbot.openShare(week.token()), "no consent, no disclosure");
        h.clock.advance(Duration.ofMinutes(1));
        CreatedShare again = h.jobbot.shareReport(me, interview.id(), "Acme Recruiting", Duration.ofDays(7), SETTINGS);
        assertTrue(h.jobbot.openShare(again.token()).isPresent(), "a new share, a new consent");
        assertEquals(Optional.empty(), h.jobbot.openShare(week.token()),
                "the link made before the withdrawal stays closed for good");
    }

    @Test
    void revoking_one_of_two_links_to_the_same_recipient_keeps_the_consent_for_the_other() {
        CreatedShare first = h.jobbot.shareReport(me, interview.id(), "Acme Recruiting", Duration.ofDays(7), SETTINGS);
        CreatedShare second = h.jobbot.shareReport(me, interview.id(), "Acme Recruiting", Duration.ofDays(7),
                SETTINGS);
        h.jobbot.revokeShare(me, first.share().id(), SETTINGS);
        assertEquals(Optional.empty(), h.jobbot.openShare(first.token()));
        assertTrue(h.jobbot.openShare(second.token()).isPresent());
        assertInstanceOf(ConsentState.Granted.class, state(ACME));
    }

    @Test
    void only_finished_interviews_of_ones_own_can_be_shared_and_forged_tokens_open_nothing() {
        AccountId other = h.signInFully(JobbotHarness.email("other@example.com")).account();
        assertThrows(IllegalArgumentException.class, () -> h.jobbot.shareReport(other, interview.id(), "Acme",
                Duration.ofDays(7), SETTINGS), "not the other person's interview");
        assertThrows(IllegalArgumentException.class, () -> h.jobbot.shareReport(me, interview.id(), "Acme",
                Duration.ofDays(365), SETTINGS), "at most 90 days");
        assertThrows(IllegalArgumentException.class, () -> h.jobbot.shareReport(me, interview.id(), "!!!",
                Duration.ofDays(7), SETTINGS), "a recipient needs a name");
        assertEquals(List.of(), h.jobbot.shares(me));
        assertInstanceOf(ConsentState.Missing.class, state(PurposeKey.sharing("acme")), "nothing was recorded");

        CreatedShare created = h.jobbot.shareReport(me, interview.id(), "Acme", Duration.ofDays(7), SETTINGS);
        String token = created.token();
        for (String forged : List.of("", "short", token.substring(1) + "A", token.toUpperCase(),
                token.substring(0, 42) + (token.endsWith("A") ? "B" : "A"))) {
            assertEquals(Optional.empty(), h.jobbot.openShare(forged), forged);
        }
        assertEquals(List.of(), h.jobbot.disclosures(me));
    }

    @Test
    void deleting_the_interview_deletes_its_shares_but_not_the_record_of_disclosures() {
        CreatedShare created = h.jobbot.shareReport(me, interview.id(), "Acme", Duration.ofDays(7), SETTINGS);
        h.jobbot.openShare(created.token()).orElseThrow();
        h.jobbot.deleteInterview(me, interview.id());
        assertEquals(Optional.empty(), h.jobbot.openShare(created.token()));
        assertEquals(List.of(), h.jobbot.shares(me));
        assertEquals(1, h.jobbot.disclosures(me).size(), "the record of what was disclosed stays");
    }
}
