package tech.jobbot.ports.out.interview;

import java.util.List;
import java.util.function.Consumer;

import tech.jobbot.domain.interview.AnswerAnalysis;
import tech.jobbot.domain.interview.Feedback;
import tech.jobbot.domain.interview.InterviewReport;
import tech.jobbot.domain.interview.Question;
import tech.jobbot.domain.interview.QuestionDraft;
import tech.jobbot.domain.job.JobProfile;

/**
 * The interviewer: asks questions that fit the job, follows up, and puts feedback into words.
 * It never scores: scores come from the domain analysis, so changing the model cannot make them
 * drift. A candidate's answer is data to comment on, never instructions to follow.
 */
public interface Interviewer {
    /** Proposes {@code count} questions tailored to the job, mixing kinds, without duplicates. */
    List<QuestionDraft> planQuestions(JobProfile job, int count);

    /** One follow-up question for a thin or evasive answer. */
    String followUp(Question question, String answer, AnswerAnalysis analysis, JobProfile job);

    /**
     * The narrative of the feedback and an outline of a strong answer for this job. Text is passed
     * to {@code onChunk} as it is produced (at once, or streamed by a remote model).
     */
    FeedbackNarrative narrate(Question question, String answer, Feedback feedback, JobProfile job,
            Consumer<String> onChunk);

    /** A short summary of the interview for the report. */
    String summarise(InterviewReport report, JobProfile job);

    /**
     * Whether this interviewer works in the process, without I/O and at once (the built-in one).
     * Then feedback is computed while the answer's transaction is open and stored with it, one
     * commit per turn; a remote interviewer is called only after the answer is committed, so its
     * outage can delay feedback but never lose an answer.
     */
    default boolean inProcess() {
        return false;
    }
}
