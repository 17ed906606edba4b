package tech.jobbot.domain.interview;

import java.util.Objects;
import java.util.Optional;

/**
 * One attempt at a question, as the report sees it: an answer with its feedback (absent when
 * feedback generation failed and has not been redone), or a skip.
 */
public record AttemptRecord(QuestionId question, String answer, Optional<Feedback> feedback, boolean skipped) {
    public AttemptRecord {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(feedback, "feedback");
        if (skipped && (feedback.isPresent() || !answer.isEmpty())) {
            throw new IllegalArgumentException("a skipped question has no answer and no feedback");
        }
    }

    public static AttemptRecord answered(QuestionId question, String answer, Feedback feedback) {
        return new AttemptRecord(question, answer, Optional.of(feedback), false);
    }

    public static AttemptRecord skip(QuestionId question) {
        return new AttemptRecord(question, "", Optional.empty(), true);
    }

    /** An interview's stored attempt, as the report sees it. */
    public static AttemptRecord of(Attempt attempt) {
        return attempt.skipped() ? skip(attempt.question())
                : new AttemptRecord(attempt.question(), attempt.answer().orElseThrow(), attempt.feedback(), false);
    }
}
