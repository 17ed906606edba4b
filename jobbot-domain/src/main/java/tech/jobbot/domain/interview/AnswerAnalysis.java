package tech.jobbot.domain.interview;

import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import tech.jobbot.domain.job.SkillId;

/**
 * What an answer contains, found by deterministic rules: the same text always gives the same
 * analysis, whichever interviewer model is configured.
 *
 * @param star        for each STAR part found, the sentences that show it; iterated in STAR order
 * @param specifics   numbers, metrics, named tools and scale the answer gives
 * @param skillsShown the job's skills the answer demonstrates
 * @param ownership   share of first-person singular among first-person pronouns, 0..1
 * @param fillers     filler words and phrases used
 * @param hedges      hedging phrases used
 * @param nonAnswer   present when the answer does not answer at all
 * @param relevance   overlap with what the question asks, 0..1
 * @param starOrder   the STAR parts found, in the order the answer first shows them (a part first
 *                    shown by the same sentence as another follows STAR order)
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
        double relevance,
        List<StarPart> starOrder) {

    public AnswerAnalysis {
        // An EnumMap, not Map.copyOf: the latter iterates in an order that changes from one JVM
        // run to the next, and anything that walks the parts must see them the same way every time.
        Map<StarPart, List<String>> parts = new EnumMap<>(StarPart.class);
        star.forEach((part, sentences) -> parts.put(part, List.copyOf(sentences)));
        star = Collections.unmodifiableMap(parts);
        starOrder = List.copyOf(starOrder);
        specifics = List.copyOf(specifics);
        skillsShown = List.copyOf(skillsShown);
        fillers = List.copyOf(fillers);
        hedges = List.copyOf(hedges);
        Objects.requireNonNull(nonAnswer, "nonAnswer");
        if (starOrder.size() != star.size() || !Set.copyOf(starOrder).equals(star.keySet())) {
            throw new IllegalArgumentException("starOrder lists each STAR part found, once");
        }
        if (ownership < 0 || ownership > 1 || relevance < 0 || relevance > 1 || wordCount < 0) {
            throw new IllegalArgumentException("ownership and relevance are 0..1, wordCount at least 0");
        }
    }

    /**
     * An analysis whose parts are taken to come in STAR order, for callers that do not track
     * where each part appears.
     */
    public AnswerAnalysis(int wordCount, Map<StarPart, List<String>> star, List<String> specifics,
            List<SkillId> skillsShown, double ownership, List<String> fillers, List<String> hedges,
            Optional<NonAnswer> nonAnswer, double relevance) {
        this(wordCount, star, specifics, skillsShown, ownership, fillers, hedges, nonAnswer, relevance,
                Arrays.stream(StarPart.values()).filter(star::containsKey).toList());
    }

    /** Thin or evasive: worth one follow-up question before moving on. */
    public boolean isThin() {
        return nonAnswer.isPresent() || wordCount < 40 || star.size() < 2;
    }
}
