package tech.jobbot.sdk.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.interview.AnswerAnalysis;
import tech.jobbot.domain.interview.Feedback;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.domain.interview.InterviewReport;
import tech.jobbot.domain.interview.InterviewStatus;
import tech.jobbot.domain.interview.Question;
import tech.jobbot.domain.interview.QuestionDraft;
import tech.jobbot.domain.interview.QuestionId;
import tech.jobbot.domain.job.Job;
import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.JobSource;
import tech.jobbot.ports.in.interview.InterviewOutcome;
import tech.jobbot.ports.in.job.JobCreation;
import tech.jobbot.ports.in.job.JobRequest;
import tech.jobbot.ports.out.interview.FeedbackNarrative;
import tech.jobbot.ports.out.interview.Interviewer;
import tech.jobbot.sdk.JobbotHarness;

/** Jobs and interviews through the SDK alone, on the embedded defaults (built-in interviewer, offline). */
class InterviewFlowTest {
    private static final String POSTING = """
            Senior Data Analyst — Northwind Retail

            We are looking for a data analyst to turn sales data into decisions.

            Responsibilities:
            - Build weekly dashboards in Tableau for the sales leadership
            - Write SQL queries against our Snowflake warehouse
            - Run A/B tests on pricing and explain the results to stakeholders

            Requirements:
            - 5+ years of experience with SQL and Python
            - Experience with statistics and experiment design
            - Clear communication with non-technical stakeholders
            """;

    private static final String STRONG = "At Contoso I owned the weekly revenue dashboard. Our regional managers "
            + "could not see which stores were losing margin, and my task was to find out within two weeks. I wrote "
            + "SQL queries against Snowflake to join sales and returns, built a Tableau dashboard with store-level "
            + "margin, and ran an A/B test on discount levels in 40 stores using Python for the statistics. I then "
            + "presented the result to the sales leadership. As a result we cut discounting in 12 stores and "
            + "margin rose by 3.5 percent in one quarter, about 1.2 million dollars.";

    @TempDir
    java.nio.file.Path dataDir;
    JobbotHarness h;
    AccountId me;

