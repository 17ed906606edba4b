package tech.jobbot.sdk.recommendation;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.Background;
import tech.jobbot.domain.interview.AnswerAnalyzer;
import tech.jobbot.domain.interview.Attempt;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.job.Job;
import tech.jobbot.domain.job.JobId;
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
import tech.jobbot.ports.out.recommendation.RecommendationSettingsRepository;
import tech.jobbot.ports.out.recommendation.SkillServiceCatalog;
import tech.jobbot.ports.out.tx.Transactions;

/**
 * Skill service recommendations (privacy policy §3). Personalised: the job's skills weighed
 * against those the person showed in their answers for this job and claimed in their background.
 * With personalisation off, only the job is used: no answer and no background is read. The
 * catalog is only ever asked which items teach which skills.
 */
public final class RecommendationService implements Recommend, ManageBackground {
    private final Transactions tx;
    private final JobRepository jobs;
    private final InterviewRepository interviews;
    private final BackgroundRepository backgrounds;
    private final RecommendationSettingsRepository settings;
    private final SkillServiceCatalog catalog;
    private final AnswerAnalyzer analyzer;
    private final SkillsGap gaps;
    private final RecommendationRanker ranker;

    public RecommendationService(Transactions tx, JobRepository jobs, InterviewRepository interviews,
            BackgroundRepository backgrounds, RecommendationSettingsRepository settings, SkillServiceCatalog catalog,
            AnswerAnalyzer analyzer, SkillsGap gaps, RecommendationRanker ranker) {
        this.tx = tx;
        this.jobs = jobs;
        this.interviews = interviews;
        this.backgrounds = backgrounds;
        this.settings = settings;
        this.catalog = catalog;
        this.analyzer = analyzer;
        this.gaps = gaps;
        this.ranker = ranker;
    }

    @Override
    public RecommendationOutcome recommendations(AccountId owner, JobId jobId, int max) {
        Optional<Job> found = jobs.find(owner, jobId);
        if (found.isEmpty()) {
            return new RecommendationOutcome.JobNotFound();
        }
        Job job = found.get();
        RecommendationSettings choices = recommendationSettings(owner);
        boolean personalised = choices.personalised();
        Background background = personalised ? background(owner) : Background.empty();
        Set<SkillId> shown = personalised ? shownInAnswers(owner, jobId) : Set.of();
        List<SkillGap> jobGaps = gaps.gaps(job.profile(), shown, background, personalised);
        Set<SkillId> wanted = jobGaps.stream().map(SkillGap::skill)
                .collect(Collectors.toCollection(LinkedHashSet::new));
        SkillLevel level = personalised ? Levels.ofPerson(background, job.profile().seniority())
                : Levels.ofSeniority(job.profile().seniority());
        List<Recommendation> recommended = wanted.isEmpty() ? List.of()
                : ranker.rank(jobGaps, catalog.itemsTeaching(wanted), level, choices.dismissedItems(), max,
                        RecommendationRanker.Basis.of(personalised));
        return new RecommendationOutcome.Recommended(recommended, jobGaps, personalised);
    }

    /** The job's skills that any answer to an interview for this job demonstrated (the domain analysis, re-run). */
    private Set<SkillId> shownInAnswers(AccountId owner, JobId jobId) {
        Set<SkillId> shown = new LinkedHashSet<>();
        for (Interview interview : interviews.list(owner)) {
            if (!interview.jobId().equals(jobId)) {
                continue;
            }
            for (Attempt attempt : interview.attempts()) {
                attempt.answer().ifPresent(answer -> interview.question(attempt.question()).ifPresent(question ->
                        shown.addAll(analyzer.analyze(question, answer, interview.job()).skillsShown())));
            }
        }
        return shown;
    }

    @Override
    public RecommendationSettings dismissItem(AccountId owner, String itemId) {
        return tx.inTransaction(() -> {
            RecommendationSettings updated = recommendationSettings(owner).dismiss(itemId);
            settings.save(owner, updated);
            return updated;
        });
    }

    @Override
    public RecommendationSettings setPersonalised(AccountId owner, boolean personalised) {
        return tx.inTransaction(() -> {
            RecommendationSettings updated = recommendationSettings(owner).withPersonalised(personalised);
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
