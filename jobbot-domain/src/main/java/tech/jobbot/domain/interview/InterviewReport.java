package tech.jobbot.domain.interview;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The report at the end of an interview.
 *
 * @param perCompetency         average overall score of the answers per competency assessed, in
 *                              competency order
 * @param requirementsCovered   the job's requirements some answer demonstrated
 * @param requirementsMissing   the job's requirements no answer demonstrated
 * @param practice              the three things most worth practising, most important first
 * @param summary               a short narrative (from the configured interviewer)
 */
public record InterviewReport(int overall, Map<Competency, Integer> perCompetency, List<QuestionSummary> questions,
        List<String> requirementsCovered, List<String> requirementsMissing, List<String> practice, String summary) {
    public InterviewReport {
        // In a fixed order, so that a report reads the same in every run (Map.copyOf's does not).
        Map<Competency, Integer> scores = new EnumMap<>(Competency.class);
        perCompetency.forEach((competency, score) -> scores.put(competency, Objects.requireNonNull(score)));
        perCompetency = Collections.unmodifiableMap(scores);
        questions = List.copyOf(questions);
        requirementsCovered = List.copyOf(requirementsCovered);
        requirementsMissing = List.copyOf(requirementsMissing);
        practice = List.copyOf(practice);
        Objects.requireNonNull(summary, "summary");
        if (overall < 0 || overall > 100) {
            throw new IllegalArgumentException("overall is 0 to 100");
        }
    }

    public InterviewReport withSummary(String newSummary) {
        return new InterviewReport(overall, perCompetency, questions, requirementsCovered, requirementsMissing, practice,
                newSummary);
    }

    /** One question in the report: its best attempt's score and the main point to take away. */
    public record QuestionSummary(QuestionId question, String text, Competency competency, boolean skipped,
            int bestScore, String takeaway) {
    }
}
