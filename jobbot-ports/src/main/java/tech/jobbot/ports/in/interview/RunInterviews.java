package tech.jobbot.ports.in.interview;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.interview.InterviewId;
import tech.jobbot.domain.interview.QuestionId;
import tech.jobbot.domain.job.JobId;

/** Practice interviews: start, answer, skip, retry, finish, and the records (privacy policy §2). */
public interface RunInterviews {
    /** Starts an interview of {@code questionCount} (3–12) questions tailored to the job. */
    InterviewOutcome startInterview(AccountId owner, JobId job, int questionCount);

    /**
     * Stores an answer, then gives feedback and the next question. With an idempotency key, a
     * repeated request returns what the first one stored instead of answering twice. Narrative
     * text is passed to {@code onNarrative} as a remote interviewer produces it, or, from the
     * built-in interviewer, all at once after answer and feedback are committed.
     */
    InterviewOutcome answer(AccountId owner, InterviewId interview, QuestionId question, String text,
            Optional<String> idempotencyKey, Consumer<String> onNarrative);

    InterviewOutcome skip(AccountId owner, InterviewId interview, QuestionId question);

    /** Generates the feedback of an answered attempt again (e.g. after a failure). */
    InterviewOutcome regenerateFeedback(AccountId owner, InterviewId interview, QuestionId question, int attempt);

    /** Ends the interview with its report; finishing a finished interview returns it unchanged. */
    InterviewOutcome finish(AccountId owner, InterviewId interview);

    List<Interview> interviews(AccountId owner);

    Optional<Interview> interview(AccountId owner, InterviewId interview);

    boolean deleteInterview(AccountId owner, InterviewId interview);
}
