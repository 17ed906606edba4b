package tech.jobbot.ports.out.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tech.jobbot.domain.interview.AnswerAnalysis;
import tech.jobbot.domain.interview.Competency;
import tech.jobbot.domain.interview.Feedback;
import tech.jobbot.domain.interview.InterviewReport;
import tech.jobbot.domain.interview.InterviewReport.QuestionSummary;
import tech.jobbot.domain.interview.Question;
import tech.jobbot.domain.interview.QuestionDraft;
import tech.jobbot.domain.interview.QuestionId;
import tech.jobbot.domain.interview.QuestionKind;
import tech.jobbot.domain.interview.Remark;
import tech.jobbot.domain.interview.Scores;
import tech.jobbot.domain.interview.StarPart;
import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.Seniority;
import tech.jobbot.domain.job.SkillId;

/**
 * What every {@link Interviewer} must do, whichever model stands behind it; run against each
 * adapter by a subclass in the adapter's module. An adapter that talks to a remote model prepares
 * a valid reply in the {@code expect...} hooks before each call; one that needs nothing keeps the
 * no-op defaults.
 */
public abstract class InterviewerContract {
    protected static final int MAX_FOLLOW_UP = 300;
    protected static final int MAX_SUMMARY = 1_200;

    /** The skills of {@link #JOB}, most important first; all of them common taxonomy slugs. */
    protected static final List<SkillId> SKILLS = List.of(new SkillId("java"), new SkillId("postgresql"),
            new SkillId("kubernetes"), new SkillId("rest-api-design"), new SkillId("code-review"),
            new SkillId("communication"));

    protected static final JobProfile JOB = new JobProfile(
            "Senior Backend Engineer, Shipment Tracking",
            Optional.of("Northwind Freight"),
            "Northwind Freight moves parcels across twelve countries. The tracking team builds the Java services"
                    + " that tell customers and carriers where every parcel is, in real time.",
            List.of("Design and run the REST APIs that carriers use to report parcel scans",
                    "Keep the PostgreSQL-backed tracking services fast at peak season volumes",
                    "Operate services on Kubernetes, including on-call rotations",
                    "Review code and mentor two mid-level engineers"),
            List.of("5+ years of professional experience with Java",
                    "Experience tuning PostgreSQL queries and schemas",
                    "Comfortable operating services on Kubernetes",
                    "Clear written communication with non-technical stakeholders"),
            SKILLS,
            Seniority.SENIOR,
            Optional.of("full-time"));

    protected static final Question QUESTION = new Question(QuestionId.planned(2),
            "Tell me about a time you made a slow PostgreSQL query fast enough for peak season.",
            QuestionKind.BEHAVIORAL, Competency.ROLE_EXPERTISE, List.of(new SkillId("postgresql")),
            "Experience tuning PostgreSQL queries and schemas", Optional.empty());

    protected static final String THIN_ANSWER = "We had a slow query, so we added an index and it was better.";

    /** What the domain finds in {@link #THIN_ANSWER}: an action, no result, "we" rather than "I". */
    protected static final AnswerAnalysis THIN_ANALYSIS = new AnswerAnalysis(14,
            Map.of(StarPart.SITUATION, List.of("We had a slow query"),
                    StarPart.ACTION, List.of("so we added an index and it was better")),
            List.of("index"), List.of(new SkillId("postgresql")), 0.0, List.of(), List.of(), Optional.empty(), 0.55);

    protected static final String FULL_ANSWER = "In March our parcel-scan endpoint timed out at peak. I was on call and"
            + " owned the fix. I read the query plan, found a sequential scan on scans by parcel id, and added a"
            + " composite index concurrently. The p95 latency went from 2.4 seconds to 80 milliseconds.";

    protected static final Feedback FEEDBACK = new Feedback(new Scores(74, 85, 80, 78, 62, 70),
            List.of(new Remark("You name the concrete cause and fix", Optional.of("found a sequential scan"),
                    Optional.empty(), "Keep naming the tool you used to find it.")),
            List.of(new Remark("The business impact stays implicit", Optional.of("The p95 latency went from 2.4"
                    + " seconds to 80 milliseconds"), Optional.empty(),
                    "Say what the faster endpoint meant for carriers or customers.")),
            "", "");

    protected static final InterviewReport REPORT = new InterviewReport(68,
            Map.of(Competency.ROLE_EXPERTISE, 74, Competency.COLLABORATION, 61, Competency.MOTIVATION, 70),
            List.of(new QuestionSummary(QuestionId.planned(1), "Why do you want to join the tracking team?",
                            Competency.MOTIVATION, false, 70, "Tie your answer to real-time tracking."),
                    new QuestionSummary(QuestionId.planned(2), QUESTION.text(), Competency.ROLE_EXPERTISE, false,
                            74, "State the business impact of the fix."),
                    new QuestionSummary(QuestionId.planned(3), "Tell me about a code review that changed a design.",
                            Competency.COLLABORATION, false, 61, "Say what you personally argued for.")),
            List.of("Experience tuning PostgreSQL queries and schemas",
                    "5+ years of professional experience with Java"),
            List.of("Comfortable operating services on Kubernetes",
                    "Clear written communication with non-technical stakeholders"),
            List.of("State the result of your work in numbers", "Say what you did, not what the team did",
                    "Prepare a Kubernetes incident story"),
            "");

