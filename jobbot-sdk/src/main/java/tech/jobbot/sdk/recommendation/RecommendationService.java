package tech.jobbot.sdk.recommendation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.Background;
import tech.jobbot.domain.consent.Purposes;
import tech.jobbot.domain.interview.AnswerAnalyzer;
import tech.jobbot.domain.interview.Attempt;
import tech.jobbot.domain.interview.DemonstratedSkills;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.job.Job;
import tech.jobbot.domain.job.JobId;
import tech.jobbot.domain.job.SkillExtractor;
import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.recommendation.Levels;
import tech.jobbot.domain.recommendation.Recommendation;
import tech.jobbot.domain.recommendation.RecommendationRanker;
import tech.jobbot.domain.recommendation.RecommendationSettings;
import tech.jobbot.domain.recommendation.SkillGap;
import tech.jobbot.domain.recommendation.SkillLevel;
import tech.jobbot.domain.recommendation.SkillsGap;
import tech.jobbot.ports.in.account.ManageBackground;
import tech.jobbot.ports.in.recommendation.Recommend;
import tech.jobbot.ports.in.recommendation.RecommendationOutcome;
import tech.jobbot.ports.out.account.BackgroundRepository;
import tech.jobbot.ports.out.interview.InterviewRepository;
import tech.jobbot.ports.out.job.JobRepository;
import tech.jobbot.sdk.consent.ConsentGate;
import tech.jobbot.ports.out.recommendation.RecommendationSettingsRepository;
import tech.jobbot.ports.out.recommendation.SkillServiceCatalog;
import tech.jobbot.ports.out.tx.Transactions;

/**
 * Skill service recommendations (privacy policy §3). Personalised, while the person consents to
 * {@code personalization.recommendations}: the job's skills weighed against those the person
 * showed in their answers for this job and claimed in their background. Without that consent
 * (never given, withdrawn, or given under an older policy), only the job is used: no answer and no
 * background is read. The
 * catalog is only ever asked which items teach which skills.
 */
public final class RecommendationService implements Recommend, ManageBackground {
    private final Transactions tx;
    private final JobRepository jobs;
    private final InterviewRepository interviews;
    private final BackgroundRepository backgrounds;
    private final RecommendationSettingsRepository settings;
    private final ConsentGate consents;
    private final SkillServiceCatalog catalog;
    private final AnswerAnalyzer analyzer;
    private final SkillExtractor extractor;
    private final SkillsGap gaps;
    private final RecommendationRanker ranker;

    public RecommendationService(Transactions tx, JobRepository jobs, InterviewRepository interviews,
            BackgroundRepository backgrounds, RecommendationSettingsRepository settings, ConsentGate consents,
            SkillServiceCatalog catalog,
            AnswerAnalyzer analyzer, SkillExtractor extractor, SkillsGap gaps, RecommendationRanker ranker) {
        this.tx = tx;
        this.jobs = jobs;
        this.interviews = interviews;
        this.backgrounds = backgrounds;
        this.settings = settings;
        this.consents = consents;
        this.catalog = catalog;
        this.analyzer = analyzer;
        this.extractor = extractor;
        this.gaps = gaps;
        this.ranker = ranker;
    }

    @Override
    public RecommendationOutcome recommendations(AccountId owner, JobId jobId, int max) {
        if (max < 1 || max > RecommendationRanker.MAX) {
            throw new IllegalArgumentException("max must be 1 to " + RecommendationRanker.MAX);
        }
        Optional<Job> found = jobs.find(owner, jobId);
        if (found.isEmpty()) {
            return new RecommendationOutcome.JobNotFound();
        }
        Job job = found.get();
        RecommendationSettings choices = recommendationSettings(owner);
        // The domain decides from the ledger, at every request: a withdrawal counts at once.
        boolean personalised = consents.mayUse(owner, Purposes.PERSONALIZATION_RECOMMENDATIONS);
        Background background = personalised ? background(owner) : Background.empty();
        Set<SkillId> shown = personalised ? shownInAnswers(owner, job) : Set.of();
        boolean answeredAny = personalised && answeredAny(owner, job);
        List<SkillGap> jobGaps = gaps.gaps(job.profile(), shown, background, personalised);
        SkillLevel level = personalised ? Levels.ofPerson(background, job.profile().seniority())
                : Levels.ofSeniority(job.profile().seniority());
        // The catalog is asked about all the job's skills, never only the missing ones: what a person
        // lacks stays inside Jobbot even when the catalog is a partner's.
        List<Recommendation> recommended = jobGaps.isEmpty() ? List.of()
                : ranker.rank(jobGaps, catalog.itemsTeaching(Set.copyOf(job.profile().skills())), level,
                        choices.dismissedItems(), max, RecommendationRanker.Basis.of(personalised, answeredAny));
        return new RecommendationOutcome.Recommended(recommended, jobGaps, personalised);
    }

    private boolean answeredAny(AccountId owner, Job job) {
        return interviews.list(owner).stream().filter(i -> i.jobId().equals(job.id()))
                .anyMatch(i -> i.attempts().stream().anyMatch(a -> a.answer().isPresent()));
    }

    /**
     * The job's skills that an answer to an interview for this job demonstrated: used in what the
     * person did or achieved, not merely named or denied (the domain analysis, re-run).
     */
    private Set<SkillId> shownInAnswers(AccountId owner, Job job) {
        Set<SkillId> jobSkills = Set.copyOf(job.profile().skills());
        Set<SkillId> shown = new LinkedHashSet<>();
        for (Interview interview : interviews.list(owner)) {
            if (!interview.jobId().equals(job.id())) {
                continue;
            }
            for (Attempt attempt : interview.attempts()) {
                attempt.answer().ifPresent(answer -> interview.question(attempt.question()).ifPresent(question ->
                        shown.addAll(DemonstratedSkills.in(analyzer.analyze(question, answer, interview.job()),
                                extractor, jobSkills))));
            }
        }
        return shown;
    }

    @Override
    public RecommendationSettings dismissItem(AccountId owner, String itemId) {
        return change(owner, current -> current.dismiss(itemId));
    }

    @Override
    public RecommendationSettings undismissItem(AccountId owner, String itemId) {
        return change(owner, current -> current.undismiss(itemId));
    }

    /** Read-modify-write under a lock, so two concurrent dismissals cannot lose one another. */
    private RecommendationSettings change(AccountId owner, UnaryOperator<RecommendationSettings> how) {
        return tx.inTransaction(() -> {
            RecommendationSettings updated = how.apply(
                    settings.findForUpdate(owner).orElse(RecommendationSettings.DEFAULT));
            settings.save(owner, updated);
            return updated;
        });
    }

    @Override
    public RecommendationSettings recommendationSettings(AccountId owner) {
        return settings.find(owner).orElse(RecommendationSettings.DEFAULT);
    }

    @Override
    public Background background(AccountId owner) {
        return backgrounds.find(owner).orElse(Background.empty());
    }

    @Override
    public Background replaceBackground(AccountId owner, Background background) {
        backgrounds.save(owner, background);
        return background;
    }

    @Override
    public boolean deleteBackground(AccountId owner) {
        return backgrounds.delete(owner);
    }
}
