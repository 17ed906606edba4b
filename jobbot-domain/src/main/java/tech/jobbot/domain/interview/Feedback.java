package tech.jobbot.domain.interview;

import java.util.List;
import java.util.Objects;

/**
 * Feedback on one answer. Scores, strengths and improvements come from the domain analysis; the
 * narrative and the outline of a strong answer may come from the configured interviewer model.
 */
public record Feedback(Scores scores, List<Remark> strengths, List<Remark> improvements, String outline,
        String narrative) {
    public Feedback {
        Objects.requireNonNull(scores, "scores");
        strengths = List.copyOf(strengths);
        improvements = List.copyOf(improvements);
        Objects.requireNonNull(outline, "outline");
        Objects.requireNonNull(narrative, "narrative");
    }

    public Feedback withNarrative(String newNarrative, String newOutline) {
        return new Feedback(scores, strengths, improvements, newOutline, newNarrative);
    }
}
