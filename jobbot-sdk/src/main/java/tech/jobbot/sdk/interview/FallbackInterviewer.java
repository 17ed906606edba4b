package tech.jobbot.sdk.interview;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

import tech.jobbot.domain.interview.AnswerAnalysis;
import tech.jobbot.domain.interview.Feedback;
import tech.jobbot.domain.interview.InterviewReport;
import tech.jobbot.domain.interview.Question;
import tech.jobbot.domain.interview.QuestionDraft;
import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.ports.out.interview.FeedbackNarrative;
import tech.jobbot.ports.out.interview.Interviewer;

/**
 * A configured interviewer (a remote model) with the built-in one behind it: any failure or
 * invalid output of the first falls back to the second for that step, so a model outage never
 * stalls an interview. Scores never depend on either.
 */
public final class FallbackInterviewer implements Interviewer {
    private static final Logger LOG = System.getLogger(FallbackInterviewer.class.getName());

    private final Interviewer primary;
    private final Interviewer fallback;

    public FallbackInterviewer(Interviewer primary, Interviewer fallback) {
        this.primary = primary;
        this.fallback = fallback;
    }

    @Override
    public List<QuestionDraft> planQuestions(JobProfile job, int count) {
        return attempt("plan", () -> primary.planQuestions(job, count), () -> fallback.planQuestions(job, count));
    }

    @Override
    public String followUp(Question question, String answer, AnswerAnalysis analysis, JobProfile job) {
        return attempt("follow-up", () -> primary.followUp(question, answer, analysis, job),
                () -> fallback.followUp(question, answer, analysis, job));
    }

    @Override
    public FeedbackNarrative narrate(Question question, String answer, Feedback feedback, JobProfile job,
            Consumer<String> onChunk) {
        // Chunks already streamed stay with the client; the final result carries the whole narrative.
        return attempt("narrative", () -> primary.narrate(question, answer, feedback, job, onChunk),
                () -> fallback.narrate(question, answer, feedback, job, onChunk));
    }

    @Override
    public String summarise(InterviewReport report, JobProfile job) {
        return attempt("summary", () -> primary.summarise(report, job), () -> fallback.summarise(report, job));
    }

    private static <T> T attempt(String step, Supplier<T> first, Supplier<T> second) {
        try {
            return first.get();
        } catch (RuntimeException e) {
            LOG.log(Level.WARNING, "interviewer failed at the {0} step, the built-in interviewer takes over: {1}", step,
                    e.getMessage());
            return second.get();
        }
    }
}