    /** The adapter under test; the same instance for the whole test. */
    protected abstract Interviewer interviewer();

    /** Prepares a valid plan of {@code count} questions for {@code job}, if the adapter needs one. */
    protected void expectPlan(JobProfile job, int count) {
    }

    /** Prepares a valid follow-up to {@code question}, if the adapter needs one. */
    protected void expectFollowUp(Question question, JobProfile job) {
    }

    /** Prepares a valid narrative of {@code feedback}, if the adapter needs one. */
    protected void expectNarrative(Question question, Feedback feedback, JobProfile job) {
    }

    /** Prepares a valid summary of {@code report}, if the adapter needs one. */
    protected void expectSummary(InterviewReport report, JobProfile job) {
    }

    @ParameterizedTest(name = "{0} questions")
    @ValueSource(ints = {3, 6})
    void given_a_job_when_planning_then_exactly_the_count_asked_for_is_returned(int count) {
        expectPlan(JOB, count);

        assertEquals(count, interviewer().planQuestions(JOB, count).size());
    }

    @ParameterizedTest(name = "{0} questions")
    @ValueSource(ints = {3, 6})
    void given_a_job_when_planning_then_no_two_questions_differ_only_in_case_or_spacing(int count) {
        expectPlan(JOB, count);

        List<QuestionDraft> drafts = interviewer().planQuestions(JOB, count);

        Set<String> seen = new HashSet<>();
        for (QuestionDraft draft : drafts) {
            assertTrue(seen.add(sameness(draft.text())), () -> "asked twice: " + draft.text());
        }
    }

    @ParameterizedTest(name = "{0} questions")
    @ValueSource(ints = {3, 6})
    void given_a_job_when_planning_then_every_question_probes_only_skills_the_job_asks_for(int count) {
        expectPlan(JOB, count);

        for (QuestionDraft draft : interviewer().planQuestions(JOB, count)) {
            assertTrue(JOB.skills().containsAll(draft.skills()),
                    () -> draft.skills() + " is not within the job's " + JOB.skills() + ": " + draft.text());
        }
    }

    @ParameterizedTest(name = "{0} questions")
    @ValueSource(ints = {3, 6})
    void given_a_job_when_planning_then_every_question_has_a_kind_a_competency_and_a_usable_text(int count) {
        expectPlan(JOB, count);

        for (QuestionDraft draft : interviewer().planQuestions(JOB, count)) {
            assertNotNull(draft.kind(), draft::text);
            assertNotNull(draft.competency(), draft::text);
            assertFalse(draft.text().isBlank(), "blank question text");
            assertTrue(draft.text().length() <= Question.MAX_TEXT,
                    () -> draft.text().length() + " characters, more than " + Question.MAX_TEXT);
        }
    }

    @Test
    void given_a_thin_answer_when_following_up_then_one_short_question_is_asked() {
        expectFollowUp(QUESTION, JOB);

        String followUp = interviewer().followUp(QUESTION, THIN_ANSWER, THIN_ANALYSIS, JOB);

        assertFalse(followUp.isBlank(), "blank follow-up");
        assertTrue(followUp.endsWith("?"), () -> "not a question: " + followUp);
        assertTrue(followUp.length() <= MAX_FOLLOW_UP,
                () -> "longer than " + MAX_FOLLOW_UP + " characters: " + followUp);
    }

    @Test
    void given_feedback_when_narrating_then_the_chunks_passed_on_make_up_the_narrative_returned() {
        expectNarrative(QUESTION, FEEDBACK, JOB);
        List<String> chunks = new ArrayList<>();

        FeedbackNarrative result = interviewer().narrate(QUESTION, FULL_ANSWER, FEEDBACK, JOB, chunks::add);

        assertFalse(result.narrative().isBlank(), "blank narrative");
        assertFalse(chunks.isEmpty(), "nothing was passed to onChunk");
        assertEquals(result.narrative().strip(), String.join("", chunks).strip());
    }

    @Test
    void given_a_report_when_summarising_then_a_short_summary_is_returned() {
        expectSummary(REPORT, JOB);

        String summary = interviewer().summarise(REPORT, JOB);

        assertFalse(summary.isBlank(), "blank summary");
        assertTrue(summary.length() <= MAX_SUMMARY,
                () -> summary.length() + " characters, more than " + MAX_SUMMARY);
    }

    /** Two questions that differ only in case or spacing are the same question. */
    private static String sameness(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", "");
    }
}
