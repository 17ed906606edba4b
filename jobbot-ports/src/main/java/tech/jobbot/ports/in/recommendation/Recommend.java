package tech.jobbot.ports.in.recommendation;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.job.JobId;
import tech.jobbot.domain.recommendation.RecommendationSettings;

/**
 * Skill service recommendations (privacy policy §3): for a job, the skills it asks for that the
 * person has not shown, and the trainings, courses and consulting that would close them.
 */
public interface Recommend {
    RecommendationOutcome recommendations(AccountId owner, JobId job, int max);

    /** Hides an item from this person's recommendations ("not interested"). */
    RecommendationSettings dismissItem(AccountId owner, String itemId);

    /** Shows a dismissed item again. */
    RecommendationSettings undismissItem(AccountId owner, String itemId);

    /** Personalised (from answers and background) or job-based only. */
    RecommendationSettings setPersonalised(AccountId owner, boolean personalised);

    RecommendationSettings recommendationSettings(AccountId owner);
}
