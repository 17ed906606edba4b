package tech.jobbot.ports.in.interview;

import java.util.Optional;

import tech.jobbot.domain.interview.Attempt;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.interview.Question;

/** What a step of an interview led to. Expected refusals are values, not exceptions. */
public sealed interface InterviewOutcome {
    /** The interview now (started, answered, skipped, finished or feedback regenerated). */
    record Done(Interview interview) implements InterviewOutcome {}

    /**
     * An attempt was stored. {@code attempt.feedback()} is empty if generating feedback failed; the
     * answer is kept and the feedback can be regenerated. {@code followUp} tells whether {@code next}
     * is a follow-up of this question; {@code replayed} that an earlier request with the same
     * idempotency key already stored it.
     */
    record Answered(Interview interview, Attempt attempt, Optional<Question> next, boolean followUp,
            boolean replayed) implements InterviewOutcome {}

    /** No such interview (or job) of this person. */
    record NotFound(String what) implements InterviewOutcome {}

    /**
     * The request does not fit the interview's state (finished, too many attempts) or reuses an
     * idempotency key for a different request.
     */
    record Refused(String reason) implements InterviewOutcome {}

    /** Nothing is wrong with the request, but it could not be done now (feedback generation failed). */
    record TryLater(String reason) implements InterviewOutcome {}
}
