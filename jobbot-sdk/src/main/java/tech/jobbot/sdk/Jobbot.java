package tech.jobbot.sdk;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.io.OutputStream;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;

import tech.jobbot.adapters.catalog.BundledSkillServiceCatalog;
import tech.jobbot.adapters.catalog.PartnerFeedSettings;
import tech.jobbot.adapters.catalog.PartnerFeedSkillServiceCatalog;
import tech.jobbot.adapters.embedded.BundledPolicyDocuments;
import tech.jobbot.adapters.embedded.EmbeddedInterviewer;
import tech.jobbot.adapters.imaging.ImageIoImageSanitizer;
import tech.jobbot.adapters.mail.AngusMailSender;
import tech.jobbot.adapters.mail.OutboxFolderMailSender;
import tech.jobbot.adapters.mail.SmtpSettings;
import tech.jobbot.adapters.openai.OpenAiCompatibleInterviewer;
import tech.jobbot.adapters.openai.OpenAiSettings;
import tech.jobbot.adapters.persistence.Database;
import tech.jobbot.adapters.persistence.DatabaseSettings;
import tech.jobbot.adapters.persistence.JdbiPersistence;
import tech.jobbot.adapters.skills.ClasspathSkillTaxonomy;
import tech.jobbot.adapters.useragent.UapUserAgentParser;
import tech.jobbot.adapters.web.FetchSettings;
import tech.jobbot.adapters.web.HttpJobPageFetcher;
import tech.jobbot.adapters.web.HttpWebhookTransport;
import tech.jobbot.adapters.web.JsoupJobPostingReader;
import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.Background;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.account.ExternalSubject;
import tech.jobbot.domain.account.ProfileCorrection;
import tech.jobbot.domain.analytics.PageView;
import tech.jobbot.domain.audit.AccessRecord;
import tech.jobbot.domain.audit.AuditVerification;
import tech.jobbot.domain.auth.CodeRules;
import tech.jobbot.domain.auth.Device;
import tech.jobbot.domain.auth.FlowId;
import tech.jobbot.domain.auth.SessionId;
import tech.jobbot.domain.auth.SessionPolicy;
import tech.jobbot.domain.auth.SignInCode;
import tech.jobbot.domain.consent.ConsentMethod;
import tech.jobbot.domain.consent.ConsentRecord;
import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.domain.consent.Regions;
import tech.jobbot.domain.erasure.Cancellation;
import tech.jobbot.domain.erasure.ErasureRecord;
import tech.jobbot.domain.inbox.InboxMessage;
import tech.jobbot.domain.inbox.MessageKind;
import tech.jobbot.domain.interview.AnswerAnalyzer;
import tech.jobbot.domain.interview.FeedbackComposer;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.interview.InterviewId;
import tech.jobbot.domain.interview.Progress;
import tech.jobbot.domain.interview.QuestionId;
import tech.jobbot.domain.job.Job;
import tech.jobbot.domain.job.JobId;
import tech.jobbot.domain.job.Skill;
import tech.jobbot.domain.job.SkillExtractor;
import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.job.SkillTaxonomy;
import tech.jobbot.domain.mail.Html;
import tech.jobbot.domain.mail.MailMessage;
import tech.jobbot.domain.minor.MinimumAges;
import tech.jobbot.domain.minor.Supervision;
import tech.jobbot.domain.policy.PolicyDocument;
import tech.jobbot.domain.policy.PolicyStatus;
import tech.jobbot.domain.recommendation.RecommendationRanker;
import tech.jobbot.domain.recommendation.RecommendationSettings;
import tech.jobbot.domain.recommendation.SkillsGap;
import tech.jobbot.domain.request.PrivacyRequest;
import tech.jobbot.domain.request.RequestKind;
import tech.jobbot.domain.retention.LegalHold;
import tech.jobbot.domain.retention.RetentionCategory;
import tech.jobbot.domain.retention.RetentionRule;
import tech.jobbot.domain.retention.RetentionSchedule;
import tech.jobbot.domain.sharing.Disclosure;
import tech.jobbot.domain.sharing.ReportShare;
import tech.jobbot.ports.in.account.AvatarUpload;
import tech.jobbot.ports.in.account.ChangeEmail;
import tech.jobbot.ports.in.account.CorrectProfile;
import tech.jobbot.ports.in.account.EmailChangeResult;
import tech.jobbot.ports.in.account.ExternalAccounts;
import tech.jobbot.ports.in.account.ManageAvatar;
import tech.jobbot.ports.in.account.ManageBackground;
import tech.jobbot.ports.in.account.ViewProfile;
import tech.jobbot.ports.in.analytics.MeasureUsage;
import tech.jobbot.ports.in.auth.Authenticate;
import tech.jobbot.ports.in.auth.AuthenticatedSession;
import tech.jobbot.ports.in.auth.CodeRequestResult;
import tech.jobbot.ports.in.auth.CsrfTokens;
import tech.jobbot.ports.in.auth.ManageSessions;
import tech.jobbot.ports.in.auth.RequestSignInCode;
import tech.jobbot.ports.in.auth.RequestSignInCodeCommand;
import tech.jobbot.ports.in.auth.SessionToken;
import tech.jobbot.ports.in.auth.SessionView;
import tech.jobbot.ports.in.auth.SignIn;
import tech.jobbot.ports.in.auth.SignInCommand;
import tech.jobbot.ports.in.auth.SignInResult;
import tech.jobbot.ports.in.consent.ConsentContext;
import tech.jobbot.ports.in.consent.ManageConsents;
import tech.jobbot.ports.in.consent.PurposeConsent;
import tech.jobbot.ports.in.erasure.CancelAccounts;
import tech.jobbot.ports.in.inbox.ReadMessages;
import tech.jobbot.ports.in.interview.InterviewOutcome;
import tech.jobbot.ports.in.interview.RunInterviews;
import tech.jobbot.ports.in.job.JobCreation;
import tech.jobbot.ports.in.job.JobRequest;
import tech.jobbot.ports.in.job.ManageJobs;
import tech.jobbot.ports.in.marketing.Marketing;
import tech.jobbot.ports.in.minor.SuperviseMinors.AgeStatus;
import tech.jobbot.ports.in.minor.SuperviseMinors;
import tech.jobbot.ports.in.policy.AcknowledgePolicies;
import tech.jobbot.ports.in.policy.PublishPolicies;
import tech.jobbot.ports.in.policy.ReadPolicies;
import tech.jobbot.ports.in.recommendation.Recommend;
import tech.jobbot.ports.in.recommendation.RecommendationOutcome;
import tech.jobbot.ports.in.request.HandleRequests;
import tech.jobbot.ports.in.retention.ManageRetention;
import tech.jobbot.ports.in.sharing.ShareReports;
import tech.jobbot.ports.out.account.AccountRepository;
import tech.jobbot.ports.out.account.CorrectionLog;
import tech.jobbot.ports.out.account.StaffAccessLog;
import tech.jobbot.ports.out.auth.SessionRepository;
import tech.jobbot.ports.out.consent.ConsentLedger;
import tech.jobbot.ports.out.crypto.KeyScope;
import tech.jobbot.ports.out.crypto.KeyVault;
import tech.jobbot.ports.out.crypto.MasterKeys;
import tech.jobbot.ports.out.device.UserAgentParser;
import tech.jobbot.ports.out.image.ImageSanitizer;
import tech.jobbot.ports.out.interview.InterviewRepository;
import tech.jobbot.ports.out.interview.Interviewer;
import tech.jobbot.ports.out.job.JobPageFetcher;
import tech.jobbot.ports.out.job.JobRepository;
import tech.jobbot.ports.out.job.SkillTaxonomySource;
import tech.jobbot.ports.out.mail.MailSender;
import tech.jobbot.ports.out.partner.WebhookTransport;
import tech.jobbot.ports.out.policy.PolicyDocuments;
import tech.jobbot.ports.out.recommendation.SkillServiceCatalog;
import tech.jobbot.ports.out.retention.RetentionStore.RetentionRun;
import tech.jobbot.ports.out.retention.RetentionStore;
import tech.jobbot.sdk.account.AccountServices;
import tech.jobbot.sdk.account.CodeLimits;
import tech.jobbot.sdk.account.UnknownAccountException;
import tech.jobbot.sdk.analytics.UsageService;
import tech.jobbot.sdk.audit.AccessLogWriter;
import tech.jobbot.sdk.audit.AuditService;
import tech.jobbot.sdk.config.KeyFile;
import tech.jobbot.sdk.consent.ConsentService;
import tech.jobbot.sdk.erasure.CancellationService;
import tech.jobbot.sdk.event.EventDispatcher;
import tech.jobbot.sdk.event.EventingConsentLedger;
import tech.jobbot.sdk.event.JobbotEventListener;
import tech.jobbot.sdk.event.PartnerService;
import tech.jobbot.sdk.export.ExportService;
import tech.jobbot.sdk.export.ExportSources;
import tech.jobbot.sdk.inbox.InboxService;
import tech.jobbot.sdk.incident.IncidentService;
import tech.jobbot.sdk.interview.DomainReports;
import tech.jobbot.sdk.interview.FallbackInterviewer;
import tech.jobbot.sdk.interview.InterviewService;
import tech.jobbot.sdk.interview.ProgressTracker;
import tech.jobbot.sdk.job.JobService;
import tech.jobbot.sdk.mail.MailDelivery;
import tech.jobbot.sdk.marketing.MarketingService;
import tech.jobbot.sdk.minor.SupervisionService;
import tech.jobbot.sdk.policy.PolicyService;
import tech.jobbot.sdk.recommendation.CombinedCatalog;
import tech.jobbot.sdk.recommendation.RecommendationService;
import tech.jobbot.sdk.request.RequestService;
import tech.jobbot.sdk.retention.RetentionService;
import tech.jobbot.sdk.sharing.SharingService;
import tech.jobbot.sdk.staff.StaffService;

