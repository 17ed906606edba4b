package tech.jobbot.adapters.embedded.bench;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import tech.jobbot.adapters.embedded.EmbeddedInterviewer;
import tech.jobbot.adapters.embedded.SampleJobs;
import tech.jobbot.domain.interview.AnswerAnalysis;
import tech.jobbot.domain.interview.AnswerAnalyzer;
import tech.jobbot.domain.interview.Competency;
import tech.jobbot.domain.interview.Feedback;
import tech.jobbot.domain.interview.FeedbackComposer;
import tech.jobbot.domain.interview.Question;
import tech.jobbot.domain.interview.QuestionDraft;
import tech.jobbot.domain.interview.QuestionId;
import tech.jobbot.domain.interview.QuestionKind;
import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.SkillExtractor;
import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.job.SkillTaxonomy;
import tech.jobbot.ports.out.interview.FeedbackNarrative;

/**
 * How fast the built-in interviewer is: planning an interview for a realistic job, and the whole
 * feedback for one 500-word answer (domain analysis, scores, remarks, then the narrative). Issue 3
 * targets under 5 ms per answer. Run with {@code bench.sh} in this module; the class name does not
 * end in "Test", so a normal build never runs it.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
@Fork(1)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
public class InterviewerBenchmark {
    /** A strong STAR answer of about 500 words to a question about the job's PostgreSQL work. */
    static final String ANSWER = """
            Last spring I was the on-call engineer for the payments API at a fintech company that processed \
            around 40,000 card payments an hour at peak. Our checkout latency had crept up over three months, \
            and one Monday the p99 for the authorisation endpoint passed 1.8 seconds, well above our 400 \
            millisecond objective. Merchants started to complain, and two large partners threatened to route \
            traffic to a competitor if it was not fixed within the week. My task was to find the cause, fix it \
            without a risky big-bang change, and prove the improvement with numbers the partners would trust. \
            I started by pulling the slow query log from PostgreSQL and grouping statements by fingerprint. \
            One query stood out: the lookup of a merchant's active fee schedule ran on every authorisation and \
            took up to 900 milliseconds under load. I ran EXPLAIN ANALYZE on a production replica and saw a \
            sequential scan over eleven million rows, because a migration two months earlier had changed a \
            column type and silently made the old index unusable. I wrote a new partial index that matched \
            the query's predicates, created it concurrently so that writes were never blocked, and verified \
            the new plan on the replica first. Then I added a short-lived cache in the Spring Boot service for \
            fee schedules, with explicit invalidation when finance published a change, because the data \
            changed only a few times a day. I also wrote an integration test with Testcontainers that fails \
            the build if the query plan falls back to a sequential scan, so the same regression cannot return \
            unnoticed. Before the rollout I agreed a plan with the team lead: I shipped the index on Tuesday \
            evening, watched the dashboards in Grafana, and enabled the cache behind a feature flag for five \
            percent of merchants on Wednesday, then for everyone on Thursday. I kept the two partners informed \
            with a short daily note that showed the latency curve and what we would do next. I personally \
            wrote the index migration, the cache, the test and the notes; a colleague reviewed each change \
            and paired with me on the flag rollout. The result was that p99 latency for authorisation dropped \
            from 1.8 seconds to 210 milliseconds, and database CPU fell by 35 percent, which let us postpone \
            a planned hardware upgrade worth about 60,000 euros a year. Both partners stayed, and one of them \
            increased its volume by twenty percent the following quarter. Error rates on the endpoint fell \
            from 0.7 percent to below 0.1 percent because fewer requests timed out. Afterwards I presented the \
            incident at our engineering review and proposed a rule that every migration touching an indexed \
            column must include a plan check, which the team adopted and which has caught two similar problems \
            since. What I learned is to trust measurements over hunches, to make the fix observable before \
            rolling it out, and to tell the people who depend on us what is happening before they have to \
            ask.""";

    private SkillTaxonomy taxonomy;
    private EmbeddedInterviewer interviewer;
    private AnswerAnalyzer analyzer;
    private FeedbackComposer composer;
    private JobProfile job;
    private Question question;
    private Feedback feedback;

    @Setup
    public void setUp() {
        taxonomy = SampleJobs.TAXONOMY;
        interviewer = new EmbeddedInterviewer(taxonomy);
        analyzer = new AnswerAnalyzer(new SkillExtractor(taxonomy));
        composer = new FeedbackComposer();
        job = SampleJobs.BACKEND_ENGINEER;
        question = new Question(QuestionId.planned(2),
                "Tell me about a time you improved the performance of a PostgreSQL-backed service. What did you do, "
                        + "and what changed?",
                QuestionKind.BEHAVIORAL, Competency.PROBLEM_SOLVING,
                List.of(new SkillId("postgresql"), new SkillId("spring-boot")),
                "Improve the performance and reliability of PostgreSQL-backed services", Optional.empty());
        int words = ANSWER.split("\\s+").length;
        if (words < 480 || words > 560) {
            throw new IllegalStateException("the benchmark answer should have about 500 words, not " + words);
        }
        feedback = composer.compose(question, ANSWER, analyzer.analyze(question, ANSWER, job), job, taxonomy);
    }

    @Benchmark
    public List<QuestionDraft> planSixQuestions() {
        return interviewer.planQuestions(job, 6);
    }

    @Benchmark
    public List<QuestionDraft> planTwelveQuestions() {
        return interviewer.planQuestions(job, 12);
    }

    /** Scores are computed inside {@link FeedbackComposer#compose} (by {@code Scoring}), as in production. */
    @Benchmark
    public FeedbackNarrative feedbackFor500WordAnswer() {
        AnswerAnalysis analysis = analyzer.analyze(question, ANSWER, job);
        Feedback feedback = composer.compose(question, ANSWER, analysis, job, taxonomy);
        return interviewer.narrate(question, ANSWER, feedback, job, chunk -> { });
    }

    /** The domain analysis alone, to show where the feedback's time goes. */
    @Benchmark
    public AnswerAnalysis analyzeOnly() {
        return analyzer.analyze(question, ANSWER, job);
    }

    /** The interviewer's own share of the feedback: the narrative for feedback computed in advance. */
    @Benchmark
    public FeedbackNarrative narrateOnly() {
        return interviewer.narrate(question, ANSWER, feedback, job, chunk -> { });
    }
}