    @BeforeEach
    void start() {
        h = JobbotHarness.start(dataDir);
        me = h.signInFully(JobbotHarness.email("candidate@example.com")).account();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private Job job(JobRequest request) {
        return assertInstanceOf(JobCreation.Created.class, h.jobbot.createJob(me, request)).job();
    }

    @Test
    void a_pasted_posting_becomes_a_job_with_its_requirements_and_skills() {
        Job job = job(JobRequest.ofDescription(POSTING));
        assertEquals(JobSource.DESCRIPTION, job.source());
        JobProfile profile = job.profile();
        assertTrue(profile.title().contains("Data Analyst"), profile.title());
        assertTrue(profile.requirements().stream().anyMatch(r -> r.contains("SQL")), profile.requirements().toString());
        List<String> skills = profile.skills().stream().map(s -> s.value()).toList();
        assertTrue(skills.contains("sql") && skills.contains("tableau") && skills.contains("python"),
                skills.toString());
        assertEquals(List.of(job), h.jobbot.jobs(me));
    }

    @Test
    void a_title_alone_gives_a_usable_job() {
        Job job = job(JobRequest.ofTitle("Registered Nurse"));
        assertEquals(JobSource.TITLE, job.source());
        assertFalse(job.profile().skills().isEmpty(), "a title implies skills");
    }

    @Test
    void a_whole_interview_runs_offline_from_plan_to_report_and_progress() {
        Job job = job(JobRequest.ofDescription(POSTING));
        Interview interview = done(h.jobbot.startInterview(me, job.id(), 6));
        assertEquals(6, interview.questions().size());
        assertTrue(interview.questions().stream().allMatch(q -> !q.text().isBlank()));

        List<String> chunks = new ArrayList<>();
        Question first = interview.nextQuestion().orElseThrow();
        InterviewOutcome.Answered answered = answered(h.jobbot.answer(me, interview.id(), first.id(), STRONG,
                Optional.of("key-1"), chunks::add));
        Feedback feedback = answered.attempt().feedback().orElseThrow();
        assertTrue(feedback.scores().overall() >= 50, "a strong answer scores well: " + feedback.scores());
        assertFalse(feedback.narrative().isBlank());
        assertEquals(feedback.narrative(), String.join("", chunks).strip(), "the narrative was streamed");

        while (true) {
            Interview current = h.jobbot.interview(me, interview.id()).orElseThrow();
            Optional<Question> next = current.nextQuestion();
            if (next.isEmpty()) {
                break;
            }
            if (next.get().id().value().equals("q3")) {
                answered(h.jobbot.skip(me, interview.id(), next.get().id()));
            } else {
                answered(h.jobbot.answer(me, interview.id(), next.get().id(), STRONG, Optional.empty(), c -> { }));
            }
        }
        Interview finished = done(h.jobbot.finish(me, interview.id()));
        InterviewReport report = finished.report().orElseThrow();
        assertEquals(InterviewStatus.FINISHED, finished.status());
        assertEquals(3, report.practice().size(), report.practice().toString());
        assertFalse(report.summary().isBlank());
        assertTrue(report.questions().stream().anyMatch(InterviewReport.QuestionSummary::skipped));
        assertEquals(finished, done(h.jobbot.finish(me, interview.id())), "finishing again changes nothing");
        assertEquals(1, h.jobbot.progress(me).overall().size());
    }

    @Test
    void a_thin_answer_gets_one_follow_up_and_a_retry_keeps_both_attempts() {
        Job job = job(JobRequest.ofDescription(POSTING));
        Interview interview = done(h.jobbot.startInterview(me, job.id(), 3));
        QuestionId first = interview.nextQuestion().orElseThrow().id();
        InterviewOutcome.Answered thin = answered(h.jobbot.answer(me, interview.id(), first, "I don't know.",
                Optional.empty(), c -> { }));
        assertTrue(thin.followUp(), "a non-answer is followed up");
        assertEquals(first.followUp(), thin.next().orElseThrow().id());
        assertTrue(thin.attempt().feedback().orElseThrow().scores().overall() <= 10);
        assertTrue(thin.attempt().feedback().orElseThrow().strengths().isEmpty(), "no invented praise");

        InterviewOutcome.Answered retry = answered(h.jobbot.answer(me, interview.id(), first, STRONG, Optional.empty(),
                c -> { }));
        assertEquals(2, retry.attempt().number());
        Interview now = h.jobbot.interview(me, interview.id()).orElseThrow();
        assertEquals(2, now.attemptsAt(first).size(), "both attempts are kept");
        assertEquals(1, now.questions().stream().filter(q -> q.followUpOf().isPresent()).count(),
                "one follow-up per question");
    }

    @Test
    void a_repeated_request_with_the_same_idempotency_key_stores_one_answer() {
        Job job = job(JobRequest.ofDescription(POSTING));
        Interview interview = done(h.jobbot.startInterview(me, job.id(), 3));
        QuestionId first = interview.nextQuestion().orElseThrow().id();
        InterviewOutcome.Answered once = answered(h.jobbot.answer(me, interview.id(), first, STRONG,
                Optional.of("retry-me"), c -> { }));
        InterviewOutcome.Answered again = answered(h.jobbot.answer(me, interview.id(), first, STRONG,
                Optional.of("retry-me"), c -> { }));
        assertTrue(again.replayed());
        assertEquals(once.attempt(), again.attempt());
        assertEquals(1, h.jobbot.interview(me, interview.id()).orElseThrow().attemptsAt(first).size());
    }

    @Test
    void a_failing_configured_interviewer_is_replaced_by_the_built_in_one_step_by_step() {
        Interviewer flaky = new FailingNarrator(new AtomicInteger());
        try (JobbotHarness broken = JobbotHarness.start(dataDir.resolve("flaky"), b -> b.interviewer(flaky))) {
            AccountId owner = broken.signInFully(JobbotHarness.email("flaky@example.com")).account();
            Job job = assertInstanceOf(JobCreation.Created.class,
                    broken.jobbot.createJob(owner, JobRequest.ofDescription(POSTING))).job();
            Interview interview = done(broken.jobbot.startInterview(owner, job.id(), 3));
            QuestionId first = interview.nextQuestion().orElseThrow().id();
            InterviewOutcome.Answered answered = answered(broken.jobbot.answer(owner, interview.id(), first, STRONG,
                    Optional.empty(), c -> { }));
            assertTrue(answered.attempt().feedback().isPresent(),
                    "a failing configured interviewer falls back to the built-in one");
            assertEquals(3, interview.questions().size(), "the plan came from the built-in interviewer");
        }
    }

    @Test
    void an_idempotency_key_reused_for_a_different_answer_is_refused_and_a_skip_retried_is_one_skip() {
        Job job = job(JobRequest.ofDescription(POSTING));
        Interview interview = done(h.jobbot.startInterview(me, job.id(), 3));
        QuestionId first = interview.nextQuestion().orElseThrow().id();
        answered(h.jobbot.answer(me, interview.id(), first, STRONG, Optional.of("same-key"), c -> { }));
        InterviewOutcome reused = h.jobbot.answer(me, interview.id(), first, "Something else entirely.",
                Optional.of("same-key"), c -> { });
        assertInstanceOf(InterviewOutcome.Refused.class, reused);
        QuestionId second = QuestionId.planned(2);
        answered(h.jobbot.skip(me, interview.id(), second));
        InterviewOutcome.Answered again = answered(h.jobbot.skip(me, interview.id(), second));
        assertTrue(again.replayed());
        assertEquals(1, h.jobbot.interview(me, interview.id()).orElseThrow().attemptsAt(second).size());
        assertInstanceOf(InterviewOutcome.NotFound.class, h.jobbot.answer(me, interview.id(), new QuestionId("q9"),
                STRONG, Optional.empty(), c -> { }));
    }

    @Test
    void a_non_answer_is_not_put_to_the_model_and_an_outage_rests_it() {
        AtomicInteger narrations = new AtomicInteger();
        try (JobbotHarness withModel = JobbotHarness.start(dataDir.resolve("model"),
                b -> b.interviewer(new FailingNarrator(narrations)))) {
            AccountId owner = withModel.signInFully(JobbotHarness.email("model@example.com")).account();
            Job job = assertInstanceOf(JobCreation.Created.class,
                    withModel.jobbot.createJob(owner, JobRequest.ofDescription(POSTING))).job();
            Interview interview = done(withModel.jobbot.startInterview(owner, job.id(), 4));
            narrations.set(0);
            withModel.clock.advance(java.time.Duration.ofMinutes(1));
            answered(withModel.jobbot.answer(owner, interview.id(), QuestionId.planned(1), "I don't know.",
                    Optional.empty(), c -> { }));
            assertEquals(0, narrations.get(), "a non-answer's feedback is the domain's own words");
            // Its follow-up question was asked of the model, which failed and now rests; let it recover.
            withModel.clock.advance(FallbackInterviewer.COOL_DOWN.plusSeconds(1));

            answered(withModel.jobbot.answer(owner, interview.id(), QuestionId.planned(2), STRONG, Optional.empty(),
                    c -> { }));
            assertEquals(1, narrations.get(), "a real answer goes to the model first");
            answered(withModel.jobbot.answer(owner, interview.id(), QuestionId.planned(3), STRONG, Optional.empty(),
                    c -> { }));
            assertEquals(1, narrations.get(), "after a failure the model rests instead of stalling every answer");
            withModel.clock.advance(FallbackInterviewer.COOL_DOWN.plusSeconds(1));
            answered(withModel.jobbot.answer(owner, interview.id(), QuestionId.planned(4), STRONG, Optional.empty(),
                    c -> { }));
            assertEquals(2, narrations.get(), "and is tried again after its cool-down");
        }
    }

    @Test
    void another_person_cannot_see_or_touch_my_interview() {
        Job job = job(JobRequest.ofTitle("Data Analyst"));
        Interview interview = done(h.jobbot.startInterview(me, job.id(), 3));
        AccountId other = h.signInFully(JobbotHarness.email("other@example.com")).account();
        assertEquals(Optional.empty(), h.jobbot.interview(other, interview.id()));
        assertInstanceOf(InterviewOutcome.NotFound.class, h.jobbot.answer(other, interview.id(),
                QuestionId.planned(1), STRONG, Optional.empty(), c -> { }));
        assertInstanceOf(InterviewOutcome.NotFound.class, h.jobbot.startInterview(other, job.id(), 3));
        assertFalse(h.jobbot.deleteInterview(other, interview.id()));
        assertTrue(h.jobbot.deleteInterview(me, interview.id()));
        assertEquals(List.of(), h.jobbot.interviews(me));
    }

    @Test
    void two_different_jobs_get_different_plans() {
        Interview analyst = done(h.jobbot.startInterview(me, job(JobRequest.ofDescription(POSTING)).id(), 6));
        Interview nurse = done(h.jobbot.startInterview(me, job(JobRequest.ofTitle("ICU Registered Nurse")).id(), 6));
        List<String> a = analyst.questions().stream().map(Question::text).toList();
        List<String> b = nurse.questions().stream().map(Question::text).toList();
        assertNotEquals(a, b);
        assertTrue(a.stream().filter(b::contains).count() <= 1, "at most one shared question");
    }

    @Test
    void a_link_to_a_private_address_is_refused() {
        JobCreation refused = h.jobbot.createJob(me, JobRequest.ofLink(URI.create("http://169.254.169.254/latest/")));
        assertInstanceOf(JobCreation.LinkRefused.class, refused);
        assertEquals(List.of(), h.jobbot.jobs(me), "nothing stored");
    }

    private static Interview done(InterviewOutcome outcome) {
        return assertInstanceOf(InterviewOutcome.Done.class, outcome).interview();
    }

    private static InterviewOutcome.Answered answered(InterviewOutcome outcome) {
        return assertInstanceOf(InterviewOutcome.Answered.class, outcome);
    }

    /** An interviewer whose every step fails, as a broken remote model would. */
    private record FailingNarrator(AtomicInteger failures) implements Interviewer {
        @Override
        public List<QuestionDraft> planQuestions(JobProfile job, int count) {
            throw new IllegalStateException("model down");
        }

        @Override
        public String followUp(Question question, String answer, AnswerAnalysis analysis, JobProfile job) {
            throw new IllegalStateException("model down");
        }

        @Override
        public FeedbackNarrative narrate(Question question, String answer, Feedback feedback, JobProfile job,
                Consumer<String> onChunk) {
            failures.incrementAndGet();
            throw new IllegalStateException("model down");
        }

        @Override
        public String summarise(InterviewReport report, JobProfile job) {
            throw new IllegalStateException("model down");
        }
    }

}
