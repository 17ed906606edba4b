package tech.jobbot.domain.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tech.jobbot.domain.interview.TestInterviews.behavioral;
import static tech.jobbot.domain.interview.TestInterviews.ids;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import tech.jobbot.domain.job.SkillId;

class ScoringTest {
    private static final Question QUESTION = behavioral("Tell me about a time you fixed a process.", "");
    private static final String SITUATION = "At my last job the returns process took a week.";
    private static final String TASK = "My goal was to halve it.";
    private static final String ACTION = "I mapped every step and removed two approvals.";
    private static final String RESULT = "As a result, returns took 3 days.";

    /** An analysis to score, changed one field at a time by the tests. */
    private static final class Given {
        int words = 150;
        Map<StarPart, List<String>> star = new EnumMap<>(StarPart.class);
        List<StarPart> order = new ArrayList<>();
        List<String> specifics = List.of();
        List<SkillId> skills = List.of();
        double ownership = 1.0;
        List<String> fillers = List.of();
        List<String> hedges = List.of();
        Optional<NonAnswer> nonAnswer = Optional.empty();
        double relevance = 1.0;

        Given part(StarPart part, String sentence) {
            star.computeIfAbsent(part, p -> new ArrayList<>()).add(sentence);
            if (!order.contains(part)) {
                order.add(part);
            }
            return this;
        }

        Given star() {
            return part(StarPart.SITUATION, SITUATION).part(StarPart.TASK, TASK).part(StarPart.ACTION, ACTION)
                    .part(StarPart.RESULT, RESULT);
        }

        AnswerAnalysis analysis() {
            return new AnswerAnalysis(words, star, specifics, skills, ownership, fillers, hedges, nonAnswer,
                    relevance, order);
        }

        Scores scores() {
            return Scoring.score(analysis(), QUESTION);
        }
    }

    @Test
    void the_dimension_weights_add_up_to_100_and_so_do_the_star_weights_of_every_kind() {
        assertEquals(100, Scoring.RELEVANCE_WEIGHT + Scoring.STRUCTURE_WEIGHT + Scoring.SPECIFICITY_WEIGHT
                + Scoring.IMPACT_WEIGHT + Scoring.COMMUNICATION_WEIGHT);
        for (QuestionKind kind : QuestionKind.values()) {
            assertEquals(100, Scoring.starWeights(kind).values().stream().mapToInt(Integer::intValue).sum(),
                    kind.name());
        }
    }

    @Test
    void overall_is_the_weighted_mean_of_the_dimensions_rounded() {
        Given given = new Given().part(StarPart.ACTION, ACTION);
        given.relevance = 0.5;
        Scores s = given.scores();
        int weighted = 20 * s.relevance() + 25 * s.structure() + 20 * s.specificity() + 20 * s.impact()
                + 15 * s.communication();
        assertEquals(Math.round(weighted / 100.0), s.overall());
        assertEquals(50, s.relevance());
    }

    @Test
    void given_a_complete_star_answer_in_order_then_structure_is_full() {
        assertEquals(100, new Given().star().scores().structure());
    }

    @Test
    void given_the_same_parts_out_of_order_then_structure_loses_up_to_a_fifth() {
        Given given = new Given().part(StarPart.RESULT, RESULT).part(StarPart.ACTION, ACTION)
                .part(StarPart.TASK, TASK).part(StarPart.SITUATION, SITUATION);
        // Longest run in STAR order is one part of four: 80 + 20 * 1 / 4.
        assertEquals(85, given.scores().structure());
    }

    @ParameterizedTest
    @EnumSource(QuestionKind.class)
    void given_only_action_and_result_then_structure_is_their_weight_for_the_kind(QuestionKind kind) {
        AnswerAnalysis analysis = new Given().part(StarPart.ACTION, ACTION).part(StarPart.RESULT, RESULT).analysis();
        Map<StarPart, Integer> weights = Scoring.starWeights(kind);
        assertEquals(weights.get(StarPart.ACTION) + weights.get(StarPart.RESULT), Scoring.structure(analysis, kind));
    }

    @Test
    void specificity_counts_quantities_names_and_skills_up_to_three_each() {
        Given given = new Given();
        assertEquals(0, given.scores().specificity());
        given.specifics = List.of("30%");
        assertEquals(18, given.scores().specificity());
        given.specifics = List.of("30%", "Salesforce");
        assertEquals(30, given.scores().specificity());
        given.skills = ids("crm");
        assertEquals(42, given.scores().specificity());
        given.specifics = List.of("30%", "$4,000", "six weeks", "12 nurses", "Acme", "Epic", "SBAR", "NHS");
        given.skills = ids("crm", "sql", "excel", "python");
        assertEquals(100, given.scores().specificity());
    }

    @Test
    void impact_rewards_a_measured_result_and_owned_actions() {
        Given given = new Given().part(StarPart.ACTION, ACTION).part(StarPart.RESULT, RESULT);
        assertEquals(30 + 25 + 10 + 25, given.scores().impact());
        given.ownership = 0.2;
        assertEquals(30 + 25 + 10, given.scores().impact());
        given.part(StarPart.RESULT, "The customer thanked me.");
        assertEquals(40 + 25 + 10, given.scores().impact());
    }

    @Test
    void given_no_action_then_ownership_earns_nothing() {
        Given given = new Given().part(StarPart.RESULT, "The customer thanked me.");
        assertEquals(30, given.scores().impact());
    }

    @Test
    void communication_is_full_in_the_length_band_and_less_outside_it() {
        Given given = new Given();
        given.words = 80;
        assertEquals(100, given.scores().communication());
        given.words = 350;
        assertEquals(100, given.scores().communication());
        given.words = 40;
        assertEquals(21 + 23, given.scores().communication());
        given.words = 650;
        assertEquals(25 + 45, given.scores().communication());
    }

    @Test
    void fillers_and_hedges_cost_communication_by_how_often_they_come() {
        Given given = new Given();
        given.words = 100;
        given.fillers = List.of("um", "basically");
        assertEquals(55 + 15, given.scores().communication());
        given.hedges = List.of("i think");
        assertEquals(55 + 0, given.scores().communication());
        given.words = 300;
        assertEquals(55 + 30, given.scores().communication());
    }

    @Test
    void given_a_non_answer_then_every_dimension_and_overall_are_at_most_10() {
        Given given = new Given().star();
        given.specifics = List.of("30%", "$4,000", "six weeks", "Acme");
        given.skills = ids("crm", "sql");
        given.nonAnswer = Optional.of(NonAnswer.COPY_OF_QUESTION);
        Scores s = given.scores();
        for (int score : new int[] {s.overall(), s.relevance(), s.structure(), s.specificity(), s.impact(),
                s.communication()}) {
            assertTrue(score <= 10, s.toString());
        }
    }

    @Test
    void a_strong_analysis_outscores_a_weak_one() {
        Given strong = new Given().star();
        strong.specifics = List.of("30%", "3 days", "Zendesk");
        strong.skills = ids("zendesk");
        Given weak = new Given().part(StarPart.ACTION, "We worked on it.");
        weak.ownership = 0.0;
        weak.words = 30;
        weak.relevance = 0.3;
        assertTrue(strong.scores().overall() >= weak.scores().overall() + 50,
                strong.scores() + " vs " + weak.scores());
    }
}
