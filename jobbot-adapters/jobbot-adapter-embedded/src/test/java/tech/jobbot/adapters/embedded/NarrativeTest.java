package tech.jobbot.adapters.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import tech.jobbot.domain.interview.Competency;
import tech.jobbot.domain.interview.Feedback;
import tech.jobbot.domain.interview.InterviewReport;
import tech.jobbot.domain.interview.InterviewReport.QuestionSummary;
import tech.jobbot.domain.interview.Question;
import tech.jobbot.domain.interview.QuestionId;
import tech.jobbot.domain.interview.QuestionKind;
import tech.jobbot.domain.interview.Remark;
import tech.jobbot.domain.interview.Scores;
import tech.jobbot.domain.interview.StarPart;
import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.SkillId;
import tech.jobbot.ports.out.interview.FeedbackNarrative;

class NarrativeTest {
    private static final JobProfile JOB = SampleJobs.REGISTERED_NURSE;
    private static final Question QUESTION = new Question(QuestionId.planned(2),
            "How do you approach patient assessment for a patient whose condition is changing?",
            QuestionKind.BEHAVIORAL, Competency.ROLE_EXPERTISE, List.of(new SkillId("patient-assessment")),
            "Perform patient assessments at the start of every shift and when condition changes", Optional.empty());
    private static final Remark STRENGTH = new Remark("Names a concrete clinical tool",
            Optional.of("I used the NEWS2 score to flag the change within ten minutes"), Optional.empty(),
            "Keep naming the tool.");
    private static final Remark NO_RESULT = new Remark("The outcome for the patient is missing", Optional.empty(),
            Optional.of(StarPart.RESULT), "End with what happened to the patient, such as a transfer avoided.");
    private static final Remark VAGUE = new Remark("The situation is vague. It could be any ward.",
            Optional.of("there was a patient"), Optional.empty(), "Say which ward and how many patients you had.");
    private static final Feedback GOOD = new Feedback(new Scores(68, 80, 70, 75, 40, 72), List.of(STRENGTH),
            List.of(NO_RESULT, VAGUE), "", "");

    private final EmbeddedInterviewer interviewer = new EmbeddedInterviewer(SampleJobs.TAXONOMY);

    @Test
    void the_narrative_is_passed_once_to_the_listener_and_returned() {
        List<String> chunks = new ArrayList<>();

        FeedbackNarrative result = interviewer.narrate(QUESTION, "answer", GOOD, JOB, chunks::add);

        assertEquals(List.of(result.narrative()), chunks);
    }

    @Test
    void the_narrative_gives_the_scores_the_top_strength_and_the_improvements_in_two_to_four_sentences() {
        String narrative = interviewer.narrate(QUESTION, "answer", GOOD, JOB, s -> { }).narrative();

        assertEquals("This behavioral answer scored 68/100, strongest on relevance (80) and weakest on impact (40). "
                + "What works: names a concrete clinical tool, as in \"I used the NEWS2 score to flag the change "
                + "within ten minutes\". To improve: the outcome for the patient is missing (result missing); end "
                + "with what happened to the patient, such as a transfer avoided. After that: the situation is "
                + "vague.", narrative);
        assertSentences(narrative, 2, 4);
    }

    @Test
    void the_narrative_quotes_nothing_that_the_feedback_does_not_quote() {
        String narrative = interviewer.narrate(QUESTION, "answer", GOOD, JOB, s -> { }).narrative();

        Matcher quotes = Pattern.compile("\"([^\"]+)\"").matcher(narrative);
        while (quotes.find()) {
            String quoted = quotes.group(1).replace("…", "");
            assertTrue(GOOD.strengths().stream().anyMatch(r -> r.quote().orElse("").contains(quoted))
                    || GOOD.improvements().stream().anyMatch(r -> r.quote().orElse("").contains(quoted)), quoted);
        }
    }

    @Test
    void given_a_non_answer_when_narrating_then_there_is_no_praise_and_a_way_forward() {
        Feedback nothing = new Feedback(new Scores(4, 0, 0, 0, 0, 20), List.of(),
                List.of(new Remark("No example is given", Optional.empty(), Optional.of(StarPart.SITUATION),
                        "Describe one real shift.")), "", "");

        String narrative = interviewer.narrate(QUESTION, "I don't know", nothing, JOB, s -> { }).narrative();

        assertTrue(narrative.startsWith("This answer scored 4/100 because it does not yet answer the question about "
                + "patient assessment."), narrative);
        assertFalse(narrative.contains("What works"), narrative);
        assertFalse(narrative.contains("strongest"), narrative);
        assertSentences(narrative, 2, 4);
    }