/**
 * Jobbot embedded in a JVM application: every use case as a method (accounts and sessions, the
 * profile, jobs, interviews and progress), over the adapters the {@link Builder} wires. With no
 * configuration it runs on the embedded defaults (an H2 file database, a generated key file, mail
 * written as {@code .eml} files under {@code ./jobbot-data}, and the built-in offline
 * interviewer); every part can be replaced.
 *
 * <p>Thread-safe. Close it to stop its background workers and release its connection pool.
 *
 * <pre>{@code
 * try (Jobbot jobbot = Jobbot.builder().dataDirectory(Path.of("/var/lib/jobbot")).build()) {
 *     AccountId id = jobbot.accountFor(new ExternalSubject("my-platform|user-42"));
 *     jobbot.correctProfile(id, ...);
 * }
 * }</pre>
 */
public final class Jobbot implements AutoCloseable, RequestSignInCode, SignIn, Authenticate, ManageSessions, CsrfTokens,
        ViewProfile, CorrectProfile, ChangeEmail, ManageAvatar, ExternalAccounts, ManageJobs, RunInterviews, Recommend,
        ManageBackground, ManageConsents, ReadPolicies, PublishPolicies, AcknowledgePolicies, ReadMessages,
        ShareReports, SuperviseMinors, MeasureUsage, CancelAccounts, HandleRequests,
        ManageRetention, Marketing {
    private static final Logger LOG = System.getLogger(Jobbot.class.getName());

    private final AccountServices accounts;
    private final SkillTaxonomy taxonomy;
    private final JobService jobService;
    private final InterviewService interviewService;
    private final ProgressTracker progressTracker;
    private final RecommendationService recommendationService;
    private final ConsentService consentService;
    private final PolicyService policies;
    private final InboxService inboxService;
    private final SharingService sharingService;
    private final SupervisionService supervision;
    private final UsageService usage;
    private final AuditService audit;
    private final AccessLogWriter accessLog;
    private final IncidentService incidents;
    private final RequestService requestService;
    private final CancellationService cancellationService;
    private final ExportService exportService;
    private final StaffService staffService;
    private final UserAgentParser userAgents;
    private final EventDispatcher eventDispatcher;
    private final PartnerService partners;
    private final Optional<Path> mailOutboxFolder;
    private final MarketingService marketingService;
    private final Clock clock;
    private final MailDelivery mailDelivery;
    private final JdbiPersistence persistence;
    private final RetentionService retention;
    private final ScheduledExecutorService workers;
    private final ScheduledExecutorService accessLogWorker;
    private final ScheduledExecutorService webhookWorker;
    private final AtomicBoolean deliveryQueued = new AtomicBoolean();
    private final List<AutoCloseable> owned;

    /**
     * What the built-in interviewer knows: the skills, how to find them in text, and the catalogue
     * of trainings, courses and consulting (the host's, else the bundled one).
     */
    private record Knowledge(SkillTaxonomy taxonomy, SkillExtractor extractor, Interviewer embedded,
            SkillServiceCatalog catalog) {
        static Knowledge await(CompletableFuture<Knowledge> loading) {
            try {
                return loading.join();
            } catch (CompletionException e) {
                throw e.getCause() instanceof RuntimeException r ? r : e;
            }
        }
    }

    private static Knowledge loadKnowledge(SkillTaxonomySource source, SkillServiceCatalog hostCatalog) {
        SkillTaxonomy taxonomy = (source != null ? source : new ClasspathSkillTaxonomy()).load();
        // The bundled catalogue must speak the taxonomy in use: checked at start, not found out later
        // as recommendations that never match.
        SkillServiceCatalog catalog = hostCatalog != null ? hostCatalog : new BundledSkillServiceCatalog(
                taxonomy.skills().stream().map(Skill::id).collect(Collectors.toSet()));
        return new Knowledge(taxonomy, new SkillExtractor(taxonomy), new EmbeddedInterviewer(taxonomy), catalog);
    }

    private Jobbot(Builder b) {
        // Databases keep microseconds; a clock of the same precision makes stored and returned values equal.
        Clock clock = Clock.tick(b.clock, Duration.ofNanos(1000));
        List<AutoCloseable> toClose = new ArrayList<>();
        // The skills and the built-in interviewer are read while the database starts and migrates:
        // the two take about as long, and a second core does one while the first does the other.
        CompletableFuture<Knowledge> knowledge = CompletableFuture.supplyAsync(
                () -> loadKnowledge(b.skillTaxonomy, b.skillServiceCatalog),
                task -> Thread.ofPlatform().name("jobbot-start").daemon().start(task));
        MasterKeys keys = b.masterKeys != null ? b.masterKeys
                : KeyFile.loadOrCreate(b.dataDirectory.resolve("keys").resolve("jobbot.keys"));
        MailSender sender = b.mailSender != null ? b.mailSender
                : b.smtp != null ? new AngusMailSender(b.smtp, clock)
                : new OutboxFolderMailSender(b.dataDirectory.resolve("outbox"), b.mailFrom, clock);
        this.mailOutboxFolder = b.mailSender == null && b.smtp == null
                ? Optional.of(b.dataDirectory.resolve("outbox")) : Optional.empty();
        ImageSanitizer images = b.imageSanitizer != null ? b.imageSanitizer : new ImageIoImageSanitizer();
        this.userAgents = b.userAgentParser != null ? b.userAgentParser : new UapUserAgentParser();
        DataSource dataSource = b.dataSource;
        if (dataSource == null) {
            DatabaseSettings settings = b.databaseUrl != null
                    ? new DatabaseSettings(b.databaseUrl, b.databaseUser, b.databasePassword, b.maxConnections)
                    : DatabaseSettings.embedded(b.dataDirectory);
            HikariDataSource pool = Database.pool(settings);
            toClose.add(pool);
            dataSource = pool;
        }
        try {
            this.persistence = new JdbiPersistence(dataSource, keys, clock, Optional.ofNullable(b.keyVault));
        } catch (RuntimeException e) {
            closeAll(toClose);
            throw e;
        }
        // Every grant and withdrawal, by whatever road, is announced in the transaction that records it.
        ConsentLedger consentLedger = new EventingConsentLedger(persistence.consentLedger(), persistence.events(),
                persistence.transactions());
        this.policies = new PolicyService(persistence.transactions(), (b.policyDocuments != null ? b.policyDocuments
                : new BundledPolicyDocuments()).all(), persistence.publishedPolicies(), persistence.accounts(),
                consentLedger, persistence.inbox(), persistence.mailOutbox(),
                Optional.ofNullable(b.publicUrl), userAgents, clock);
        this.inboxService = new InboxService(persistence.inbox(), persistence.accounts(), clock);
        this.consentService = new ConsentService(persistence.transactions(), consentLedger,
                persistence.accounts(), policies::catalog, persistence.supervisions(), userAgents, clock);
        this.marketingService = new MarketingService(persistence.transactions(), persistence.mailingCampaigns(),
                persistence.accounts(), consentService,
                consentService, persistence.mailOutbox(), persistence.keyVault(), Optional.ofNullable(b.publicUrl), clock);
        // Asked before each send: marketing copies go out only while their recipient still consents.
        this.mailDelivery = new MailDelivery(persistence.mailOutbox(), sender, clock, marketingService::stillWanted);
        this.workers = b.backgroundWorkers ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jobbot-worker");
            t.setDaemon(true);
            return t;
        }) : null;
        this.accessLogWorker = b.backgroundWorkers ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jobbot-access-log");
            t.setDaemon(true);
            return t;
        }) : null;
        // Webhooks on a thread of their own: a slow partner endpoint must never hold up sign-in codes.
        this.webhookWorker = b.backgroundWorkers ? Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "jobbot-webhooks");
            t.setDaemon(true);
            return t;
        }) : null;
        this.accounts = AccountServices.create(new AccountServices.Ports(persistence.transactions(),
                persistence.accounts(), persistence.avatars(), persistence.codeChallenges(), persistence.sessions(),
                persistence.rateLimits(), persistence.mailOutbox(), persistence.keyVault(), images, userAgents),
                b.sessionPolicy, b.codeLimits, clock, this::mailEnqueued);
        Knowledge known = Knowledge.await(knowledge);
        this.taxonomy = known.taxonomy();
        SkillExtractor extractor = known.extractor();
        AnswerAnalyzer analyzer = new AnswerAnalyzer(extractor);
        JobPageFetcher fetcher = b.jobPageFetcher;
        if (fetcher == null) {
            HttpJobPageFetcher http = new HttpJobPageFetcher(FetchSettings.defaults()
                    .withAllowedHosts(b.jobLinkAllowedHosts));
            toClose.add(http);
            fetcher = http;
        }
        this.jobService = new JobService(persistence.transactions(), persistence.rateLimits(), persistence.jobs(),
                fetcher, new JsoupJobPostingReader(), extractor, clock);
        Interviewer embedded = known.embedded();
        Interviewer interviewer = embedded;
        if (b.interviewer != null) {
            interviewer = new FallbackInterviewer(b.interviewer, embedded, clock);
        } else if (b.openAi != null) {
            OpenAiCompatibleInterviewer model = new OpenAiCompatibleInterviewer(b.openAi);
            toClose.add(model);
            interviewer = new FallbackInterviewer(model, embedded, clock);
        }
        this.interviewService = new InterviewService(persistence.transactions(), persistence.interviews(),
                persistence.jobs(), interviewer, analyzer, new FeedbackComposer(), taxonomy,
                new DomainReports(extractor), persistence.keyVault(), persistence.events(), clock);
        this.partners = new PartnerService(persistence.partnerKeys(), persistence.webhooks(),
                b.webhookTransport != null ? b.webhookTransport : defaultTransport(toClose, b.webhooksToLoopback),
                persistence.keyVault(),
                this, persistence.transactions(), persistence.rateLimits(), clock);
        this.eventDispatcher = new EventDispatcher(persistence.transactions(), persistence.events(),
                persistence.accounts(), b.eventListeners, partners::enqueue, clock);
        this.progressTracker = new ProgressTracker(persistence.interviews());
        this.audit = new AuditService(persistence.auditLog(), persistence.keyVault(), clock);
        this.accessLog = new AccessLogWriter(persistence.accessLog(), userAgents);
        this.incidents = new IncidentService(persistence.transactions(), persistence.incidents(),
                persistence.accounts(), persistence.inbox(), persistence.mailOutbox(), b.incidentDeadlines, clock);
        this.cancellationService = new CancellationService(persistence.transactions(), persistence.cancellations(),
                persistence.accounts(), persistence.sessions(), consentLedger,
                persistence.codeChallenges(), persistence.rateLimits(), persistence.mailOutbox(), persistence.inbox(),
                persistence.keyVault(), b.cancellationGrace, persistence.retention(), persistence.events(), clock);
        RetentionSchedule schedule = RetentionSchedule.defaults()
                .with(RetentionCategory.VERIFICATION_CODES, CodeRules.LIFETIME)
                .with(RetentionCategory.SESSIONS, b.sessionPolicy.idleTimeout())
                .with(RetentionCategory.RATE_LIMIT_EVENTS, b.codeLimits.longestWindow());
        for (Map.Entry<RetentionCategory, Duration> changed : b.retention.entrySet()) {
            schedule = schedule.with(changed.getKey(), changed.getValue());
        }
        this.retention = new RetentionService(persistence.transactions(), persistence.retention(),
                persistence.accounts(), persistence.mailOutbox(), schedule, cancellationService::eraseDueAccounts,
                clock, b.purgeBatchSize,
                (person, record) -> persistence.interviews().find(person, new InterviewId(record)).isPresent());
        this.requestService = new RequestService(persistence.transactions(), persistence.privacyRequests(),
                persistence.accounts(), persistence.inbox(), persistence.mailOutbox(), b.requestResponseTime, clock);
        this.usage = new UsageService(persistence.pageViews(), consentService, clock);
        this.supervision = new SupervisionService(persistence.transactions(), persistence.supervisions(),
                persistence.accounts(), consentService, policies, persistence.mailOutbox(), persistence.keyVault(),
                b.minimumAges, id -> accounts.profiles().removeAvatar(id), Optional.ofNullable(b.publicUrl), clock);
        this.sharingService = new SharingService(persistence.transactions(), persistence.reportShares(),
                persistence.interviews(), consentService, consentService, persistence.keyVault(), clock);
        List<SkillServiceCatalog> catalogs = new ArrayList<>();
        if (b.partnerCatalog != null) {
            PartnerFeedSkillServiceCatalog partner = new PartnerFeedSkillServiceCatalog(b.partnerCatalog);
            toClose.add(partner);
            catalogs.add(partner);
        }
        catalogs.add(known.catalog());
        this.recommendationService = new RecommendationService(persistence.transactions(), persistence.jobs(),
                persistence.interviews(), persistence.backgrounds(), persistence.recommendationSettings(),
                consentService, new CombinedCatalog(catalogs), analyzer, extractor, new SkillsGap(extractor),
                new RecommendationRanker(taxonomy));
        this.clock = clock;
        this.exportService = new ExportService(exportSources(persistence.accounts(), persistence.jobs(),
                persistence.interviews(), persistence.sessions(), persistence.retention()), clock);
        this.staffService = new StaffService(new StaffService.Ports(persistence.transactions(),
                persistence.staffDirectory(), persistence.staffCases(), accounts.codes(), persistence.codeChallenges(),
                persistence.keyVault(), persistence.accounts(), persistence.privacyRequests(), persistence.incidents(),
                persistence.staffAccesses(), audit, exportService), clock);
        this.owned = List.copyOf(toClose);
        if (workers != null) {
            workers.scheduleWithFixedDelay(() -> guarded("events", eventDispatcher::dispatch), 1, 1, TimeUnit.SECONDS);
            webhookWorker.scheduleWithFixedDelay(() -> guarded("webhooks", partners::deliverDue), 2, 2,
                    TimeUnit.SECONDS);
            workers.scheduleWithFixedDelay(() -> guarded("mail delivery", mailDelivery::deliverDue), 1,
                    b.mailPollSeconds, TimeUnit.SECONDS);
            // First after half a minute: the start-up has the two cores to itself.
            workers.scheduleWithFixedDelay(() -> guarded("retention purge", this::purge), 30, 600, TimeUnit.SECONDS);
            // Its own thread: a slow purge or audit walk on the worker must not let the queue overflow.
            accessLogWorker.scheduleWithFixedDelay(() -> guarded("access log", accessLog::flush), 1, 1,
                    TimeUnit.SECONDS);
            workers.scheduleWithFixedDelay(() -> guarded("incident clocks", () -> incidents.warnings()
                    .forEach(c -> LOG.log(Level.WARNING, "incident deadline for the " + c.regime() + " is "
                            + c.state() + ": due " + c.dueAt()))), 60, 3600, TimeUnit.SECONDS);
            workers.scheduleWithFixedDelay(() -> guarded("audit log verification", () -> {
                AuditVerification check = audit.verify();
                if (!check.intact()) {
                    LOG.log(Level.ERROR, "the audit log is broken at entry " + check.firstBrokenSequence().orElseThrow()
                            + ": " + check.finding());
                }
            }), 60, 3600, TimeUnit.SECONDS);
            int perMinute = b.policyNotificationsPerMinute;
            workers.scheduleWithFixedDelay(() -> guarded("policy update notifications",
                    () -> notifyPolicyUpdates(perMinute)), 5, 60, TimeUnit.SECONDS);
        }
    }

    // --- policies and the inbox ------------------------------------------------------------

    @Override
    public Optional<PolicyDocument> currentPolicy(String region) {
        return policies.currentPolicy(region);
    }

    @Override
    public Optional<PolicyDocument> policy(String region, int version) {
        return policies.policy(region, version);
    }

    @Override
    public List<PolicyDocument> policyVersions(String region) {
        return policies.policyVersions(region);
    }

    @Override
    public String policyRegionOf(AccountId person) {
        return Regions.of(profile(person).flatMap(Account::country));
    }

    @Override
    public PolicyDocument publishPolicy(PolicyDocument draft) {
        PolicyDocument published = policies.publishPolicy(draft);
        audit.record("policy-published", Optional.empty(), published.region() + " version " + published.version());
        return published;
    }

    @Override
    public int notifyPolicyUpdates(int maxPeople) {
        int looked = policies.notifyPolicyUpdates(maxPeople);
        if (looked > 0) {
            mailEnqueued();
        }
        return looked;
    }

    @Override
    public PolicyStatus policyStatus(AccountId person) {
        return policies.policyStatus(person);
    }

    @Override
    public PolicyStatus acknowledgePolicy(AccountId person, int version, ConsentContext context) {
        return policies.acknowledgePolicy(person, version, context);
    }

    @Override
    public List<InboxMessage> messages(AccountId person) {
        return inboxService.messages(person);
    }

    @Override
    public boolean markMessageRead(AccountId person, UUID messageId) {
        return inboxService.markMessageRead(person, messageId);
    }

    @Override
    public InboxMessage postMessage(AccountId person, MessageKind kind, String subject, String body) {
        return inboxService.postMessage(person, kind, subject, body);
    }

    @Override
    public int sendMarketing(String subject, String text) {
        int queued = marketingService.sendMarketing(subject, text);
        if (queued > 0) {
            mailEnqueued();
        }
        return queued;
    }

    @Override
    public int sendMarketing(String campaignId, String subject, String text) {
        int queued = marketingService.sendMarketing(campaignId, subject, text);
        if (queued > 0) {
            mailEnqueued();
        }
        return queued;
    }

    @Override
    public boolean unsubscribe(String token, ConsentContext context) {
        return marketingService.unsubscribe(token, context);
    }

    public static Builder builder() {
        return new Builder();
    }

    // --- sign-in and sessions -------------------------------------------------------------

    @Override
    public CodeRequestResult requestSignInCode(RequestSignInCodeCommand command) {
        return accounts.signIn().requestSignInCode(command);
    }

    @Override
    public SignInResult signIn(SignInCommand command) {
        // An account whose grace period is over is erased first: a late sign-in starts afresh.
        if (cancellationService.eraseIfDue(command.email())) {
            audit.record("accounts-erased", Optional.empty(), "1 account erased at a sign-in after its grace period");
        }
        SignInResult result = accounts.signIn().signIn(command);
        if (result instanceof SignInResult.SignedIn signedIn) {
            cancellationService.restoreIfCancelled(signedIn.account());
            if (signedIn.newAccount()) {
                // Signing up is done on the policy shown: recorded as seen, so no banner asks again.
                policies.recordSeen(signedIn.account(), new ConsentContext(ConsentMethod.SIGN_UP,
                        Optional.empty(), Optional.of(command.userAgent()).filter(ua -> !ua.isBlank())));
            }
            command.age().ifPresent(age -> supervision.declareIfUndeclared(signedIn.account(), age));
            audit.record("sign-in", Optional.of(signedIn.account()), "session " + signedIn.session().value()
                    + (signedIn.newAccount() ? ", new account" : ""));
            newDeviceNotice(signedIn, userAgents.parse(command.userAgent()).device());
        } else if (result instanceof SignInResult.Refused refused) {
            audit.record("sign-in-refused", Optional.empty(), refused.reason().getClass().getSimpleName());
        }
        return result;
    }

    @Override
    public Optional<AuthenticatedSession> authenticate(SessionToken token) {
        return accounts.signIn().authenticate(token);
    }

    @Override
    public String csrfTokenFor(SessionToken token) {
        return accounts.signIn().csrfTokenFor(token);
    }

    @Override
    public List<SessionView> sessions(AccountId account, SessionId current) {
        return accounts.signIn().sessions(account, current);
    }

    @Override
    public boolean revokeSession(AccountId account, SessionId session) {
        return accounts.signIn().revokeSession(account, session);
    }

    @Override
    public int revokeOtherSessions(AccountId account, SessionId current) {
        return accounts.signIn().revokeOtherSessions(account, current);
    }

    @Override
    public void signOut(SessionId session) {
        accounts.signIn().signOut(session);
    }

    // --- profile --------------------------------------------------------------------------

    @Override
    public Optional<Account> profile(AccountId account) {
        return accounts.profiles().profile(account);
    }

    @Override
    public Account correctProfile(AccountId account, ProfileCorrection correction) {
        supervision.requireDataAllowed(account);
        Optional<Account> before = accounts.profiles().profile(account);
        Account after = accounts.profiles().correctProfile(account, correction);
        before.ifPresent(b -> {
            corrected(account, "displayName", !b.displayName().equals(after.displayName()));
            corrected(account, "country", !b.country().equals(after.country()));
            corrected(account, "language", !b.language().equals(after.language()));
        });
        return after;
    }

    private void corrected(AccountId account, String field, boolean changed) {
        if (changed) {
            persistence.corrections().record(account, field, clock.instant());
        }
    }

    /**
     * Staff accounts, their sign-in with a second factor, cases and need-to-know reads of a
     * person's data (policy §6).
     */
    public StaffService staff() {
        return staffService;
    }

    /**
     * Records that staff (an operator, a support agent) accessed the person's data, and why; the
     * person sees every such access in their export (policy §6).
     */
    public void recordStaffAccess(AccountId person, String actor, String action) {
        persistence.staffAccesses().record(person, actor, action, clock.instant());
        audit.record("staff-access", Optional.of(person), action);
    }

    /** Every staff access to the person's data, oldest first. */
    public List<StaffAccessLog.StaffAccess> staffAccesses(AccountId person) {
        return persistence.staffAccesses().of(person);
    }

    /** The record of the person's corrections: which field, when (policy §7). */
    public List<CorrectionLog.Correction> corrections(AccountId account) {
        return persistence.corrections().of(account);
    }

    @Override
    public CodeRequestResult requestEmailChange(AccountId account, EmailAddress newEmail, String clientIp) {
        return accounts.profiles().requestEmailChange(account, newEmail, clientIp);
    }

    @Override
    public EmailChangeResult confirmEmailChange(AccountId account, FlowId flowId, EmailAddress newEmail,
            SignInCode code) {
        EmailChangeResult result = accounts.profiles().confirmEmailChange(account, flowId, newEmail, code);
        if (result instanceof EmailChangeResult.Changed) {
            corrected(account, "email", true);
            // Besides the mail to the old address: a record in the inbox of what changed and when.
            inboxService.postMessage(account, MessageKind.SECURITY_NOTICE, "Your email address was changed",
                    "The email address of your Jobbot account was changed to the one you confirmed with a code."
                            + " If this was not you, contact us at once: someone may have access to your account.");
        }
        return result;
    }

    @Override
    public AvatarUpload uploadAvatar(AccountId account, byte[] image) {
        supervision.requireDataAllowed(account);
        supervision.requireSensitiveAllowed(account, "a profile photo");
        AvatarUpload upload = accounts.profiles().uploadAvatar(account, image);
        corrected(account, "avatar", upload instanceof AvatarUpload.Stored);
        return upload;
    }

    @Override
    public Optional<AvatarImage> avatar(AccountId account, String name) {
        return accounts.profiles().avatar(account, name);
    }

    @Override
    public boolean removeAvatar(AccountId account) {
        retention.requireNotHeld(account, Optional.empty());
        return accounts.profiles().removeAvatar(account);
    }

    @Override
    public AccountId accountFor(ExternalSubject subject) {
        return accounts.profiles().accountFor(subject);
    }

    // --- jobs and interviews ---------------------------------------------------------------

    @Override
    public JobCreation createJob(AccountId owner, JobRequest request) {
        supervision.requireDataAllowed(owner);
        return jobService.createJob(owner, request);
    }

    @Override
    public List<Job> jobs(AccountId owner) {
        return jobService.jobs(owner);
    }

    @Override
    public Optional<Job> job(AccountId owner, JobId id) {
        return jobService.job(owner, id);
    }

    @Override
    public boolean deleteJob(AccountId owner, JobId id) {
        retention.requireNotHeld(owner, Optional.empty());
        boolean deleted = jobService.deleteJob(owner, id);
        if (deleted) {
            audit.record("deletion", Optional.of(owner), "job " + id.value());
        }
        return deleted;
    }

    @Override
    public Optional<Job> correctSkills(AccountId owner, JobId id, List<SkillId> skills) {
        supervision.requireDataAllowed(owner);
        Optional<Job> fixed = jobService.correctSkills(owner, id, skills);
        fixed.ifPresent(job -> corrected(owner, "job skills", true));
        return fixed;
    }

    @Override
    public InterviewOutcome startInterview(AccountId owner, JobId job, int questionCount) {
        supervision.requireDataAllowed(owner);
        return interviewService.startInterview(owner, job, questionCount);
    }

    @Override
    public InterviewOutcome answer(AccountId owner, InterviewId interview, QuestionId question, String text,
            Optional<String> idempotencyKey, Consumer<String> onNarrative) {
        supervision.requireDataAllowed(owner);
        return interviewService.answer(owner, interview, question, text, idempotencyKey, onNarrative);
    }

    @Override
    public InterviewOutcome skip(AccountId owner, InterviewId interview, QuestionId question) {
        return interviewService.skip(owner, interview, question);
    }

    @Override
    public InterviewOutcome regenerateFeedback(AccountId owner, InterviewId interview, QuestionId question,
            int attempt) {
        return interviewService.regenerateFeedback(owner, interview, question, attempt);
    }

    @Override
    public InterviewOutcome finish(AccountId owner, InterviewId interview) {
        return interviewService.finish(owner, interview);
    }

    @Override
    public List<Interview> interviews(AccountId owner) {
        return interviewService.interviews(owner);
    }

    @Override
    public Optional<Interview> interview(AccountId owner, InterviewId interview) {
        return interviewService.interview(owner, interview);
    }

    @Override
    public boolean deleteInterview(AccountId owner, InterviewId interview) {
        retention.requireNotHeld(owner, Optional.of(interview.value()));
        boolean deleted = interviewService.deleteInterview(owner, interview);
        if (deleted) {
            audit.record("deletion", Optional.of(owner), "interview " + interview.value());
        }
        return deleted;
    }

    /** Progress over time: per competency, across the person's finished interviews. */
    public Progress progress(AccountId owner) {
        return progressTracker.progress(owner);
    }

    // --- recommendations and background -----------------------------------------------------

    @Override
    public RecommendationOutcome recommendations(AccountId owner, JobId job, int max) {
        return recommendationService.recommendations(owner, job, max);
    }

    @Override
    public RecommendationSettings dismissItem(AccountId owner, String itemId) {
        return recommendationService.dismissItem(owner, itemId);
    }

    @Override
    public RecommendationSettings undismissItem(AccountId owner, String itemId) {
        return recommendationService.undismissItem(owner, itemId);
    }

    @Override
    public RecommendationSettings recommendationSettings(AccountId owner) {
        return recommendationService.recommendationSettings(owner);
    }

    @Override
    public Background background(AccountId owner) {
        return recommendationService.background(owner);
    }

    @Override
    public Background replaceBackground(AccountId owner, Background background) {
        supervision.requireDataAllowed(owner);
        Background replaced = recommendationService.replaceBackground(owner, background);
        corrected(owner, "background", true);
        return replaced;
    }

    @Override
    public boolean deleteBackground(AccountId owner) {
        retention.requireNotHeld(owner, Optional.empty());
        return recommendationService.deleteBackground(owner);
    }

    // --- consents ----------------------------------------------------------------------------

    @Override
    public List<PurposeConsent> consents(AccountId person) {
        return consentService.consents(person);
    }

    @Override
    public List<PurposeConsent> changeConsents(AccountId person, Map<PurposeKey, Boolean> choices,
            ConsentContext context) {
        List<PurposeConsent> after = consentService.changeConsents(person, choices, context);
        audit.record("consent-change", Optional.of(person), context.method().name() + " " + new java.util.TreeMap<>(
                choices.entrySet().stream().collect(Collectors.toMap(e -> e.getKey().value(), Map.Entry::getValue))));
        return after;
    }

    @Override
    public List<ConsentRecord> consentHistory(AccountId person) {
        return consentService.consentHistory(person);
    }

    @Override
    public Optional<ConsentRecord> consentRecord(AccountId person, UUID recordId) {
        return consentService.consentRecord(person, recordId);
    }

    @Override
    public int applyGlobalPrivacyControl(AccountId person, ConsentContext context) {
        int withdrawn = consentService.applyGlobalPrivacyControl(person, context);
        if (withdrawn > 0) {
            audit.record("consent-change", Optional.of(person), "GPC withdrew " + withdrawn + " purposes");
        }
        return withdrawn;
    }

    // --- requests and complaints (policy §7, §10) -------------------------------------------------

    @Override
    public PrivacyRequest fileRequest(AccountId person, RequestKind kind, String subject, String body) {
        return requestService.fileRequest(person, kind, subject, body);
    }

    @Override
    public List<PrivacyRequest> requests(AccountId person) {
        return requestService.requests(person);
    }

    @Override
    public List<PrivacyRequest> openRequests(int limit) {
        return requestService.openRequests(limit);
    }

    @Override
    public PrivacyRequest replyToRequest(UUID request, String text, boolean close) {
        PrivacyRequest replied = requestService.replyToRequest(request, text, close);
        mailEnqueued();
        return replied;
    }

    // --- cancellation and erasure (policy §7) -----------------------------------------------------

    @Override
    public Cancellation cancelAccount(AccountId person) {
        Cancellation cancellation = cancellationService.cancelAccount(person);
        audit.record("account-cancelled", Optional.of(person), "erase after " + cancellation.eraseAfter());
        mailEnqueued();
        return cancellation;
    }

    @Override
    public Optional<Cancellation> cancellation(AccountId person) {
        return cancellationService.cancellation(person);
    }

    @Override
    public int eraseDueAccounts(int max) {
        int erased = cancellationService.eraseDueAccounts(max);
        if (erased > 0) {
            audit.record("accounts-erased", Optional.empty(), erased + " accounts erased, data keys destroyed");
        }
        return erased;
    }

    /** What erasures kept (consent withdrawals, without the person), oldest first: for operators. */
    public List<ErasureRecord> erasureRecords() {
        return persistence.cancellations().erasureRecords();
    }

    // --- data export (policy §7) ------------------------------------------------------------------

    /**
     * How recent a sign-in must be for the most sensitive actions (the export, cancelling the
     * account): older, the person proves again with a fresh code, i.e. signs in anew.
     */
    public static final Duration REAUTHENTICATION_WINDOW = Duration.ofMinutes(10);

    /** Whether the session began with a code within {@link #REAUTHENTICATION_WINDOW}. */
    public boolean recentlySignedIn(AuthenticatedSession session) {
        return !clock.instant().isAfter(session.signedInAt().plus(REAUTHENTICATION_WINDOW));
    }

    /**
     * Writes everything Jobbot holds about the person to {@code out} as the documented JSON
     * format {@code jobbot-export} (see {@code docs/export-schema.json}), streamed.
     *
     * @throws UnknownAccountException if there is no such account
     */
    public void exportData(AccountId person, OutputStream out) {
        exportService.export(person, out);
        audit.record("export", Optional.of(person), "data export");
    }

    /** The export's sources, over ports only (the composition root alone names adapters). */
    private ExportSources exportSources(AccountRepository accountStore, JobRepository jobStore,
            InterviewRepository interviewStore, SessionRepository sessionStore, RetentionStore retentionStore) {
        return new ExportSources() {
            @Override
            public Account account(AccountId person) {
                return accountStore.findById(person).orElseThrow(() -> new UnknownAccountException(person));
            }

            @Override
            public Optional<AvatarImage> avatar(AccountId person, String name) {
                return Jobbot.this.avatar(person, name);
            }

            @Override
            public AgeStatus age(AccountId person) {
                return supervision.ageStatus(person);
            }

            @Override
            public Background background(AccountId person) {
                return recommendationService.background(person);
            }

            @Override
            public RecommendationSettings recommendationSettings(AccountId person) {
                return recommendationService.recommendationSettings(person);
            }

            @Override
            public List<Job> jobs(AccountId person) {
                return jobStore.list(person);
            }

            @Override
            public List<InterviewId> interviewIds(AccountId person) {
                return interviewStore.ids(person);
            }

            @Override
            public Optional<Interview> interview(AccountId person, InterviewId id) {
                return interviewStore.find(person, id);
            }

            @Override
            public List<PurposeConsent> consents(AccountId person) {
                return consentService.consents(person);
            }

            @Override
            public List<ConsentRecord> consentHistory(AccountId person) {
                return consentService.consentHistory(person);
            }

            @Override
            public List<ExportSources.SessionRecord> sessions(AccountId person) {
                return sessionStore.listAll(person).stream()
                        .map(s -> new ExportSources.SessionRecord(s.id().value().toString(), s.device().browser(),
                                s.device().operatingSystem(), s.createdAt(), s.lastSeenAt(), s.revokedAt()))
                        .toList();
            }

            @Override
            public List<InboxMessage> messages(AccountId person) {
                return inboxService.messages(person);
            }

            @Override
            public List<ReportShare> shares(AccountId person) {
                return sharingService.shares(person);
            }

            @Override
            public List<Disclosure> disclosures(AccountId person) {
                return sharingService.disclosures(person);
            }

            @Override
            public List<PageView> pageViews(AccountId person) {
                return usage.pageViews(person);
            }

            @Override
            public List<PrivacyRequest> requests(AccountId person) {
                return requestService.requests(person);
            }

            @Override
            public List<LegalHold> legalHolds(AccountId person) {
                return retentionStore.holds(person);
            }

            @Override
            public List<CorrectionLog.Correction> corrections(AccountId person) {
                return Jobbot.this.corrections(person);
            }

            @Override
            public List<StaffAccessLog.StaffAccess> staffAccesses(AccountId person) {
                return Jobbot.this.staffAccesses(person);
            }
        };
    }

    // --- usage analytics -------------------------------------------------------------------------

    @Override
    public boolean recordPageView(Optional<AccountId> person, String page, Duration dwell, boolean anonymousConsent,
            boolean globalPrivacyControl) {
        return usage.recordPageView(person, page, dwell, anonymousConsent, globalPrivacyControl);
    }

    @Override
    public List<PageView> pageViews(AccountId person) {
        return usage.pageViews(person);
    }

    /** How many views of a page (as a pattern, e.g. {@code /interviews/:id}) were recorded with consent. */
    public long pageViewCount(String page) {
        return usage.count(page);
    }

    // --- minors ----------------------------------------------------------------------------------

    @Override
    public Supervision declareAge(AccountId person, Optional<LocalDate> birthDate, String region) {
        return supervision.declareAge(person, birthDate, region);
    }

    @Override
    public Optional<Supervision> supervision(AccountId person) {
        return supervision.supervision(person);
    }

    @Override
    public AgeStatus ageStatus(AccountId person) {
        return supervision.ageStatus(person);
    }

    @Override
    public void requestGuardianConsent(AccountId person, EmailAddress guardian) {
        supervision.requestGuardianConsent(person, guardian);
        mailEnqueued();
    }

    @Override
    public Optional<GuardianView> guardianView(String token) {
        return supervision.guardianView(token);
    }

    @Override
    public GuardianAnswer answerAsGuardian(String token, SignInCode code, boolean consents, ConsentContext context) {
        return supervision.answerAsGuardian(token, code, consents, context);
    }

    @Override
    public boolean revokeAsGuardian(String token, ConsentContext context) {
        return supervision.revokeAsGuardian(token, context);
    }

    // --- sharing with third parties ------------------------------------------------------------

    @Override
    public CreatedShare shareReport(AccountId owner, InterviewId interview, String recipient, Duration validFor,
            ConsentContext context) {
        return sharingService.shareReport(owner, interview, recipient, validFor, context);
    }

    @Override
    public List<ReportShare> shares(AccountId owner) {
        return sharingService.shares(owner);
    }

    @Override
    public List<Disclosure> disclosures(AccountId owner) {
        return sharingService.disclosures(owner);
    }

    @Override
    public boolean revokeShare(AccountId owner, UUID shareId, ConsentContext context) {
        return sharingService.revokeShare(owner, shareId, context);
    }

    @Override
    public Optional<SharedReport> openShare(String token) {
        return sharingService.openShare(token);
    }

    /** The skills Jobbot recognises (names for the ids in jobs and questions). */
    public SkillTaxonomy skillTaxonomy() {
        return taxonomy;
    }

    // --- operations -----------------------------------------------------------------------

    /**
     * The second half of a master key rotation: wraps every data key still under the previous
     * master key anew under the current one, in batches; safe to run again after an interruption.
     * Start Jobbot with {@code MasterKeys(new, digest, previous)} (e.g. {@link KeyFile#beginRotation}),
     * run this, then drop the previous key (e.g. {@link KeyFile#finishRotation}).
     *
     * @return how many data keys were looked at and how many were re-wrapped
     */
    public KeyVault.Rewrap rewrapDataKeys() {
        int rewrapped = 0;
        // Passes until one finds nothing left to re-wrap: a key created under the old master key
        // during a pass (by a node not yet restarted), or behind the cursor, is caught by the next.
        for (int pass = 0; pass < 10; pass++) {
            int examined = 0;
            int thisPass = 0;
            Optional<KeyScope> after = Optional.empty();
            KeyVault.Rewrap batch;
            do {
                batch = persistence.keyVault().rewrap(after, 500);
                examined += batch.examined();
                thisPass += batch.rewrapped();
                after = batch.last();
            } while (batch.examined() == 500);
            rewrapped += thisPass;
            if (thisPass == 0) {
                return new KeyVault.Rewrap(examined, rewrapped, after);
            }
        }
        throw new IllegalStateException("data keys keep appearing under the previous master key: give every node"
                + " the new key (or stop them) and run the rotation again before the previous key is dropped");
    }

    /**
     * Walks the tamper-evident audit log and says whether it is intact or where it first breaks
     * (an entry edited, removed or reordered). Also run every hour by the background worker.
     */
    public AuditVerification verifyAuditLog() {
        return audit.verify();
    }

    /**
     * A sign-in from a device (browser and OS) the person never used before earns a security notice,
     * by mail and in the inbox; the first device of a new account does not.
     */
    private void newDeviceNotice(SignInResult.SignedIn signedIn, Device device) {
        boolean firstEver = persistence.knownDevices().of(signedIn.account()).isEmpty();
        if (!persistence.knownDevices().remember(signedIn.account(), device) || firstEver || signedIn.newAccount()) {
            return;
        }
        String text = "Someone signed in to your Jobbot account from a device it has not seen before: " + device
                + ", at " + clock.instant() + " (UTC). If this was you, nothing needs doing. If not, sign out the"
                + " other sessions in your settings and tell us.";
        inboxService.postMessage(signedIn.account(), MessageKind.SECURITY_NOTICE, "New sign-in from " + device, text);
        profile(signedIn.account()).flatMap(Account::email).ifPresent(email -> {
            persistence.mailOutbox().enqueue(new MailMessage(email, "New sign-in to Jobbot from " + device, text,
                    Html.paragraphs(text), Optional.empty()), clock.instant());
            mailEnqueued();
        });
    }

    /**
     * Logs one request (policy §2, §3), without waiting: the path is kept as a template, the person
     * as their pseudonym, the address truncated, the user agent as browser, OS and device type.
     */
    public void logAccess(String method, String rawPath, int status, long latencyMicros, Optional<AccountId> person,
            Optional<String> clientIp, Optional<String> userAgent) {
        accessLog.offer(new AccessLogWriter.Pending(clock.instant(), AccessRecord.method(method),
                AccessRecord.template(rawPath), status, latencyMicros, person.map(audit::pseudonym),
                clientIp.flatMap(ConsentService::truncated),
                // Cut here, so the queue never holds more than a parser would read.
                userAgent.map(ua -> ua.length() <= 512 ? ua : ua.substring(0, 512))));
    }

    /** Writes the queued access records now (the background worker does it every second). */
    public int flushAccessLog() {
        return accessLog.flush();
    }

    /**
     * Where mail goes when no mail server is configured (the embedded default): each mail is an
     * {@code .eml} file in this folder. Empty when mail is really sent.
     */
    public Optional<Path> mailOutboxFolder() {
        return mailOutboxFolder;
    }

    /**
     * Hands the committed events to the listeners (and webhooks) now; the background worker does it
     * every second. Returns how many were dispatched.
     */
    public int dispatchEvents() {
        return eventDispatcher.dispatch();
    }

    private static HttpWebhookTransport defaultTransport(List<AutoCloseable> toClose, boolean loopback) {
        HttpWebhookTransport transport = new HttpWebhookTransport(loopback);
        toClose.add(transport);
        return transport;
    }

    /** Partner platforms: API keys, their subjects, webhooks (for the server's partner API). */
    public PartnerService partners() {
        return partners;
    }

    /** Sends the webhook deliveries that are due now; the background worker does it every 2 seconds. */
    public int deliverWebhooks() {
        return partners.deliverDue();
    }

    /** The devices (browser and OS) the person has signed in from. */
    public Set<Device> knownDevices(AccountId person) {
        return persistence.knownDevices().of(person);
    }

    /** The person's most recent requests (devices, times, paths), newest first. */
    public List<AccessRecord> recentAccess(AccountId person, int limit) {
        return persistence.accessLog().of(audit.pseudonym(person), limit);
    }

    /** The person's pseudonym in the audit log. */
    public String auditPseudonym(AccountId person) {
        return audit.pseudonym(person);
    }

    /**
     * The incident register (policy §6): register, update, the deadline clocks, notification of the
     * people affected and the authority report. The background worker logs a warning every hour
     * for each clock close to running out.
     */
    public IncidentService incidents() {
        return incidents;
    }

    /** Notifies more of the people an incident affected (see {@link IncidentService#notifyAffected}). */
    public int notifyIncident(UUID incident, tech.jobbot.domain.incident.Affected affected, int maxPeople) {
        int notified = incidents.notifyAffected(incident, affected, maxPeople);
        audit.record("incident-notification", Optional.empty(), "incident " + incident + ": " + notified + " people");
        if (notified > 0) {
            mailEnqueued();
        }
        return notified;
    }

    /** The clock Jobbot runs on (the host's, or a test's). */
    public Clock clock() {
        return clock;
    }

    /** Delivers every due mail now, on the calling thread; returns how many were sent. */
    public int deliverMail() {
        return mailDelivery.deliverDue();
    }

    /** Mails accepted but not yet delivered (nor given up). Also a cheap database health probe. */
    public int pendingMail() {
        return persistence.mailOutbox().pendingCount();
    }

    /** Runs the retention purge now (what the background worker does every ten minutes). */
    public void housekeeping() {
        purge();
    }

    // --- retention and legal holds ------------------------------------------------------------------

    @Override
    public List<RetentionRule> retentionSchedule() {
        return retention.retentionSchedule();
    }

    @Override
    public PurgeReport purge() {
        PurgeReport report = retention.purge();
        // Dispatched events and finished webhook deliveries are kept 30 days (for tracing), then go.
        persistence.events().purgeDispatchedBefore(clock.instant().minus(Duration.ofDays(30)), 10_000);
        persistence.webhooks().purgeFinishedBefore(clock.instant().minus(Duration.ofDays(30)), 10_000);
        if (report.ran()) {
            audit.record("purge", Optional.empty(), String.valueOf(report.purged()));
        }
        if (report.interviewNotices() > 0) {
            mailEnqueued();
        }
        return report;
    }

    @Override
    public List<RetentionRun> retentionRuns(int limit) {
        return retention.retentionRuns(limit);
    }

    @Override
    public LegalHold placeLegalHold(AccountId person, Optional<UUID> recordId, String reason, String placedBy) {
        LegalHold hold = retention.placeLegalHold(person, recordId, reason, placedBy);
        audit.record("legal-hold-placed", Optional.of(person), "hold " + hold.id());
        return hold;
    }

    @Override
    public boolean releaseLegalHold(UUID holdId) {
        boolean released = retention.releaseLegalHold(holdId);
        if (released) {
            audit.record("legal-hold-released", Optional.empty(), "hold " + holdId);
        }
        return released;
    }

    @Override
    public List<LegalHold> legalHolds(AccountId person) {
        return retention.legalHolds(person);
    }

    @Override
    public void close() {
        if (accessLogWorker != null) {
            accessLogWorker.shutdownNow();
        }
        if (webhookWorker != null) {
            webhookWorker.shutdownNow();
        }
        guarded("access log", accessLog::flush);
        if (workers != null) {
            workers.shutdown();
            try {
                if (!workers.awaitTermination(10, TimeUnit.SECONDS)) {
                    workers.shutdownNow();
                }
            } catch (InterruptedException e) {
                workers.shutdownNow();
                Thread.currentThread().interrupt();
            }
        }
        closeAll(owned);
    }

    /** Closes in reverse order of creation: the pool last, after everything that may use it. */
    private static void closeAll(List<AutoCloseable> resources) {
        for (AutoCloseable resource : resources.reversed()) {
            try {
                resource.close();
            } catch (Exception e) {
                LOG.log(Level.WARNING, "closing " + resource.getClass().getSimpleName() + " failed", e);
            }
        }
    }

    private void mailEnqueued() {
        if (workers != null && !workers.isShutdown() && deliveryQueued.compareAndSet(false, true)) {
            workers.execute(() -> {
                deliveryQueued.set(false);
                guarded("mail delivery", mailDelivery::deliverDue);
            });
        }
    }

    private static void guarded(String what, Runnable task) {
        try {
            task.run();
        } catch (RuntimeException e) {
            // A failing round must not cancel the schedule; the next round tries again.
            LOG.log(Level.WARNING, what + " failed: " + e.getMessage(), e);
        }
    }

    /** Configures a {@link Jobbot}; every setting has a working default. */
    public static final class Builder {
        private Path dataDirectory = Path.of("jobbot-data");
        private DataSource dataSource;
        private String databaseUrl;
        private String databaseUser;
        private String databasePassword;
        private int maxConnections = 10;
        private MailSender mailSender;
        private SmtpSettings smtp;
        private String mailFrom = "Jobbot <no-reply@jobbot.local>";
        private MasterKeys masterKeys;
        private Clock clock = Clock.systemUTC();
        private SessionPolicy sessionPolicy = SessionPolicy.DEFAULT;
        private CodeLimits codeLimits = CodeLimits.DEFAULT;
        private ImageSanitizer imageSanitizer;
        private UserAgentParser userAgentParser;
        private final List<JobbotEventListener> eventListeners = new ArrayList<>();
        private WebhookTransport webhookTransport;
        private boolean webhooksToLoopback;
        private KeyVault keyVault;
        private boolean backgroundWorkers = true;
        private SkillTaxonomySource skillTaxonomy;
        private JobPageFetcher jobPageFetcher;
        private String[] jobLinkAllowedHosts = new String[0];
        private Interviewer interviewer;
        private PolicyDocuments policyDocuments;
        private URI publicUrl;
        private OpenAiSettings openAi;
        private SkillServiceCatalog skillServiceCatalog;
        private PartnerFeedSettings partnerCatalog;
        private long mailPollSeconds = 5;
        private int policyNotificationsPerMinute = 600;
        private MinimumAges minimumAges = MinimumAges.DEFAULT;
        private Duration cancellationGrace = Cancellation.DEFAULT_GRACE;
        private Duration requestResponseTime = PrivacyRequest.DEFAULT_RESPONSE_TIME;
        private final Map<RetentionCategory, Duration> retention = new java.util.EnumMap<>(RetentionCategory.class);
        private int purgeBatchSize = RetentionService.DEFAULT_BATCH;
        private List<tech.jobbot.domain.incident.Incident.Deadline> incidentDeadlines =
                List.of(tech.jobbot.domain.incident.Incident.Deadline.GDPR_AUTHORITY);

        private Builder() {
        }

        /** Where embedded state lives (H2 database, key file, mail outbox); default {@code ./jobbot-data}. */
        public Builder dataDirectory(Path directory) {
            this.dataDirectory = Objects.requireNonNull(directory, "directory");
            return this;
        }

        /** Use the host application's own DataSource (H2 or PostgreSQL); Jobbot migrates its tables in it and never closes it. */
        public Builder dataSource(DataSource dataSource) {
            this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
            return this;
        }

        /** A database by JDBC URL ({@code jdbc:postgresql:...} or {@code jdbc:h2:...}); Jobbot pools and closes it. */
        public Builder database(String jdbcUrl, String user, String password) {
            this.databaseUrl = Objects.requireNonNull(jdbcUrl, "jdbcUrl");
            this.databaseUser = user;
            this.databasePassword = password;
            return this;
        }

        public Builder maxConnections(int maxConnections) {
            this.maxConnections = maxConnections;
            return this;
        }

        /** Send mail through the host's own sender instead of SMTP or the outbox folder. */
        public Builder mailSender(MailSender sender) {
            this.mailSender = Objects.requireNonNull(sender, "sender");
            return this;
        }

        /** Send mail through an SMTP server. */
        public Builder smtp(SmtpSettings settings) {
            this.smtp = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** The From of mails written to the outbox folder (SMTP settings carry their own). */
        public Builder mailFrom(String from) {
            this.mailFrom = Objects.requireNonNull(from, "from");
            return this;
        }

        /** Server secrets from the host's secret store; default: a key file generated in the data directory. */
        public Builder masterKeys(MasterKeys keys) {
            this.masterKeys = Objects.requireNonNull(keys, "keys");
            return this;
        }

        public Builder clock(Clock clock) {
            this.clock = Objects.requireNonNull(clock, "clock");
            return this;
        }

        public Builder sessionPolicy(SessionPolicy policy) {
            this.sessionPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        public Builder codeLimits(CodeLimits limits) {
            this.codeLimits = Objects.requireNonNull(limits, "limits");
            return this;
        }

        /**
         * Hears events (an interview finished, a consent changed, an account erased) after they
         * commit, from a background worker (or {@link Jobbot#dispatchEvents()}), at least once each.
         * May be called more than once to add listeners.
         */
        /**
         * A key vault of your own (backed by your KMS, say): it seals and opens every personal value,
         * keeps one data key per person and destroys it at erasure, and makes the keyed digests.
         * Default: data keys in Jobbot's database, wrapped under {@link #masterKeys}.
         */
        public Builder keyVault(KeyVault vault) {
            this.keyVault = Objects.requireNonNull(vault, "vault");
            return this;
        }

        /**
         * Lets the default webhook transport call endpoints on this machine (for developing a
         * receiver); off by default, when only public addresses are called.
         */
        public Builder webhooksToLoopback(boolean allowed) {
            this.webhooksToLoopback = allowed;
            return this;
        }

        /** How webhooks reach partners. Default: public addresses only, pinned, no redirects, 10 s in all. */
        public Builder webhookTransport(WebhookTransport transport) {
            this.webhookTransport = Objects.requireNonNull(transport, "transport");
            return this;
        }

        public Builder eventListener(JobbotEventListener listener) {
            this.eventListeners.add(Objects.requireNonNull(listener, "listener"));
            return this;
        }

        /**
         * Reads user agents as browser, OS and device type (sessions, new-device notices, consent
         * records, the access log). Default: ua-parser's maintained rules.
         */
        public Builder userAgentParser(UserAgentParser parser) {
            this.userAgentParser = Objects.requireNonNull(parser, "parser");
            return this;
        }

        public Builder imageSanitizer(ImageSanitizer sanitizer) {
            this.imageSanitizer = Objects.requireNonNull(sanitizer, "sanitizer");
            return this;
        }

        /**
         * Whether Jobbot runs its own background thread for mail delivery and clean-up (default
         * true). Off, the host calls {@link Jobbot#deliverMail()} and {@link Jobbot#housekeeping()}.
         */
        public Builder backgroundWorkers(boolean enabled) {
            this.backgroundWorkers = enabled;
            return this;
        }

        /** How often the mail worker looks for due retries, in seconds (new mail goes out at once). */
        public Builder mailPollSeconds(long seconds) {
            if (seconds < 1) {
                throw new IllegalArgumentException("mail poll interval must be at least 1 second");
            }
            this.mailPollSeconds = seconds;
            return this;
        }

        /**
         * How many people the background worker notifies of a new policy version per minute (an
         * in-site message and a mail each); default 600, so a large audience is told over time
         * rather than in one burst at the mail server.
         */
        public Builder policyNotificationsPerMinute(int people) {
            if (people < 1) {
                throw new IllegalArgumentException("notify at least one person per minute");
            }
            this.policyNotificationsPerMinute = people;
            return this;
        }

        /**
         * Changes one category's retention period (see {@link RetentionSchedule#defaults()}); the
         * purge deletes what is older, except under a legal hold.
         */
        public Builder retention(RetentionCategory category, Duration period) {
            Objects.requireNonNull(category, "category");
            if (Objects.requireNonNull(period, "period").isNegative()) {
                throw new IllegalArgumentException("a retention period cannot be negative");
            }
            this.retention.put(category, period);
            return this;
        }

        /** The notification deadlines an incident starts (default: the authority within 72 hours). */
        public Builder incidentDeadlines(List<tech.jobbot.domain.incident.Incident.Deadline> deadlines) {
            this.incidentDeadlines = List.copyOf(deadlines);
            return this;
        }

        /** How many rows one purge transaction deletes at most (default 1,000): bounds lock time. */
        public Builder purgeBatchSize(int rows) {
            if (rows < 1) {
                throw new IllegalArgumentException("a purge batch deletes at least one row");
            }
            this.purgeBatchSize = rows;
            return this;
        }

        /** The promised response time for complaints and privacy requests; default 15 days. */
        public Builder requestResponseTime(Duration responseTime) {
            if (Objects.requireNonNull(responseTime, "responseTime").isNegative() || responseTime.isZero()) {
                throw new IllegalArgumentException("a response time is positive");
            }
            this.requestResponseTime = responseTime;
            return this;
        }

        /**
         * How long a cancelled account can still be restored by signing in, before it is erased;
         * default 14 days.
         */
        public Builder cancellationGracePeriod(Duration grace) {
            if (Objects.requireNonNull(grace, "grace").isNegative()) {
                throw new IllegalArgumentException("a grace period cannot be negative");
            }
            this.cancellationGrace = grace;
            return this;
        }

        /**
         * The age per policy region under which sign-up needs a guardian's consent before anything
         * beyond the email is kept; default 14 in China, 13 elsewhere.
         */
        public Builder minimumAges(MinimumAges ages) {
            this.minimumAges = Objects.requireNonNull(ages, "ages");
            return this;
        }

        /** The skills taxonomy; default: the one shipped with Jobbot. */
        public Builder skillTaxonomy(SkillTaxonomySource source) {
            this.skillTaxonomy = Objects.requireNonNull(source, "source");
            return this;
        }

        /** How job links are fetched; default: over HTTP(S), public addresses only. */
        public Builder jobPageFetcher(JobPageFetcher fetcher) {
            this.jobPageFetcher = Objects.requireNonNull(fetcher, "fetcher");
            return this;
        }

        /**
         * Hosts a job link may reach although they are not public (an intranet job board, a test
         * server). Everything else non-public stays refused.
         */
        public Builder jobLinkAllowedHosts(String... hosts) {
            this.jobLinkAllowedHosts = hosts.clone();
            return this;
        }

        /**
         * Where people reach this Jobbot (e.g. {@code https://jobbot.example.com}): the base of the
         * one-click unsubscribe link every marketing mail carries. Without it no marketing mail is sent.
         */
        public Builder publicUrl(URI publicUrl) {
            this.publicUrl = Objects.requireNonNull(publicUrl, "publicUrl");
            return this;
        }

        /** Replaces the bundled privacy policies (the seed policy as GLOBAL version 1) with yours. */
        public Builder policyDocuments(PolicyDocuments policyDocuments) {
            this.policyDocuments = Objects.requireNonNull(policyDocuments, "policyDocuments");
            return this;
        }

        /**
         * The host's own interviewer (e.g. its own model); the built-in interviewer takes over any
         * step in which it fails. Scores never depend on it.
         */
        public Builder interviewer(Interviewer interviewer) {
            this.interviewer = Objects.requireNonNull(interviewer, "interviewer");
            return this;
        }

        /** An LLM behind an OpenAI-compatible Chat Completions API, with the built-in interviewer as fallback. */
        public Builder openAi(OpenAiSettings settings) {
            this.openAi = Objects.requireNonNull(settings, "settings");
            return this;
        }

        /** Replaces the catalog bundled with Jobbot (trainings, courses, consulting) with the host's own. */
        public Builder skillServiceCatalog(SkillServiceCatalog catalog) {
            this.skillServiceCatalog = Objects.requireNonNull(catalog, "catalog");
            return this;
        }

        /**
         * Adds a partner's catalog feed (JSON over HTTPS), read whole and cached, to the bundled catalog
         * (an item id in both is the partner's). Nothing about the person is sent to the partner.
         */
        public Builder partnerCatalog(PartnerFeedSettings feed) {
            this.partnerCatalog = Objects.requireNonNull(feed, "feed");
            return this;
        }

        public Jobbot build() {
            if (interviewer != null && openAi != null) {
                throw new IllegalStateException("configure either an interviewer or OpenAI settings, not both");
            }
            return new Jobbot(this);
        }
    }
}
