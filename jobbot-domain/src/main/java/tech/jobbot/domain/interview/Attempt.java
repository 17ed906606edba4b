package tech.jobbot.domain.interview;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * One attempt at a question: an answer (kept as given) or a skip. Feedback arrives after the
 * answer is stored, and may be missing if generating it failed; it can then be regenerated.
 */
public record Attempt(QuestionId question, int number, Optional<String> answer, Instant at,
        Optional<Feedback> feedback) {
    public static final int MAX_ANSWER = 20_000;

    public Attempt {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(feedback, "feedback");
        if (number < 1) {
            throw new IllegalArgumentException("attempts count from 1");
        }
        answer.ifPresent(a -> {
            if (a.length() > MAX_ANSWER) {
                throw new IllegalArgumentException("an answer may be at most " + MAX_ANSWER + " characters");
            }
        });
        if (answer.isEmpty() && feedback.isPresent()) {
            throw new IllegalArgumentException("a skip has no feedback");
        }
    }

    public boolean skipped() {
        return answer.isEmpty();
    }

    Attempt withFeedback(Feedback newFeedback) {
        return new Attempt(question, number, answer, at, Optional.of(newFeedback));
    }
}
