package tech.jobbot.sdk.job;

import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.auth.RateDecision;
import tech.jobbot.domain.auth.RateLimit;
import tech.jobbot.domain.job.Job;
import tech.jobbot.domain.job.JobId;
import tech.jobbot.domain.job.JobPosting;
import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.JobProfiles;
import tech.jobbot.domain.job.JobSource;
import tech.jobbot.domain.job.SkillExtractor;
import tech.jobbot.domain.job.SkillId;
import tech.jobbot.ports.in.job.JobCreation;
import tech.jobbot.ports.in.job.JobRequest;
import tech.jobbot.ports.in.job.ManageJobs;
import tech.jobbot.ports.out.auth.RateLimitLedger;
import tech.jobbot.ports.out.job.JobPageFetcher;
import tech.jobbot.ports.out.job.JobPostingReader;
import tech.jobbot.ports.out.job.JobRepository;
import tech.jobbot.ports.out.job.PageFetch;
import tech.jobbot.ports.out.tx.Transactions;
import tech.jobbot.sdk.limits.RateGuard;

/** Job intake: a title, a pasted description or a link becomes a {@link JobProfile} the interview is tailored to. */
public final class JobService implements ManageJobs {
    /**
     * Links a person may have fetched per hour: plenty for real use, too few to use Jobbot as a
     * scanner of other people's sites.
     */
    public static final RateLimit LINK_FETCHES = new RateLimit("job-links", 30, Duration.ofHours(1));

    private final Transactions tx;
    private final RateGuard guard;
    private final JobRepository jobs;
    private final JobPageFetcher fetcher;
    private final JobPostingReader reader;
    private final SkillExtractor skills;
    private final Clock clock;

    public JobService(Transactions tx, RateLimitLedger ledger, JobRepository jobs, JobPageFetcher fetcher,
            JobPostingReader reader, SkillExtractor skills, Clock clock) {
        this.tx = tx;
        this.guard = new RateGuard(ledger, clock);
        this.jobs = jobs;
        this.fetcher = fetcher;
        this.reader = reader;
        this.skills = skills;
        this.clock = clock;
    }

    @Override
    public JobCreation createJob(AccountId owner, JobRequest request) {
        JobSource source;
        JobProfile profile;
        if (request.link().isPresent()) {
            Optional<Duration> wait = countLinkFetch(owner);
            if (wait.isPresent()) {
                return new JobCreation.LinkLimited(wait.get());
            }
            switch (fetcher.fetch(request.link().get())) {
                case PageFetch.Fetched fetched -> profile = JobProfiles.fromPosting(
                        titled(fetched.posting(), request.title()), skills);
                case PageFetch.Refused refused -> {
                    return new JobCreation.LinkRefused(refused.reason());
                }
                case PageFetch.Unreadable unreadable -> {
                    return new JobCreation.LinkUnreadable(unreadable.reason());
                }
            }
            source = JobSource.LINK;
        } else if (request.description().isPresent()) {
            profile = JobProfiles.fromPosting(titled(reader.read(request.description().get()), request.title()), skills);
            source = JobSource.DESCRIPTION;
        } else {
            profile = JobProfiles.fromTitle(request.title().orElseThrow(), skills);
            source = JobSource.TITLE;
        }
        Job job = new Job(new JobId(UUID.randomUUID()), owner, source, request.link().map(Object::toString), profile,
                clock.instant());
        jobs.add(job);
        return new JobCreation.Created(job);
    }

    /** Counts one more link fetch for the person, or says how long to wait when over the limit. */
    private Optional<Duration> countLinkFetch(AccountId owner) {
        return tx.inTransaction(() -> guard.take(List.of(new RateGuard.Check(LINK_FETCHES, "job-links:" + owner.value())))
                .map(RateDecision.Limited::retryAfter));
    }

    /** The person's own title wins over the posting's. */
    private static JobPosting titled(JobPosting posting, Optional<String> title) {
        return title.map(t -> new JobPosting(Optional.of(t), posting.company(), posting.description(),
                posting.responsibilities(), posting.qualifications(), posting.skills(), posting.seniority(),
                posting.employmentType())).orElse(posting);
    }

    @Override
    public List<Job> jobs(AccountId owner) {
        return jobs.list(owner);
    }

    @Override
    public Optional<Job> job(AccountId owner, JobId id) {
        return jobs.find(owner, id);
    }

    @Override
    public boolean deleteJob(AccountId owner, JobId id) {
        return jobs.delete(owner, id);
    }

    @Override
    public Optional<Job> correctSkills(AccountId owner, JobId id, List<SkillId> corrected) {
        List<SkillId> distinct = corrected.stream().distinct().toList();
        if (distinct.size() > JobProfile.MAX_SKILLS) {
            throw new IllegalArgumentException("at most " + JobProfile.MAX_SKILLS + " skills");
        }
        List<String> unknown = distinct.stream().filter(s -> skills.taxonomy().find(s).isEmpty()).map(SkillId::value).toList();
        if (!unknown.isEmpty()) {
            throw new IllegalArgumentException("not skills Jobbot knows: " + String.join(", ", unknown));
        }
        return tx.inTransaction(() -> jobs.find(owner, id).map(job -> {
            Job fixed = new Job(job.id(), job.owner(), job.source(), job.link(), job.profile().withSkills(distinct),
                    job.createdAt());
            jobs.replace(fixed);
            return fixed;
        }));
    }
}
