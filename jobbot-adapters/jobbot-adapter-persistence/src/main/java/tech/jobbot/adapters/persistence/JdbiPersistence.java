package tech.jobbot.adapters.persistence;

import java.time.Clock;

import javax.sql.DataSource;

import org.jdbi.v3.core.Jdbi;

import tech.jobbot.ports.out.account.AccountRepository;
import tech.jobbot.ports.out.account.AvatarStore;
import tech.jobbot.ports.out.account.BackgroundRepository;
import tech.jobbot.ports.out.account.CorrectionLog;
import tech.jobbot.ports.out.account.KnownDevices;
import tech.jobbot.ports.out.account.StaffAccessLog;
import tech.jobbot.ports.out.event.EventOutbox;
import tech.jobbot.ports.out.partner.PartnerKeys;
import tech.jobbot.ports.out.partner.Webhooks;
import tech.jobbot.ports.out.staff.StaffCases;
import tech.jobbot.ports.out.staff.StaffDirectory;
import tech.jobbot.ports.out.analytics.PageViews;
import tech.jobbot.ports.out.audit.AccessLog;
import tech.jobbot.ports.out.audit.AuditLog;
import tech.jobbot.ports.out.auth.CodeChallengeRepository;
import tech.jobbot.ports.out.auth.RateLimitLedger;
import tech.jobbot.ports.out.auth.SessionRepository;
import tech.jobbot.ports.out.consent.ConsentLedger;
import tech.jobbot.ports.out.crypto.KeyVault;
import tech.jobbot.ports.out.crypto.MasterKeys;
import tech.jobbot.ports.out.erasure.Cancellations;
import tech.jobbot.ports.out.inbox.Inbox;
import tech.jobbot.ports.out.incident.Incidents;
import tech.jobbot.ports.out.interview.InterviewRepository;
import tech.jobbot.ports.out.job.JobRepository;
import tech.jobbot.ports.out.mail.MailOutbox;
import tech.jobbot.ports.out.marketing.MailingCampaigns;
import tech.jobbot.ports.out.minor.Supervisions;
import tech.jobbot.ports.out.policy.PublishedPolicies;
import tech.jobbot.ports.out.recommendation.RecommendationSettingsRepository;
import tech.jobbot.ports.out.request.PrivacyRequests;
import tech.jobbot.ports.out.retention.RetentionStore;
import tech.jobbot.ports.out.sharing.ReportShares;
import tech.jobbot.ports.out.tx.Transactions;

/**
 * Every persistence port over one {@link DataSource}, sharing one transaction manager. Migrates
 * the schema when created.
 */
public final class JdbiPersistence {
    private final JdbiTransactions transactions;
    private final KeyVault keyVault;
    private final JdbiAccountRepository accounts;
    private final JdbiAvatarStore avatars;
    private final JdbiCodeChallengeRepository codeChallenges;
    private final JdbiSessionRepository sessions;
    private final JdbiRateLimitLedger rateLimits;
    private final JdbiMailOutbox mailOutbox;
    private final JdbiJobRepository jobs;
    private final JdbiInterviewRepository interviews;
    private final JdbiBackgroundRepository backgrounds;
    private final JdbiRecommendationSettingsRepository recommendationSettings;
    private final JdbiConsentLedger consentLedger;
    private final JdbiInbox inbox;
    private final JdbiIncidents incidents;
    private final JdbiKnownDevices knownDevices;
    private final JdbiAccessLog accessLog;
    private final JdbiAuditLog auditLog;
    private final JdbiStaffAccessLog staffAccesses;
    private final JdbiStaffDirectory staffDirectory;
    private final JdbiStaffCases staffCases;
    private final JdbiEventOutbox events;
    private final JdbiPartnerKeys partnerKeys;
    private final JdbiWebhooks webhooks;
    private final JdbiCorrectionLog corrections;
    private final JdbiRetentionStore retention;
    private final JdbiPrivacyRequests privacyRequests;
    private final JdbiCancellations cancellations;
    private final JdbiPageViews pageViews;
    private final JdbiSupervisions supervisions;
    private final JdbiReportShares reportShares;
    private final JdbiMailingCampaigns mailingCampaigns;
    private final JdbiPublishedPolicies publishedPolicies;

    public JdbiPersistence(DataSource dataSource, MasterKeys keys, Clock clock) {
        this(dataSource, keys, clock, java.util.Optional.empty());
    }

