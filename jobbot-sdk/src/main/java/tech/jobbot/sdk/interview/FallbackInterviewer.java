package tech.jobbot.sdk.interview;

import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Supplier;

import tech.jobbot.domain.interview.AnswerAnalysis;
import tech.jobbot.domain.interview.Feedback;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.interview.InterviewReport;
import tech.jobbot.domain.interview.Question;
import tech.jobbot.domain.interview.QuestionDraft;
import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.ports.out.interview.FeedbackNarrative;
import tech.jobbot.ports.out.interview.Interviewer;

/**
 * A configured interviewer (a remote model, a host's own) with the built-in one behind it: any
 * failure or invalid output of the first falls back to the second for that step, so a model
 * outage never stalls an interview. After a failure the first is left alone for a cool-down, so
 * during an outage answers do not each wait out the model's timeouts. Scores never depend on either.
 */
public final class FallbackInterviewer implements Interviewer {
    /** How long the configured interviewer rests after a failure before it is tried again. */
    public static final Duration COOL_DOWN = Duration.ofSeconds(30);
    private static final Logger LOG = System.getLogger(FallbackInterviewer.class.getName());

    private final Interviewer primary;
    private final Interviewer fallback;
    private final Clock clock;
    private volatile Instant restingUntil = Instant.MIN;

    public FallbackInterviewer(Interviewer primary, Interviewer fallback, Clock clock) {
        this.primary = primary;
        this.fallback = fallback;
        this.clock = clock;
    }

    @Override
    public List<QuestionDraft> planQuestions(JobProfile job, int count) {
        return attempt("plan", () -> valid(primary.planQuestions(job, count), count),
                () -> fallback.planQuestions(job, count));
    }

    @Override
    public String followUp(Question question, String answer, AnswerAnalysis analysis, JobProfile job) {
        return attempt("follow-up", () -> primary.followUp(question, answer, analysis, job),
                () -> fallback.followUp(question, answer, analysis, job));
    }

    /**
     * Once the configured interviewer has streamed part of a narrative, the built-in one does not
     * stream over it: the client keeps what it has and gets the whole narrative in the final result.
     */
    @Override
    public FeedbackNarrative narrate(Question question, String answer, Feedback feedback, JobProfile job,
            Consumer<String> onChunk) {
        AtomicBoolean streamed = new AtomicBoolean();
        Consumer<String> tracking = chunk -> {
            streamed.set(true);
            onChunk.accept(chunk);
        };
        return attempt("narrative", () -> primary.narrate(question, answer, feedback, job, tracking),
                () -> fallback.narrate(question, answer, feedback, job, streamed.get() ? chunk -> { } : onChunk));
    }

    @Override
    public String summarise(InterviewReport report, JobProfile job) {
        return attempt("summary", () -> primary.summarise(report, job), () -> fallback.summarise(report, job));
    }

    private <T> T attempt(String step, Supplier<T> first, Supplier<T> second) {
        if (clock.instant().isBefore(restingUntil)) {
            return second.get();
        }
        try {
            return first.get();
        } catch (RuntimeException e) {
            restingUntil = clock.instant().plus(COOL_DOWN);
            LOG.log(Level.WARNING, "interviewer failed at the {0} step; the built-in interviewer takes over for {1}s: {2}",
                    step, COOL_DOWN.toSeconds(), e.getMessage());
            return second.get();
        }
    }

    /** A plan from outside must be as good as the built-in one's: the right size, no question twice. */
    private static List<QuestionDraft> valid(List<QuestionDraft> plan, int count) {
        if (plan.size() != count) {
            throw new IllegalStateException("the plan has " + plan.size() + " questions, not " + count);
        }
        Interview.requireValidPlan(plan);
        return plan;
    }
}
