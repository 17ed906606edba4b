package tech.jobbot.domain.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tech.jobbot.domain.interview.TestInterviews.DATA_ANALYST;
import static tech.jobbot.domain.interview.TestInterviews.feedback;
import static tech.jobbot.domain.interview.TestInterviews.followUp;
import static tech.jobbot.domain.interview.TestInterviews.question;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import tech.jobbot.domain.interview.InterviewReport.QuestionSummary;

class ReportBuilderTest {
    private static final ReportBuilder BUILDER = new ReportBuilder(TestTaxonomy.EXTRACTOR);
    private static final Question Q1 = question(1, QuestionKind.BEHAVIORAL, Competency.PROBLEM_SOLVING,
            "Tell me about an analysis that changed a decision.", "Explain findings to non-technical stakeholders",
            "dashboards");
    private static final Question Q2 = question(2, QuestionKind.TECHNICAL, Competency.ROLE_EXPERTISE,
            "How would you find duplicate customers in a table?", "Strong SQL and Python for analysis", "sql");
    private static final Question Q3 = question(3, QuestionKind.BEHAVIORAL, Competency.PROBLEM_SOLVING,
            "Tell me about a time you cleaned messy data.", "Strong SQL and Python for analysis", "python");
    private static final List<Question> QUESTIONS = List.of(Q1, Q2, Q3);
    private static final String RESULT = Advice.ADD_RESULT.headline();
    private static final String SPECIFIC = Advice.BE_SPECIFIC.headline();
    private static final String FILLERS = Advice.CUT_FILLERS.headline();

    private static AttemptRecord answered(Question q, String answer, Feedback feedback) {
        return AttemptRecord.answered(q.id(), answer, feedback);
    }

    @Test
    void overall_is_the_mean_of_each_questions_best_attempt_with_skips_as_zero() {
        InterviewReport report = BUILDER.build(QUESTIONS, List.of(
                answered(Q1, "first try", feedback(40, RESULT)),
                answered(Q1, "second try", feedback(70, SPECIFIC)),
                answered(Q2, "only try", feedback(80)),
                AttemptRecord.skip(Q3.id())), DATA_ANALYST);
        assertEquals(50, report.overall());
        assertEquals(List.of(70, 80, 0), report.questions().stream().map(QuestionSummary::bestScore).toList());
        assertEquals(List.of(false, false, true), report.questions().stream().map(QuestionSummary::skipped).toList());
        assertEquals("", report.summary());
    }

    @Test
    void per_competency_is_the_mean_of_the_questions_that_assess_it() {
        InterviewReport report = BUILDER.build(QUESTIONS, List.of(
                answered(Q1, "a", feedback(70)),
                answered(Q2, "b", feedback(80)),
                answered(Q3, "c", feedback(31))), DATA_ANALYST);
        assertEquals(Map.of(Competency.PROBLEM_SOLVING, 51, Competency.ROLE_EXPERTISE, 80), report.perCompetency());
    }

    @Test
    void per_competency_lists_competencies_in_their_declared_order_whatever_order_they_were_given_in() {
        Map<Competency, Integer> given = new LinkedHashMap<>();
        given.put(Competency.MOTIVATION, 40);
        given.put(Competency.COLLABORATION, 60);
        given.put(Competency.ROLE_EXPERTISE, 80);
        InterviewReport report = new InterviewReport(60, given, List.of(), List.of(), List.of(), List.of(), "");
        assertEquals(List.of(Competency.ROLE_EXPERTISE, Competency.COLLABORATION, Competency.MOTIVATION),
                List.copyOf(report.perCompetency().keySet()));
    }

    @Test
    void a_question_never_attempted_counts_as_skipped() {
        InterviewReport report = BUILDER.build(QUESTIONS, List.of(answered(Q1, "a", feedback(90))), DATA_ANALYST);
        assertEquals(30, report.overall());
        assertTrue(report.questions().get(2).skipped());
        assertTrue(report.questions().get(2).takeaway().contains("Strong SQL and Python for analysis"));
    }

    @Test
    void a_follow_up_is_another_attempt_at_the_question_it_follows() {
        Question q1f = followUp(Q1, "What changed because of it?");
        InterviewReport report = BUILDER.build(List.of(Q1, q1f, Q2, Q3), List.of(
                answered(Q1, "a", feedback(30)),
                answered(q1f, "b", feedback(60))), DATA_ANALYST);
        assertEquals(3, report.questions().size());
        assertEquals(60, report.questions().get(0).bestScore());
    }

    @Test
    void the_takeaway_is_the_best_attempts_top_improvement_with_its_hint() {
        InterviewReport report = BUILDER.build(QUESTIONS, List.of(
                answered(Q1, "a", feedback(20, FILLERS)),
                answered(Q1, "b", feedback(60, RESULT, SPECIFIC))), DATA_ANALYST);
        assertEquals(RESULT + ". hint for " + RESULT, report.questions().get(0).takeaway());
    }

