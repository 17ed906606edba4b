package tech.jobbot.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.analytics.PageView;
import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.domain.inbox.InboxMessage;
import tech.jobbot.domain.inbox.MessageKind;
import tech.jobbot.domain.interview.Competency;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.interview.InterviewId;
import tech.jobbot.domain.interview.QuestionDraft;
import tech.jobbot.domain.interview.QuestionKind;
import tech.jobbot.domain.job.JobId;
import tech.jobbot.domain.policy.PolicyDocument;
import tech.jobbot.domain.sharing.Disclosure;
import tech.jobbot.domain.sharing.ReportShare;
import tech.jobbot.ports.out.JobbotException;
import tech.jobbot.ports.out.policy.PublishedPolicies.Notification;

/** The inbox, published policies, mailing campaigns and report shares, on each database. */
abstract class CommunicationsContract extends PersistenceContract {
    private AccountId owner;
    private AccountId stranger;

    @BeforeEach
    void people() {
        owner = account("owner@example.com");
        stranger = account("stranger@example.com");
    }

    private AccountId account(String email) {
        AccountId id = new AccountId(UUID.randomUUID());
        persistence.accounts().add(Account.registerByEmail(id, EmailAddress.parse(email), clock.instant()));
        return id;
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void inbox_messages_are_posted_once_per_key_sealed_listed_newest_first_and_read_by_their_recipient_only()
            throws SQLException {
        InboxMessage first = InboxMessage.unread(owner, MessageKind.POLICY_UPDATE, "Policy v2",
                "A very private body.", clock.instant());
        assertTrue(persistence.inbox().post(first, "policy:GLOBAL:2"));
        assertFalse(persistence.inbox().post(InboxMessage.unread(owner, MessageKind.POLICY_UPDATE, "Policy v2",
                "Again.", clock.instant()), "policy:GLOBAL:2"), "the same key posts nothing twice");
        assertTrue(persistence.inbox().post(InboxMessage.unread(stranger, MessageKind.POLICY_UPDATE, "Policy v2",
                "Theirs.", clock.instant()), "policy:GLOBAL:2"), "keys are per recipient");
        clock.advance(Duration.ofSeconds(1));
        InboxMessage second = InboxMessage.unread(owner, MessageKind.SECURITY_NOTICE, "Sign-in", "New device.",
                clock.instant());
        persistence.inbox().post(second, "message:" + second.id());

        assertEquals(List.of(second, first), persistence.inbox().messages(owner));
        assertEquals(List.of(), columnsContaining("A very private body."), "sealed at rest");
        assertFalse(persistence.inbox().markRead(stranger, first.id(), clock.instant()));
        assertTrue(persistence.inbox().markRead(owner, first.id(), clock.instant()));
        assertFalse(persistence.inbox().markRead(owner, first.id(), clock.instant()));
        assertEquals(Optional.of(clock.instant()), persistence.inbox().messages(owner).get(1).readAt());
        execute("DELETE FROM accounts WHERE id = '" + owner.value() + "'");
        assertEquals(List.of(), persistence.inbox().messages(owner), "deleted with the account");
    }

    @Test
    void a_published_policy_round_trips_once_and_its_notification_cursor_moves_to_the_end() {
        PolicyDocument v2 = new PolicyDocument("GLOBAL", 2, LocalDate.parse("2026-12-01"), "Summary.",
                "Text ".repeat(10_000), Set.of(PurposeKey.ANALYTICS_USAGE, PurposeKey.sharing("acme")));
        persistence.publishedPolicies().publish(v2, clock.instant());
        assertEquals(List.of(v2), persistence.publishedPolicies().all());
        JobbotException twice = assertThrows(JobbotException.class,
                () -> persistence.publishedPolicies().publish(v2, clock.instant()));
        assertFalse(twice.retryable(), "a second publication of the same version is no passing failure");

        assertEquals(List.of(new Notification("GLOBAL", 2, Optional.empty())),
                persistence.publishedPolicies().unfinishedNotifications());
        persistence.publishedPolicies().notificationProgress("GLOBAL", 2, Optional.empty(), Optional.empty());
        assertEquals(List.of(new Notification("GLOBAL", 2, Optional.empty())),
                persistence.publishedPolicies().unfinishedNotifications(), "no progress is progress too");
        persistence.publishedPolicies().notificationProgress("GLOBAL", 2, Optional.of(owner), Optional.empty());
        assertEquals(List.of(new Notification("GLOBAL", 2, Optional.of(owner))),
                persistence.publishedPolicies().unfinishedNotifications());
        persistence.publishedPolicies().notificationProgress("GLOBAL", 2, Optional.of(stranger),
                Optional.of(clock.instant()));
        assertEquals(List.of(), persistence.publishedPolicies().unfinishedNotifications());
    }

    @Test
    void page_views_are_kept_per_person_and_counted_per_page_and_go_with_the_account() throws SQLException {
        PageView mine = new PageView(UUID.randomUUID(), Optional.of(owner), "/jobs/:id", Duration.ofMillis(5300),
                clock.instant());
        persistence.pageViews().record(mine);
        persistence.pageViews().record(new PageView(UUID.randomUUID(), Optional.empty(), "/jobs/:id",
                Duration.ZERO, clock.instant()));
        assertEquals(List.of(mine), persistence.pageViews().of(owner));
        assertEquals(List.of(), persistence.pageViews().of(stranger));
        assertEquals(2, persistence.pageViews().count("/jobs/:id"));
        execute("DELETE FROM accounts WHERE id = '" + owner.value() + "'");
        assertEquals(1, persistence.pageViews().count("/jobs/:id"), "the anonymous view stays, the person's is gone");
    }

    @Test
    void a_campaign_id_is_claimed_once_and_remembers_its_count() {
        assertEquals(OptionalInt.empty(), persistence.mailingCampaigns().claim("dec-news", clock.instant()));
        persistence.mailingCampaigns().queued("dec-news", 42);
        assertEquals(OptionalInt.of(42), persistence.mailingCampaigns().claim("dec-news", clock.instant()));
    }

    @Test
    void shares_are_found_by_token_digest_revoked_once_and_their_disclosures_kept_sealed() throws SQLException {
        Interview interview = Interview.start(new InterviewId(UUID.randomUUID()), owner, new JobId(UUID.randomUUID()),
                JobRepositoryContract.profile("ER Nurse"), List.of(
                        new QuestionDraft("Why emergency care?", QuestionKind.MOTIVATIONAL, Competency.MOTIVATION,
                                List.of(), "ER Nurse"),
                        new QuestionDraft("Tell me about triage.", QuestionKind.BEHAVIORAL, Competency.ROLE_EXPERTISE,
                                List.of(), "Triage"),
                        new QuestionDraft("A hard patient?", QuestionKind.SITUATIONAL, Competency.COMMUNICATION,
                                List.of(), "Patients")), clock.instant());
        persistence.interviews().add(interview);
        ReportShare share = ReportShare.create(owner, interview.id(), "Secret Recruiter Ltd", Duration.ofDays(7),
                clock.instant());
        persistence.reportShares().add(share, "digest-of-the-token");

        assertEquals(Optional.of(share), persistence.reportShares().findByTokenDigest("digest-of-the-token"));
        assertEquals(Optional.empty(), persistence.reportShares().findByTokenDigest("another"));
        assertEquals(List.of(share), persistence.reportShares().shares(owner));
        assertEquals(List.of(), persistence.reportShares().shares(stranger));

        Disclosure disclosure = new Disclosure(UUID.randomUUID(), share.id(), owner, share.recipient(),
                "the report of your interview for ER Nurse", clock.instant());
        persistence.reportShares().recordDisclosure(disclosure);
        assertEquals(List.of(disclosure), persistence.reportShares().disclosures(owner));
        assertEquals(List.of(), columnsContaining("Secret Recruiter"), "the recipient is sealed");
        assertEquals(List.of(), columnsContaining("the report of your interview"), "so is what was disclosed");

        assertFalse(persistence.reportShares().revoke(stranger, share.id(), clock.instant()));
        assertTrue(persistence.reportShares().revoke(owner, share.id(), clock.instant()));
        assertFalse(persistence.reportShares().revoke(owner, share.id(), clock.instant()), "once");
        assertEquals(Optional.of(clock.instant()), persistence.reportShares().shares(owner).get(0).revokedAt());

        persistence.interviews().delete(owner, interview.id());
        assertEquals(List.of(), persistence.reportShares().shares(owner), "deleted with the interview");
        assertEquals(List.of(disclosure), persistence.reportShares().disclosures(owner),
                "what was disclosed stays on record");
        execute("DELETE FROM accounts WHERE id = '" + owner.value() + "'");
        assertEquals(List.of(), persistence.reportShares().disclosures(owner), "until the account goes");
    }
}
