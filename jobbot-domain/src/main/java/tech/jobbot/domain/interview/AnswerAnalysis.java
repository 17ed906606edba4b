package tech.jobbot.domain.interview;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import tech.jobbot.domain.job.SkillId;

/**
 * What an answer contains, found by deterministic rules: the same text always gives the same
 * analysis, whichever interviewer model is configured.
 *
 * @param star        for each STAR part found, the sentences that show it
 * @param specifics   numbers, metrics, named tools and scale the answer gives
 * @param skillsShown the job's skills the answer demonstrates
 * @param ownership   share of first-person singular among first-person pronouns, 0..1
 * @param fillers     filler words and phrases used
 * @param hedges      hedging phrases used
 * @param nonAnswer   present when the answer does not answer at all
 * @param relevance   overlap with what the question asks, 0..1
 */
public record AnswerAnalysis(
        int wordCount,
        Map<StarPart, List<String>> star,
        List<String> specifics,
        List<SkillId> skillsShown,
        double ownership,
        List<String> fillers,
        List<String> hedges,
        Optional<NonAnswer> nonAnswer,
        double relevance) {

    public AnswerAnalysis {
        star = Map.copyOf(star);
        specifics = List.copyOf(specifics);
        skillsShown = List.copyOf(skillsShown);
        fillers = List.copyOf(fillers);
        hedges = List.copyOf(hedges);
        Objects.requireNonNull(nonAnswer, "nonAnswer");
    }

    /** Thin or evasive: worth one follow-up question before moving on. */
    public boolean isThin() {
        return nonAnswer.isPresent() || wordCount < 40 || star.size() < 2;
    }
}
