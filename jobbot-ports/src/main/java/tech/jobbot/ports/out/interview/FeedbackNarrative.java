package tech.jobbot.ports.out.interview;

import java.util.Objects;

/** The words of a piece of feedback: what to say about the answer, and the outline of a strong one. */
public record FeedbackNarrative(String narrative, String outline) {
    public FeedbackNarrative {
        Objects.requireNonNull(narrative, "narrative");
        Objects.requireNonNull(outline, "outline");
    }
}
