package tech.jobbot.domain.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tech.jobbot.domain.interview.TestInterviews.SUPPORT;

import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.StringLength;

/** Contracts of the analysis, the scores and the feedback that must hold for any text at all. */
class AnswerPropertiesTest {
    private static final AnswerAnalyzer ANALYZER = new AnswerAnalyzer(TestTaxonomy.EXTRACTOR);
    private static final FeedbackComposer COMPOSER = new FeedbackComposer();
    private static final Question QUESTION = TestInterviews.behavioral(
            "Tell me about a time you calmed an angry customer.", "Calmly de-escalate frustrated customers",
            "de-escalation");
    /** Words and marks that reach the rules' branches more often than random characters do. */
    private static final List<String> PIECES = List.of("I", "we", "our", "my", "built", "led", "would", "as a result",
            "by", "40%", "$3,000", "3 weeks", "um", "like,", "I think", "maybe", "don't know", "idk", "pass",
            "asdf", "qwer", "Zendesk", "CSAT", "de-escalation", "customer", "angry", "calmed", "Acme Corp", "Q3",
            ".", ",", "!", "?", "\n", "e.g.", "which led to", "from", "to", "12", "two", "doubled", "Nguyễn",
            "我", "’", "-", "...", "My goal was", "At my last job", "In the end", "since then", "US", "kind of");

    @Provide
    Arbitrary<String> answerLike() {
        return Arbitraries.of(PIECES).list().ofMaxSize(120).map(pieces -> String.join(" ", pieces));
    }

    private static void checkContracts(String answer) {
        AnswerAnalysis analysis = ANALYZER.analyze(QUESTION, answer, SUPPORT);
        Scores scores = Scoring.score(analysis, QUESTION);
        for (int score : new int[] {scores.overall(), scores.relevance(), scores.structure(), scores.specificity(),
                scores.impact(), scores.communication()}) {
            assertTrue(score >= 0 && score <= 100, scores.toString());
        }
        assertTrue(analysis.relevance() >= 0 && analysis.relevance() <= 1);
        assertTrue(analysis.ownership() >= 0 && analysis.ownership() <= 1);
        for (List<String> sentences : analysis.star().values()) {
            sentences.forEach(s -> assertTrue(answer.contains(s), "a STAR sentence is part of the answer: " + s));
        }
        Feedback feedback = COMPOSER.compose(QUESTION, answer, analysis, SUPPORT, TestTaxonomy.TAXONOMY);
        assertEquals(scores, feedback.scores());
        List<Remark> remarks = new ArrayList<>(feedback.strengths());
        remarks.addAll(feedback.improvements());
        for (Remark remark : remarks) {
            remark.quote().ifPresent(q -> assertTrue(answer.contains(q) && q.length() <= FeedbackComposer.MAX_QUOTE,
                    "quote " + q));
        }
        if (analysis.nonAnswer().isPresent()) {
            assertTrue(feedback.strengths().isEmpty(), "no praise for a non-answer");
            assertTrue(scores.overall() <= 10, scores.toString());
        }
    }

    @Property
    void for_any_string_the_analyzer_never_throws_and_scores_stay_within_0_to_100(
            @ForAll @StringLength(max = 600) String answer) {
        checkContracts(answer);
    }

    @Property
    void for_any_answer_like_text_the_contracts_hold(@ForAll("answerLike") String answer) {
        checkContracts(answer);
    }

    @Property(tries = 30)
    void the_same_text_always_gets_the_same_scores(@ForAll("answerLike") String answer) {
        assertEquals(Scoring.score(ANALYZER.analyze(QUESTION, answer, SUPPORT), QUESTION),
                Scoring.score(new AnswerAnalyzer(TestTaxonomy.EXTRACTOR).analyze(QUESTION, answer, SUPPORT),
                        QUESTION));
    }
}