    /**
     * @param vault a host's own key vault (a KMS, say) instead of the data keys wrapped in the
     *        {@code data_keys} table under {@code keys}
     */
    public JdbiPersistence(DataSource dataSource, MasterKeys keys, Clock clock, java.util.Optional<KeyVault> vault) {
        Database.migrate(dataSource);
        this.transactions = new JdbiTransactions(Jdbi.create(dataSource), Database.startsReadCommitted(dataSource));
        this.keyVault = vault.orElseGet(() -> new JdbiKeyVault(transactions, keys, clock));
        this.accounts = new JdbiAccountRepository(transactions, keyVault);
        this.avatars = new JdbiAvatarStore(transactions, keyVault, clock);
        this.codeChallenges = new JdbiCodeChallengeRepository(transactions);
        this.sessions = new JdbiSessionRepository(transactions, keyVault);
        this.rateLimits = new JdbiRateLimitLedger(transactions);
        this.mailOutbox = new JdbiMailOutbox(transactions, keyVault);
        this.jobs = new JdbiJobRepository(transactions, keyVault);
        this.interviews = new JdbiInterviewRepository(transactions, keyVault);
        this.backgrounds = new JdbiBackgroundRepository(transactions, keyVault, clock);
        this.recommendationSettings = new JdbiRecommendationSettingsRepository(transactions, keyVault, clock);
        this.consentLedger = new JdbiConsentLedger(transactions, keyVault);
        this.inbox = new JdbiInbox(transactions, keyVault);
        this.incidents = new JdbiIncidents(transactions);
        this.knownDevices = new JdbiKnownDevices(transactions, keyVault, clock);
        this.accessLog = new JdbiAccessLog(transactions);
        this.auditLog = new JdbiAuditLog(transactions);
        this.staffAccesses = new JdbiStaffAccessLog(transactions);
        this.staffDirectory = new JdbiStaffDirectory(transactions, keyVault);
        this.staffCases = new JdbiStaffCases(transactions);
        this.events = new JdbiEventOutbox(transactions);
        this.partnerKeys = new JdbiPartnerKeys(transactions);
        this.webhooks = new JdbiWebhooks(transactions);
        this.corrections = new JdbiCorrectionLog(transactions);
        this.retention = new JdbiRetentionStore(transactions);
        this.privacyRequests = new JdbiPrivacyRequests(transactions, keyVault);
        this.cancellations = new JdbiCancellations(transactions);
        this.pageViews = new JdbiPageViews(transactions);
        this.supervisions = new JdbiSupervisions(transactions, keyVault, clock);
        this.reportShares = new JdbiReportShares(transactions, keyVault);
        this.mailingCampaigns = new JdbiMailingCampaigns(transactions);
        this.publishedPolicies = new JdbiPublishedPolicies(transactions);
    }

    public Transactions transactions() {
        return transactions;
    }

    public KeyVault keyVault() {
        return keyVault;
    }

    public AccountRepository accounts() {
        return accounts;
    }

    public AvatarStore avatars() {
        return avatars;
    }

    public CodeChallengeRepository codeChallenges() {
        return codeChallenges;
    }

    public SessionRepository sessions() {
        return sessions;
    }

    public RateLimitLedger rateLimits() {
        return rateLimits;
    }

    public MailOutbox mailOutbox() {
        return mailOutbox;
    }

    public JobRepository jobs() {
        return jobs;
    }

    public InterviewRepository interviews() {
        return interviews;
    }

    public BackgroundRepository backgrounds() {
        return backgrounds;
    }

    public RecommendationSettingsRepository recommendationSettings() {
        return recommendationSettings;
    }

    public ConsentLedger consentLedger() {
        return consentLedger;
    }

    public Inbox inbox() {
        return inbox;
    }

    public PublishedPolicies publishedPolicies() {
        return publishedPolicies;
    }

    public MailingCampaigns mailingCampaigns() {
        return mailingCampaigns;
    }

    public ReportShares reportShares() {
        return reportShares;
    }

    public Supervisions supervisions() {
        return supervisions;
    }

    public PageViews pageViews() {
        return pageViews;
    }

    public Cancellations cancellations() {
        return cancellations;
    }

    public PrivacyRequests privacyRequests() {
        return privacyRequests;
    }

    public RetentionStore retention() {
        return retention;
    }

    public CorrectionLog corrections() {
        return corrections;
    }

    public StaffAccessLog staffAccesses() {
        return staffAccesses;
    }

    public StaffDirectory staffDirectory() {
        return staffDirectory;
    }

    public StaffCases staffCases() {
        return staffCases;
    }

    public EventOutbox events() {
        return events;
    }

    public PartnerKeys partnerKeys() {
        return partnerKeys;
    }

    public Webhooks webhooks() {
        return webhooks;
    }

    public AuditLog auditLog() {
        return auditLog;
    }

    public AccessLog accessLog() {
        return accessLog;
    }

    public KnownDevices knownDevices() {
        return knownDevices;
    }

    public Incidents incidents() {
        return incidents;
    }
}
