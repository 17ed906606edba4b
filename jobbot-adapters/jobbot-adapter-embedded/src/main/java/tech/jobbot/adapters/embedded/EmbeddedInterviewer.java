package tech.jobbot.adapters.embedded;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;

import tech.jobbot.domain.interview.AnswerAnalysis;
import tech.jobbot.domain.interview.Feedback;
import tech.jobbot.domain.interview.InterviewReport;
import tech.jobbot.domain.interview.Question;
import tech.jobbot.domain.interview.QuestionDraft;
import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.SkillTaxonomy;
import tech.jobbot.ports.out.interview.FeedbackNarrative;
import tech.jobbot.ports.out.interview.Interviewer;

/**
 * The built-in interviewer: works offline, with no model and no network, and is the fallback
 * whenever a configured model fails.
 *
 * <p>Questions come from a bank of templates ({@code questions.tsv}) across competencies and role
 * families, filled with the job's own skills, duties and requirements. A plan is a pure function
 * of the job: the same job always gets the same questions, and different jobs get visibly
 * different ones. Follow-ups, narratives and summaries are composed from the domain's analysis,
 * feedback and report, so they never claim anything the analysis did not find.
 *
 * <p>Instances are immutable and thread-safe.
 */
public final class EmbeddedInterviewer implements Interviewer {
    /** The fewest questions a plan may have. */
    public static final int MIN_QUESTIONS = 3;
    /** The most questions a plan may have. */
    public static final int MAX_QUESTIONS = 12;

    private final SkillTaxonomy taxonomy;
    private final QuestionPlanner planner = new QuestionPlanner(QuestionBank.builtIn());
    private final FollowUpWriter followUps = new FollowUpWriter();
    private final FeedbackWriter writer = new FeedbackWriter();

    /**
     * @param taxonomy where the job's skills get their display names and role families
     */
    public EmbeddedInterviewer(SkillTaxonomy taxonomy) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
    }

    /**
     * {@inheritDoc}
     *
     * @throws IllegalArgumentException if {@code count} is not between {@value #MIN_QUESTIONS} and
     *                                  {@value #MAX_QUESTIONS}
     */
    @Override
    public List<QuestionDraft> planQuestions(JobProfile job, int count) {
        Objects.requireNonNull(job, "job");
        if (count < MIN_QUESTIONS || count > MAX_QUESTIONS) {
            throw new IllegalArgumentException(
                    "a plan has " + MIN_QUESTIONS + " to " + MAX_QUESTIONS + " questions, not " + count);
        }
        return planner.plan(JobFacts.of(job, taxonomy), count);
    }

    /** {@inheritDoc} The question always ends with a question mark. */
    @Override
    public String followUp(Question question, String answer, AnswerAnalysis analysis, JobProfile job) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(answer, "answer");
        Objects.requireNonNull(analysis, "analysis");
        return followUps.followUp(question, answer, analysis, JobFacts.of(job, taxonomy));
    }

    /**
     * {@inheritDoc} The narrative is two to four sentences built from the feedback's scores,
     * strengths and improvements; the outline is the feedback's own when it has one. The narrative
     * is passed to {@code onChunk} once, whole.
     */
    @Override
    public FeedbackNarrative narrate(Question question, String answer, Feedback feedback, JobProfile job,
            Consumer<String> onChunk) {
        Objects.requireNonNull(question, "question");
        Objects.requireNonNull(feedback, "feedback");
        Objects.requireNonNull(onChunk, "onChunk");
        JobFacts facts = JobFacts.of(job, taxonomy);
        String narrative = writer.narrative(question, feedback, facts);
        String outline = feedback.outline().isBlank() ? writer.outline(question, facts) : feedback.outline();
        onChunk.accept(narrative);
        return new FeedbackNarrative(narrative, outline);
    }

    /** {@inheritDoc} Always: it computes its words from the job and the analysis, with no I/O. */
    @Override
    public boolean inProcess() {
        return true;
    }

    /** {@inheritDoc} Two to four sentences: overall, strongest and weakest competency, what to practise. */
    @Override
    public String summarise(InterviewReport report, JobProfile job) {
        Objects.requireNonNull(report, "report");
        return writer.summary(report, JobFacts.of(job, taxonomy));
    }
}
