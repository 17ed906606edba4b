package tech.jobbot.adapters.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tech.jobbot.domain.interview.AnswerAnalysis;
import tech.jobbot.domain.interview.Competency;
import tech.jobbot.domain.interview.NonAnswer;
import tech.jobbot.domain.interview.Question;
import tech.jobbot.domain.interview.QuestionId;
import tech.jobbot.domain.interview.QuestionKind;
import tech.jobbot.domain.interview.StarPart;
import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.SkillId;

class FollowUpTest {
    private static final JobProfile JOB = SampleJobs.DATA_ANALYST;
    private static final SkillId SQL = new SkillId("sql");
    private static final Question BEHAVIORAL = question(QuestionKind.BEHAVIORAL,
            "Tell me about a time you used SQL to fix a problem that was hurting your team's results.");
    private static final String SITUATION = "Our weekly revenue report was wrong for two weeks.";
    private static final String ACTION = "I rewrote the SQL query that joined orders and refunds.";
    private static final String WE_ACTION = "We rewrote the join between orders and refunds over two days.";
    private static final String RESULT = "The report matched finance to the cent from then on.";

    private final EmbeddedInterviewer interviewer = new EmbeddedInterviewer(SampleJobs.TAXONOMY);

    @Test
    void given_i_do_not_know_when_following_up_then_the_question_is_asked_again_more_simply_about_its_skill() {
        String followUp = interviewer.followUp(BEHAVIORAL, "I don't know.", nonAnswer(NonAnswer.DONT_KNOW), JOB);

        assertTrue(followUp.startsWith("That is fine; let's make it smaller."), followUp);
        assertTrue(followUp.contains("one real moment when you used SQL"), followUp);
        assertTrue(followUp.endsWith("?"));
    }

    @Test
    void each_kind_of_non_answer_gets_its_own_opening() {
        Set<String> openings = new HashSet<>();
        for (NonAnswer reason : NonAnswer.values()) {
            openings.add(interviewer.followUp(BEHAVIORAL, "", nonAnswer(reason), JOB).split("\\. |; ")[0]);
        }
        assertEquals(NonAnswer.values().length, openings.size(), openings.toString());
    }

    @Test
    void given_a_story_without_a_result_when_following_up_then_it_asks_for_the_outcome_and_how_it_was_measured() {
        String answer = SITUATION + " " + ACTION;

        String followUp = interviewer.followUp(BEHAVIORAL, answer,
                analysis(Map.of(StarPart.SITUATION, List.of(SITUATION), StarPart.ACTION, List.of(ACTION)), 1.0,
                        List.of(SQL)), JOB);

        assertTrue(followUp.startsWith("What was the outcome, and how did you measure it"), followUp);
        assertTrue(followUp.contains("decisions it changed"), "measures of the data family: " + followUp);
    }

    @Test
    void given_a_we_story_when_following_up_then_it_quotes_the_we_and_asks_what_the_candidate_did() {
        String answer = SITUATION + " " + WE_ACTION + " " + RESULT;

        String followUp = interviewer.followUp(BEHAVIORAL, answer, analysis(Map.of(StarPart.SITUATION,
                List.of(SITUATION), StarPart.ACTION, List.of(WE_ACTION), StarPart.RESULT, List.of(RESULT)), 0.0,
                List.of(SQL)), JOB);

        assertEquals("You said \"We rewrote the join between orders and refunds over two days\". "
                + "What did you personally do there, and which decisions were yours?", followUp);
    }

    @Test
    void given_a_complete_story_that_never_shows_the_skill_when_following_up_then_it_asks_how_the_skill_was_used() {
        String action = "I checked every line of the report by hand with the finance team.";

        String followUp = interviewer.followUp(BEHAVIORAL, SITUATION + " " + action + " " + RESULT,
                analysis(Map.of(StarPart.SITUATION, List.of(SITUATION), StarPart.ACTION, List.of(action),
                        StarPart.RESULT, List.of(RESULT)), 1.0, List.of()), JOB);

        assertEquals("How did you use SQL in that situation, and what difference did it make?", followUp);
    }

    @Test
    void given_a_hypothetical_answer_without_a_result_when_following_up_then_it_asks_how_success_would_be_known() {
        Question situational = question(QuestionKind.SITUATIONAL,
                "Suppose two colleagues need your SQL work at the same time. How would you decide?");

        String followUp = interviewer.followUp(situational, "I would ask my manager.",
                analysis(Map.of(StarPart.ACTION, List.of("I would ask my manager.")), 1.0, List.of()), JOB);

        assertTrue(followUp.startsWith("How would you know your approach had worked"), followUp);
    }

    @Test
    void given_a_motivational_answer_that_names_no_skill_when_following_up_then_it_asks_about_the_work_itself() {
        Question motivational = new Question(QuestionId.planned(1), "What draws you to this Data Analyst role?",
                QuestionKind.MOTIVATIONAL, Competency.MOTIVATION, List.of(), "Data Analyst", Optional.empty());

        String followUp = interviewer.followUp(motivational, "I like the company.",
                analysis(Map.of(), 1.0, List.of()), JOB);

        assertEquals("Which part of the work, for example SQL, would you most look forward to in this Data Analyst "
                + "role, and why?", followUp);
    }

    @ParameterizedTest
    @EnumSource(QuestionKind.class)
    void every_follow_up_is_a_single_question(QuestionKind kind) {
        Question q = question(kind, "A question of kind " + kind.apiName() + " about SQL?");
        List<AnswerAnalysis> analyses = List.of(nonAnswer(NonAnswer.GIBBERISH),
                analysis(Map.of(), 0.0, List.of()),
                analysis(Map.of(StarPart.RESULT, List.of(RESULT)), 0.2, List.of()),
                analysis(Map.of(StarPart.ACTION, List.of(ACTION), StarPart.RESULT, List.of(RESULT)), 1.0, List.of()),
                analysis(Map.of(StarPart.ACTION, List.of(ACTION), StarPart.RESULT, List.of(RESULT)), 1.0,
                        List.of(SQL)));
        for (AnswerAnalysis analysis : analyses) {
            String followUp = interviewer.followUp(q, ACTION, analysis, JOB);
            assertTrue(followUp.endsWith("?"), followUp);
            assertEquals(1, followUp.chars().filter(c -> c == '?').count(), followUp);
            assertTrue(followUp.length() <= Question.MAX_TEXT);
        }
    }

    private static Question question(QuestionKind kind, String text) {
        return new Question(QuestionId.planned(2), text, kind, Competency.PROBLEM_SOLVING, List.of(SQL),
                "3+ years of experience writing SQL against large datasets", Optional.empty());
    }

    private static AnswerAnalysis nonAnswer(NonAnswer reason) {
        return new AnswerAnalysis(3, Map.of(), List.of(), List.of(), 0.0, List.of(), List.of(), Optional.of(reason),
                0.0);
    }

    private static AnswerAnalysis analysis(Map<StarPart, List<String>> star, double ownership, List<SkillId> shown) {
        return new AnswerAnalysis(60, star, List.of("two weeks"), shown, ownership, List.of(), List.of(),
                Optional.empty(), 0.8);
    }
}
