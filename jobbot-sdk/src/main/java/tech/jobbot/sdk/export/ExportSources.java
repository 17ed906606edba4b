package tech.jobbot.sdk.export;

import java.util.List;
import java.util.Optional;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.Background;
import tech.jobbot.domain.analytics.PageView;
import tech.jobbot.domain.consent.ConsentRecord;
import tech.jobbot.domain.inbox.InboxMessage;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.interview.InterviewId;
import tech.jobbot.domain.job.Job;
import tech.jobbot.domain.recommendation.RecommendationSettings;
import tech.jobbot.domain.request.PrivacyRequest;
import tech.jobbot.domain.retention.LegalHold;
import tech.jobbot.domain.sharing.Disclosure;
import tech.jobbot.domain.sharing.ReportShare;
import tech.jobbot.ports.in.account.ManageAvatar.AvatarImage;
import tech.jobbot.ports.in.consent.PurposeConsent;
import tech.jobbot.ports.in.minor.SuperviseMinors.AgeStatus;

/** Where each part of a person's export comes from: every store that holds something about them. */
public interface ExportSources {
    /** @throws tech.jobbot.sdk.account.UnknownAccountException if there is no such account */
    Account account(AccountId person);

    Optional<AvatarImage> avatar(AccountId person, String name);

    AgeStatus age(AccountId person);

    Background background(AccountId person);

    RecommendationSettings recommendationSettings(AccountId person);

    List<Job> jobs(AccountId person);

    List<InterviewId> interviewIds(AccountId person);

    Optional<Interview> interview(AccountId person, InterviewId id);

    List<PurposeConsent> consents(AccountId person);

    List<ConsentRecord> consentHistory(AccountId person);

    /** The person's stored sessions (ended ones too, until purged) and their devices, without any token or digest. */
    List<SessionRecord> sessions(AccountId person);

    List<InboxMessage> messages(AccountId person);

    List<ReportShare> shares(AccountId person);

    List<Disclosure> disclosures(AccountId person);

    List<PageView> pageViews(AccountId person);

    /** Complaints and privacy requests, with their history. */
    List<PrivacyRequest> requests(AccountId person);

    /** Legal holds on the person's data, active and released: they are told. */
    List<LegalHold> legalHolds(AccountId person);

    /** Every staff access to the person's data: who, what, when. */
    List<tech.jobbot.ports.out.account.StaffAccessLog.StaffAccess> staffAccesses(AccountId person);

    /** The fields the person corrected, and when. */
    List<tech.jobbot.ports.out.account.CorrectionLog.Correction> corrections(AccountId person);

    /** A session as exported: the device summary and times. */
    record SessionRecord(String id, String browser, String operatingSystem, java.time.Instant createdAt,
            java.time.Instant lastSeenAt, Optional<java.time.Instant> revokedAt) {
    }
}
