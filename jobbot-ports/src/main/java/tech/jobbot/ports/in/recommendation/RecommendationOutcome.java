package tech.jobbot.ports.in.recommendation;

import java.util.List;

import tech.jobbot.domain.recommendation.Recommendation;
import tech.jobbot.domain.recommendation.SkillGap;

/** The answer to asking for recommendations. */
public sealed interface RecommendationOutcome {
    /**
     * @param gaps         every gap found, most severe first
     * @param personalised whether answers and background were used (else the job alone)
     */
    record Recommended(List<Recommendation> recommendations, List<SkillGap> gaps, boolean personalised)
            implements RecommendationOutcome {}

    record JobNotFound() implements RecommendationOutcome {}
}