    @Test
    void given_a_strong_answer_with_nothing_to_improve_when_narrating_then_it_still_has_two_sentences() {
        Feedback strong = new Feedback(new Scores(92, 95, 90, 92, 90, 93), List.of(STRENGTH), List.of(), "", "");

        String narrative = interviewer.narrate(QUESTION, "answer", strong, JOB, s -> { }).narrative();

        assertSentences(narrative, 2, 2);
    }

    @Test
    void given_feedback_with_an_outline_when_narrating_then_that_outline_is_kept() {
        Feedback withOutline = GOOD.withNarrative("", "Start with the ward, then the NEWS2 score.");

        assertEquals("Start with the ward, then the NEWS2 score.",
                interviewer.narrate(QUESTION, "answer", withOutline, JOB, s -> { }).outline());
    }

    @Test
    void given_feedback_without_an_outline_when_narrating_then_a_star_outline_for_this_question_and_job_is_written() {
        String outline = interviewer.narrate(QUESTION, "answer", GOOD, JOB, s -> { }).outline();

        List<String> lines = outline.lines().toList();
        assertEquals(4, lines.size(), outline);
        assertTrue(lines.get(0).startsWith("Situation: ") && lines.get(0).contains("patient assessment"), outline);
        assertTrue(lines.get(1).startsWith("Task: ")
                && lines.get(1).contains("\"perform patient assessments at the start of every shift"), outline);
        assertTrue(lines.get(2).startsWith("Action: "), outline);
        assertTrue(lines.get(3).startsWith("Result: ") && lines.get(3).contains("patient outcomes"), outline);
    }

    @Test
    void a_motivational_outline_speaks_of_the_role_and_the_employer() {
        Question why = new Question(QuestionId.planned(1), "What draws you to this Registered Nurse role?",
                QuestionKind.MOTIVATIONAL, Competency.MOTIVATION, List.of(), JOB.title(), Optional.empty());

        String outline = interviewer.narrate(why, "answer", GOOD, JOB, s -> { }).outline();

        assertTrue(outline.startsWith("Why this role: what draws you to this Registered Nurse role at St. Mary's "
                + "Hospital"), outline);
    }

    @Test
    void the_summary_gives_overall_strongest_and_weakest_competency_and_the_first_thing_to_practise() {
        InterviewReport report = new InterviewReport(64,
                Map.of(Competency.ROLE_EXPERTISE, 78, Competency.COMMUNICATION, 51, Competency.MOTIVATION, 66),
                List.of(summary(1, false, 66), summary(2, false, 78), summary(3, true, 0)),
                List.of("Active RN licence in the state"), List.of("BLS and ACLS certification required"),
                List.of("End every story with a measurable result.", "Say \"I\", not \"we\".", "Name the tool."),
                "");

        String summary = interviewer.summarise(report, JOB);

        assertEquals("Overall 64/100 for the Registered Nurse interview, 2 of 3 questions answered and 1 skipped. "
                + "Strongest competency: role expertise (78); weakest: communication (51). Practise this first: end "
                + "every story with a measurable result. Not yet shown in your answers: BLS and ACLS certification "
                + "required.", summary);
        assertSentences(summary, 2, 4);
    }

    @Test
    void given_an_empty_report_when_summarising_then_it_still_reads_as_sentences() {
        InterviewReport empty = new InterviewReport(0, Map.of(), List.of(), List.of(), List.of(), List.of(), "");

        String summary = interviewer.summarise(empty, SampleJobs.titleOnly("Registered Nurse"));

        assertEquals("Overall 0/100 for the Registered Nurse interview. No answer was assessed, so there are no "
                + "competency scores yet.", summary);
    }

    private static QuestionSummary summary(int n, boolean skipped, int score) {
        return new QuestionSummary(QuestionId.planned(n), "Question " + n, Competency.ROLE_EXPERTISE, skipped, score,
                "");
    }

    private static void assertSentences(String text, int min, int max) {
        int sentences = text.split("(?<=[.!?])\\s+(?=[A-Z\"])").length;
        assertTrue(sentences >= min && sentences <= max, sentences + " sentences: " + text);
    }
}