    @Test
    void given_no_feedback_stored_then_the_attempt_is_scored_from_its_answer() {
        String answer = "At my last job I wrote SQL to find 3,000 duplicate customers. As a result, mailing costs "
                + "fell by 12%.";
        InterviewReport report = BUILDER.build(QUESTIONS,
                List.of(new AttemptRecord(Q2.id(), answer, Optional.empty(), false)), DATA_ANALYST);
        int expected = Scoring.score(new AnswerAnalyzer(TestTaxonomy.EXTRACTOR).analyze(Q2, answer, DATA_ANALYST),
                Q2).overall();
        assertEquals(expected, report.questions().get(1).bestScore());
    }

    @Test
    void a_requirement_is_covered_by_an_answer_that_shows_one_of_its_skills_or_shares_its_words() {
        InterviewReport report = BUILDER.build(QUESTIONS, List.of(
                answered(Q1, "I explained the findings to the non-technical sales team in plain words.",
                        feedback(60)),
                answered(Q2, "I would group by email in SQL and keep the newest row.", feedback(60))), DATA_ANALYST);
        assertEquals(List.of("Strong SQL and Python for analysis", "Explain findings to non-technical stakeholders"),
                report.requirementsCovered());
        assertEquals(List.of("Build dashboards in Tableau or Power BI"), report.requirementsMissing());
    }

    @Test
    void a_non_answer_covers_nothing_even_if_it_names_a_skill() {
        InterviewReport report = BUILDER.build(QUESTIONS, List.of(
                answered(Q2, "I don't know SQL.", feedback(0))), DATA_ANALYST);
        assertEquals(List.of(), report.requirementsCovered());
    }

    @Test
    void practice_puts_the_most_frequent_and_weighty_advice_first_and_keeps_a_missing_requirement() {
        InterviewReport report = BUILDER.build(QUESTIONS, List.of(
                answered(Q1, "a", feedback(40, FILLERS, SPECIFIC)),
                answered(Q2, "b", feedback(40, RESULT, FILLERS)),
                answered(Q3, "c", feedback(40, RESULT, FILLERS))), DATA_ANALYST);
        assertEquals(3, report.practice().size());
        assertEquals(RESULT + " (came up in 2 of 3 answers)", report.practice().get(0));
        assertEquals(FILLERS + " (came up in 3 of 3 answers)", report.practice().get(1));
        assertTrue(report.practice().get(2).startsWith("Prepare an example that shows: "),
                report.practice().toString());
    }

    @Test
    void a_strong_interview_still_gets_three_things_to_practise_starting_with_its_weakest_competency() {
        InterviewReport report = BUILDER.build(QUESTIONS, List.of(
                answered(Q1, "I explained the findings to the non-technical sales team in plain words.",
                        feedback(90)),
                answered(Q2, "I would group by email in SQL and keep the newest row.", feedback(70)),
                answered(Q3, "I built a Tableau dashboard in Power BI style for the board.", feedback(95))),
                DATA_ANALYST);
        assertEquals(3, report.practice().size(), report.practice().toString());
        assertEquals(3, report.practice().stream().distinct().count(), "no item twice");
        assertTrue(report.practice().stream().anyMatch(p -> p.contains("(your score: 70)")), report.practice().toString());
    }

    @Test
    void an_attempt_at_an_unknown_question_is_refused() {
        Question other = question(9, QuestionKind.BEHAVIORAL, Competency.LEADERSHIP, "Another?", "");
        assertThrows(IllegalArgumentException.class,
                () -> BUILDER.build(QUESTIONS, List.of(AttemptRecord.skip(other.id())), DATA_ANALYST));
    }

    @Test
    void an_interviews_stored_attempts_map_to_attempt_records() {
        Instant at = Instant.parse("2026-03-01T10:00:00Z");
        assertEquals(AttemptRecord.skip(Q1.id()),
                AttemptRecord.of(new Attempt(Q1.id(), 1, Optional.empty(), at, Optional.empty())));
        assertEquals(new AttemptRecord(Q1.id(), "my answer", Optional.empty(), false),
                AttemptRecord.of(new Attempt(Q1.id(), 2, Optional.of("my answer"), at, Optional.empty())));
    }

    @Test
    void a_skip_carries_no_answer_and_no_feedback() {
        assertThrows(IllegalArgumentException.class,
                () -> new AttemptRecord(Q1.id(), "text", Optional.empty(), true));
        assertThrows(IllegalArgumentException.class,
                () -> new AttemptRecord(Q1.id(), "", Optional.of(feedback(5)), true));
    }
}
