package tech.jobbot.sdk.policy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.Country;
import tech.jobbot.domain.account.Patch;
import tech.jobbot.domain.account.ProfileCorrection;
import tech.jobbot.domain.consent.ConsentChoice;
import tech.jobbot.domain.consent.ConsentMethod;
import tech.jobbot.domain.consent.ConsentRecord;
import tech.jobbot.domain.consent.ConsentState;
import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.domain.inbox.InboxMessage;
import tech.jobbot.domain.inbox.MessageKind;
import tech.jobbot.domain.mail.MailMessage;
import tech.jobbot.domain.policy.PolicyDocument;
import tech.jobbot.domain.policy.PolicyStatus;
import tech.jobbot.ports.in.consent.ConsentContext;
import tech.jobbot.ports.in.consent.PurposeConsent;
import tech.jobbot.sdk.JobbotHarness;

/** Publishing a policy version (policy §9): everyone affected is told, asked again, and processing waits. */
class PolicyPublicationTest {
    private static final ConsentContext SETTINGS = new ConsentContext(ConsentMethod.SETTINGS, Optional.empty(),
            Optional.empty());
    private static final ConsentContext BANNER = new ConsentContext(ConsentMethod.BANNER, Optional.of("203.0.113.7"),
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

    private LocalDate today() {
        return LocalDate.ofInstant(h.clock.instant(), ZoneOffset.UTC);
    }

    private PolicyDocument globalV2(LocalDate effective, PurposeKey... changed) {
        return new PolicyDocument("GLOBAL", 2, effective, "Analytics now measure page dwell time.",
                "The full text of version 2.", Set.of(changed));
    }

    private AccountId person(String email) {
        return h.signInFully(JobbotHarness.email(email)).account();
    }

    private void moveTo(AccountId id, String country) {
        h.jobbot.correctProfile(id, new ProfileCorrection(Patch.keep(), Patch.set(Country.parse(country)),
                Patch.keep()));
    }

    private List<MailMessage> policyMailTo(String email) {
        h.deliverMail();
        return h.mail.sentTo(JobbotHarness.email(email)).stream()
                .filter(m -> m.subject().startsWith("Our privacy policy changes")).toList();
    }

    private ConsentState stateOf(AccountId id, PurposeKey key) {
        return h.jobbot.consents(id).stream().filter(c -> c.purpose().key().equals(key)).findFirst()
                .map(PurposeConsent::state).orElseThrow();
    }

    @Test
    void every_affected_person_gets_one_message_and_one_mail_and_no_one_else_does() {
        h = JobbotHarness.start(dataDir);
        AccountId ada = person("ada@example.com");
        AccountId bo = person("bo@example.com");
        AccountId eu = person("eu@example.com");
        moveTo(eu, "DE");

        h.jobbot.publishPolicy(globalV2(today()));
        assertTrue(h.jobbot.notifyPolicyUpdates(1000) >= 3, "everyone was looked at");
        assertEquals(0, h.jobbot.notifyPolicyUpdates(1000), "then nothing is left to do");

        for (AccountId id : List.of(ada, bo)) {
            List<InboxMessage> inbox = h.jobbot.messages(id);
            assertEquals(1, inbox.size());
            assertEquals(MessageKind.POLICY_UPDATE, inbox.get(0).kind());
            assertTrue(inbox.get(0).body().contains("Analytics now measure page dwell time."), inbox.get(0).body());
            assertFalse(inbox.get(0).isRead());
        }
        assertEquals(1, policyMailTo("ada@example.com").size());
        assertEquals(1, policyMailTo("bo@example.com").size());
        assertEquals(List.of(), h.jobbot.messages(eu), "the GLOBAL policy does not govern an EU resident");
        assertEquals(List.of(), policyMailTo("eu@example.com"));
    }

    @Test
    void notification_goes_in_batches_and_resumes_without_telling_anyone_twice() {
        h = JobbotHarness.start(dataDir);
        for (int i = 0; i < 5; i++) {
            person("p" + i + "@example.com");
        }
        h.jobbot.publishPolicy(globalV2(today()));
        assertEquals(2, h.jobbot.notifyPolicyUpdates(2), "a round stops at its limit");
        assertEquals(2, h.deliverMail(), "two people told so far");
        assertEquals(2, h.jobbot.notifyPolicyUpdates(2));
        assertEquals(1, h.jobbot.notifyPolicyUpdates(2), "the last one");
        assertEquals(0, h.jobbot.notifyPolicyUpdates(2));
        h.deliverMail();
        for (int i = 0; i < 5; i++) {
            assertEquals(1, policyMailTo("p" + i + "@example.com").size(), "p" + i);
        }
    }

    @Test
    void a_banner_shows_until_the_new_version_is_acknowledged_and_the_acknowledgement_is_recorded() {
        h = JobbotHarness.start(dataDir);
        AccountId ada = person("ada@example.com");
        PolicyStatus before = h.jobbot.policyStatus(ada);
        assertEquals(1, before.acknowledgedVersion(), "the version in effect at sign-up counts as seen");
        assertFalse(before.needsAcknowledgement());

        h.jobbot.publishPolicy(globalV2(today()));
        PolicyStatus after = h.jobbot.policyStatus(ada);
        assertTrue(after.needsAcknowledgement());
        assertEquals(2, after.current().orElseThrow().version());
        assertThrows(IllegalArgumentException.class, () -> h.jobbot.acknowledgePolicy(ada, 1, BANNER),
                "only the version in effect can be acknowledged");

        PolicyStatus acknowledged = h.jobbot.acknowledgePolicy(ada, 2, BANNER);
        assertFalse(acknowledged.needsAcknowledgement());
        h.jobbot.acknowledgePolicy(ada, 2, BANNER);
        List<ConsentRecord> acks = h.jobbot.consentHistory(ada).stream()
                .filter(r -> r.choice() == ConsentChoice.ACKNOWLEDGED).toList();
        assertEquals(List.of(1, 2), acks.stream().map(ConsentRecord::policyVersion).toList(),
                "seen at sign-up, then acknowledged once: acknowledging again records nothing more");
        assertEquals(List.of(ConsentMethod.SIGN_UP, ConsentMethod.BANNER),
                acks.stream().map(ConsentRecord::method).toList());
        assertEquals(Optional.of("203.0.113.0"), acks.get(1).truncatedIp());

        AccountId newcomer = person("new@example.com");
        assertFalse(h.jobbot.policyStatus(newcomer).needsAcknowledgement(), "signed up under version 2");
    }

    @Test
    void a_changed_purpose_makes_old_consent_outdated_and_processing_waits_until_asked_again() {
        h = JobbotHarness.start(dataDir, b -> b.publicUrl(URI.create("https://jobbot.example")));
        AccountId ada = person("ada@example.com");
        h.jobbot.changeConsents(ada, Map.of(PurposeKey.MARKETING_EMAIL, true, PurposeKey.ANALYTICS_USAGE, true),
                SETTINGS);
        assertEquals(1, h.jobbot.sendMarketing("News", "Before the change."));

        LocalDate inAWeek = today().plusDays(7);
        h.jobbot.publishPolicy(globalV2(inAWeek, PurposeKey.MARKETING_EMAIL));
        assertInstanceOf(ConsentState.Granted.class, stateOf(ada, PurposeKey.MARKETING_EMAIL),
                "until the new version takes effect, the old terms hold");
        assertEquals(1, h.jobbot.sendMarketing("News", "Still before."));

        h.clock.advance(Duration.ofDays(7));
        assertInstanceOf(ConsentState.Outdated.class, stateOf(ada, PurposeKey.MARKETING_EMAIL));
        assertInstanceOf(ConsentState.Granted.class, stateOf(ada, PurposeKey.ANALYTICS_USAGE),
                "a purpose the version did not change keeps its consent");
        assertEquals(List.of(PurposeKey.MARKETING_EMAIL), h.jobbot.policyStatus(ada).askAgain());
        assertEquals(0, h.jobbot.sendMarketing("News", "After the change."), "paused until Ada answers");

        h.jobbot.changeConsents(ada, Map.of(PurposeKey.MARKETING_EMAIL, true), SETTINGS);
        assertInstanceOf(ConsentState.Granted.class, stateOf(ada, PurposeKey.MARKETING_EMAIL));
        assertEquals(List.of(), h.jobbot.policyStatus(ada).askAgain());
        ConsentRecord regrant = h.jobbot.consentHistory(ada).getLast();
        assertEquals(2, regrant.policyVersion(), "the new consent names the version it was given under");
        assertEquals(1, h.jobbot.sendMarketing("News", "Asked again and agreed."));
    }

    @Test
    void a_draft_that_is_not_the_next_version_or_is_backdated_is_refused_and_nothing_is_published() {
        h = JobbotHarness.start(dataDir);
        person("ada@example.com");
        assertThrows(IllegalArgumentException.class, () -> h.jobbot.publishPolicy(
                new PolicyDocument("GLOBAL", 3, today(), "Skips two.", "Text.")));
        assertThrows(IllegalArgumentException.class, () -> h.jobbot.publishPolicy(
                new PolicyDocument("GLOBAL", 1, today(), "Again one.", "Text.")));
        assertThrows(IllegalArgumentException.class, () -> h.jobbot.publishPolicy(
                new PolicyDocument("GLOBAL", 2, today().minusDays(1), "Backdated.", "Text.")));
        assertEquals(1, h.jobbot.policyVersions("GLOBAL").size());
        assertEquals(0, h.jobbot.notifyPolicyUpdates(100));

        h.jobbot.publishPolicy(new PolicyDocument("EU", 1, today(), "The first EU policy.", "EU text."));
        assertEquals(1, h.jobbot.currentPolicy("EU").orElseThrow().version(), "a region gets its first policy");
    }

    @Test
    void a_marketing_campaign_sent_twice_is_queued_once() {
        h = JobbotHarness.start(dataDir, b -> b.publicUrl(URI.create("https://jobbot.example")));
        AccountId ada = person("ada@example.com");
        h.jobbot.changeConsents(ada, Map.of(PurposeKey.MARKETING_EMAIL, true), SETTINGS);
        assertEquals(1, h.jobbot.sendMarketing("2026-12-news", "News", "Once."));
        assertEquals(1, h.jobbot.sendMarketing("2026-12-news", "News", "Once."), "the retry reports the first count");
        h.deliverMail();
        assertEquals(1, h.mail.sentTo(JobbotHarness.email("ada@example.com")).stream()
                .filter(m -> m.subject().equals("News")).count());
        assertThrows(IllegalArgumentException.class, () -> h.jobbot.sendMarketing("no spaces", "News", "x"));
    }
}
