package tech.jobbot.domain.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tech.jobbot.domain.interview.TestInterviews.SUPPORT;
import static tech.jobbot.domain.interview.TestInterviews.behavioral;
import static tech.jobbot.domain.interview.TestInterviews.question;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class FeedbackComposerTest {
    private static final AnswerAnalyzer ANALYZER = new AnswerAnalyzer(TestTaxonomy.EXTRACTOR);
    private static final FeedbackComposer COMPOSER = new FeedbackComposer();
    private static final Question QUESTION = behavioral("Tell me about a time you dealt with a very angry customer.",
            "Calmly de-escalate frustrated customers", "de-escalation", "zendesk");
    private static final String STRONG = "Last November a bakery owner came to the live chat furious because the "
            + "app had sent 60 duplicate invoices to her clients. My goal was to stop further damage before her "
            + "clients woke up. I apologised without excuses, paused her invoicing straight away and de-escalated "
            + "the call by telling her exactly what I would do next. I reproduced the bug, logged it in Zendesk "
            + "with the steps and called her back every hour. As a result, the bug was fixed that afternoon, she "
            + "stayed with us and rated the chat 5 out of 5, and the fix protected about 300 other accounts.";
    private static final String VAGUE = "We get angry customers quite a lot. I think you just have to stay calm and "
            + "listen to them. We try to help them as best we can.";

    private static Feedback compose(Question question, String answer) {
        AnswerAnalysis analysis = ANALYZER.analyze(question, answer, SUPPORT);
        return COMPOSER.compose(question, answer, analysis, SUPPORT, TestTaxonomy.TAXONOMY);
    }

    private static List<Remark> remarks(Feedback feedback) {
        List<Remark> all = new ArrayList<>(feedback.strengths());
        all.addAll(feedback.improvements());
        return all;
    }

    @Test
    void every_remark_quotes_the_answer_exactly_in_at_most_200_characters_or_names_a_missing_part() {
        String longSentence = "I " + "called and apologised and ".repeat(20) + "fixed it.";
        for (String answer : List.of(STRONG, VAGUE, longSentence, "  I fixed it.\n\nWe shipped it.  ")) {
            for (Remark remark : remarks(compose(QUESTION, answer))) {
                remark.quote().ifPresent(q -> {
                    assertTrue(answer.contains(q), "not a quote of the answer: " + q);
                    assertTrue(q.length() <= FeedbackComposer.MAX_QUOTE, q);
                    assertFalse(q.isBlank());
                });
                assertTrue(remark.quote().isPresent() || remark.missingPart().isPresent());
                assertFalse(remark.hint().isBlank());
            }
        }
    }

    @Test
    void given_a_strong_answer_then_strengths_point_at_its_measured_result_and_own_actions() {
        Feedback feedback = compose(QUESTION, STRONG);
        List<String> texts = feedback.strengths().stream().map(Remark::text).toList();
        assertTrue(texts.contains("You measure the result"), texts.toString());
        assertTrue(texts.contains("You make clear what you did yourself"), texts.toString());
        Remark measured = feedback.strengths().get(texts.indexOf("You measure the result"));
        assertTrue(measured.quote().orElseThrow().startsWith("As a result"), measured.toString());
    }

    @Test
    void given_a_vague_answer_then_it_earns_no_praise_and_is_told_what_is_missing() {
        Feedback feedback = compose(QUESTION, VAGUE);
        assertEquals(List.of(), feedback.strengths());
        assertTrue(feedback.improvements().stream().anyMatch(r -> r.missingPart().equals(Optional.of(
                StarPart.RESULT)) && r.hint().contains("by how much")), feedback.improvements().toString());
    }

    @Test
    void given_mostly_we_then_an_improvement_quotes_a_we_sentence_and_asks_for_i() {
        Remark sayI = compose(QUESTION, VAGUE).improvements().stream()
                .filter(r -> r.text().equals(Advice.SAY_I.headline())).findFirst().orElseThrow();
        assertTrue(sayI.quote().orElseThrow().startsWith("We "), sayI.toString());
    }

    @Test
    void given_a_hedge_then_an_improvement_quotes_the_hedging_sentence() {
        String answer = "I think I called the customer back within the hour and I de-escalated it by listening. As a"
                + " result she stayed with us for another 2 years and our CSAT went up.";
        Remark hedge = compose(QUESTION, answer).improvements().stream()
                .filter(r -> r.text().equals(Advice.DROP_HEDGES.headline())).findFirst().orElseThrow();
        assertTrue(hedge.quote().orElseThrow().startsWith("I think"), hedge.toString());
        assertTrue(hedge.hint().contains("\"I think\""), hedge.hint());
    }

    @Test
    void given_actions_without_the_probed_skills_then_the_hint_names_them() {
        String answer = "Last year a customer shouted at me on the phone about a late refund. I listened, "
                + "apologised and refunded him on the spot. As a result he stayed and later sent a thank-you note.";
        Remark skills = compose(QUESTION, answer).improvements().stream()
                .filter(r -> r.text().equals(Advice.SHOW_SKILLS.headline())).findFirst().orElseThrow();
        assertTrue(skills.hint().contains("de-escalation") && skills.hint().contains("Zendesk"), skills.hint());
        assertTrue(skills.hint().contains("\"Calmly de-escalate frustrated customers\""), skills.hint());
    }

    @Test
    void given_a_non_answer_then_there_is_no_praise_and_the_first_improvement_asks_for_an_answer() {
        for (String answer : List.of("", "I don't know", "asdf qwer zxcv",
                "Tell me about a time you dealt with a very angry customer.")) {
            Feedback feedback = compose(QUESTION, answer);
            assertEquals(List.of(), feedback.strengths(), answer);
            assertEquals(Advice.ANSWER_THE_QUESTION.headline(), feedback.improvements().get(0).text(), answer);
            assertTrue(feedback.scores().overall() <= 10, answer);
            assertTrue(feedback.narrative().startsWith("This does not answer the question yet"), answer);
        }
    }

    @Test
    void the_outline_has_a_line_per_star_part_naming_the_requirement_and_the_skills() {
        String outline = compose(QUESTION, VAGUE).outline();
        List<String> lines = outline.lines().toList();
        assertEquals(4, lines.size(), outline);
        assertTrue(lines.get(0).startsWith("Situation: ") && lines.get(1).startsWith("Task: ")
                && lines.get(2).startsWith("Action: ") && lines.get(3).startsWith("Result: "), outline);
        assertTrue(outline.contains("Calmly de-escalate frustrated customers"), outline);
        assertTrue(outline.contains("de-escalation and Zendesk"), outline);
        assertTrue(outline.contains("CSAT"), "the result line suggests outcomes of the job's field: " + outline);
    }

    @Test
    void the_outline_fits_the_kind_of_question() {
        Question motivational = question(2, QuestionKind.MOTIVATIONAL, Competency.MOTIVATION,
                "Why do you want this job?", "", "live-chat");
        String outline = compose(motivational, "I like helping people.").outline();
        assertTrue(outline.contains("Customer Support Specialist role"), outline);
        assertTrue(outline.contains("live chat"), outline);
    }

    @Test
    void the_narrative_has_two_to_four_sentences_built_from_the_analysis() {
        for (String answer : List.of(STRONG, VAGUE, "", "I fixed it.")) {
            String narrative = compose(QUESTION, answer).narrative();
            long sentences = AnswerText.sentences(narrative).size();
            assertTrue(sentences >= 2 && sentences <= 4, sentences + ": " + narrative);
        }
        String narrative = compose(QUESTION, STRONG).narrative();
        assertTrue(narrative.contains(compose(QUESTION, STRONG).scores().overall() + " out of 100"), narrative);
    }

    @Test
    void given_the_same_answer_twice_then_the_feedback_is_the_same() {
        assertEquals(compose(QUESTION, STRONG), compose(QUESTION, STRONG));
    }

    @Test
    void the_scores_are_those_of_the_domain_scoring() {
        AnswerAnalysis analysis = ANALYZER.analyze(QUESTION, STRONG, SUPPORT);
        assertEquals(Scoring.score(analysis, QUESTION), compose(QUESTION, STRONG).scores());
    }
}
