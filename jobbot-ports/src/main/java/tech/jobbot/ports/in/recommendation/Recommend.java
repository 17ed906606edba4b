package tech.jobbot.ports.in.recommendation;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.job.JobId;
import tech.jobbot.domain.recommendation.RecommendationSettings;

/**
 * Skill service recommendations (privacy policy §3): for a job, the skills it asks for that the
 * person has not shown, and the trainings, courses and consulting that would close them.
 */
public interface Recommend {
    /**
     * Personalised (the job weighed against the answers and the background) only while the person
     * consents to {@code personalization.recommendations}; otherwise from the job alone.
     */
    RecommendationOutcome recommendations(AccountId owner, JobId job, int max);

    /** Hides an item from this person's recommendations ("not interested"). */
    RecommendationSettings dismissItem(AccountId owner, String itemId);

    /** Shows a dismissed item again. */
    RecommendationSettings undismissItem(AccountId owner, String itemId);

    RecommendationSettings recommendationSettings(AccountId owner);
}
