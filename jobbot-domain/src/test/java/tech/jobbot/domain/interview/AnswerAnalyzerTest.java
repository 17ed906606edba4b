package tech.jobbot.domain.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tech.jobbot.domain.interview.TestInterviews.DATA_ANALYST;
import static tech.jobbot.domain.interview.TestInterviews.SUPPORT;
import static tech.jobbot.domain.interview.TestInterviews.behavioral;
import static tech.jobbot.domain.interview.TestInterviews.ids;
import static tech.jobbot.domain.interview.TestInterviews.question;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AnswerAnalyzerTest {
    private static final AnswerAnalyzer ANALYZER = new AnswerAnalyzer(TestTaxonomy.EXTRACTOR);
    private static final Question BEHAVIORAL = behavioral("Tell me about a time you turned a backlog around.",
            "Handle tickets and live chat in Zendesk", "zendesk");
    private static final Question SITUATIONAL = question(2, QuestionKind.SITUATIONAL, Competency.CUSTOMER_FOCUS,
            "What would you do if a customer threatened to cancel?", "Calmly de-escalate frustrated customers",
            "de-escalation");
    private static final Question TECHNICAL = question(3, QuestionKind.TECHNICAL, Competency.ROLE_EXPERTISE,
            "How would you speed up a slow SQL query?", "Strong SQL and Python for analysis", "sql");

    private static AnswerAnalysis analyze(Question question, String answer) {
        return ANALYZER.analyze(question, answer, question == TECHNICAL ? DATA_ANALYST : SUPPORT);
    }

    private static List<String> shown(AnswerAnalysis analysis, StarPart part) {
        return analysis.star().getOrDefault(part, List.of());
    }

    @Nested
    class Sentences {
        @Test
        void split_at_terminators_and_line_breaks_but_not_after_abbreviations_or_inside_numbers() {
            assertEquals(List.of("I cut costs by 3.5% on rent, e.g. in the Leeds office.", "Then I left!",
                    "- a bullet point", "and a last line without a stop"),
                    AnswerText.sentences("I cut costs by 3.5% on rent, e.g. in the Leeds office. Then I left!\n"
                            + "- a bullet point\n\nand a last line without a stop"));
        }

        @Test
        void are_exact_substrings_of_the_answer() {
            String answer = "  First one.   Second one?\t\"Quoted third.\"  ";
            for (String sentence : AnswerText.sentences(answer)) {
                assertTrue(answer.contains(sentence), sentence);
            }
            assertEquals(3, AnswerText.sentences(answer).size());
        }
    }

    @Nested
    class StarParts {
        @Test
        void given_a_scene_setting_cue_then_the_sentence_shows_the_situation() {
            AnswerAnalysis a = analyze(BEHAVIORAL, "At my previous job we had a backlog of 400 tickets. I sorted "
                    + "them by age.");
            assertEquals(List.of("At my previous job we had a backlog of 400 tickets."), shown(a, StarPart.SITUATION));
        }

        @ParameterizedTest
        @ValueSource(strings = {"My goal was to clear it in two weeks.", "I was asked to lead the clean-up.",
                "I needed to cut the queue before the launch.", "The target was a one-day response time."})
        void given_a_goal_or_responsibility_then_the_sentence_shows_the_task(String sentence) {
            assertEquals(List.of(sentence), shown(analyze(BEHAVIORAL, sentence), StarPart.TASK));
        }

        @ParameterizedTest
        @ValueSource(strings = {"I built a triage rota and called every customer.", "Then I personally rewrote "
                + "the macros.", "My manager and I negotiated a new deadline.", "I have led three such projects.",
                "We split the queue between us."})
        void given_a_first_person_past_action_then_the_sentence_shows_the_action(String sentence) {
            assertEquals(List.of(sentence), shown(analyze(BEHAVIORAL, sentence), StarPart.ACTION));
        }

        @ParameterizedTest
        @ValueSource(strings = {"I felt nervous and I wanted to help.", "I always listen carefully.",
                "I would listen first.", "I didn't escalate it.", "I worked as a support agent."})
        void given_a_feeling_a_habit_or_a_hypothetical_then_a_behavioral_answer_shows_no_action(String sentence) {
            assertFalse(analyze(BEHAVIORAL, sentence).star().containsKey(StarPart.ACTION), sentence);
        }

        @Test
        void given_a_situational_question_then_what_one_would_do_counts_as_action() {
            assertTrue(analyze(SITUATIONAL, "I would listen first and then I'd offer a callback.").star()
                    .containsKey(StarPart.ACTION));
            assertTrue(analyze(TECHNICAL, "I check the execution plan first.").star().containsKey(StarPart.ACTION));
        }

        @ParameterizedTest
        @ValueSource(strings = {"As a result, the backlog fell to zero.", "I rewrote the macros, which cut reply "
                + "time by 40%.", "In the end the client renewed for two years.", "Since then we have had no "
                + "complaints.", "The customer thanked me the next day."})
        void given_an_outcome_then_the_sentence_shows_the_result(String sentence) {
            assertEquals(List.of(sentence), shown(analyze(BEHAVIORAL, sentence), StarPart.RESULT));
        }

        @Test
        void given_numbers_moving_before_any_action_then_they_describe_the_problem_not_the_result() {
            AnswerAnalysis a = analyze(BEHAVIORAL, "Complaints jumped from 20 to 90 a week. I rebuilt the help "
                    + "centre articles. Complaints fell to 15 a week.");
            assertEquals(List.of("Complaints jumped from 20 to 90 a week."), shown(a, StarPart.SITUATION));
            assertEquals(List.of("Complaints fell to 15 a week."), shown(a, StarPart.RESULT));
        }

        @Test
        void the_order_lists_parts_as_the_answer_first_shows_them() {
            AnswerAnalysis a = analyze(BEHAVIORAL, "As a result of my work, churn halved. At my last job we had "
                    + "a churn problem. I called every customer who cancelled.");
            assertEquals(List.of(StarPart.RESULT, StarPart.SITUATION, StarPart.ACTION), a.starOrder());
        }
    }

    @Nested
    class Specifics {
        @Test
        void given_money_percentages_counts_durations_tools_and_names_then_each_is_a_specific() {
            AnswerAnalysis a = analyze(BEHAVIORAL, "Last year I saved $12,000 and cut handling time by 30% for a "
                    + "team of 6 nurses in 3 weeks, using Zendesk at Acme Health.");
            assertTrue(a.specifics().containsAll(List.of("$12,000", "30%", "6 nurses", "3 weeks", "Zendesk",
                    "Acme Health")), a.specifics().toString());
        }

        @Test
        void given_number_words_then_they_count_with_what_they_count() {
            AnswerAnalysis a = analyze(BEHAVIORAL, "I fixed two blind corners and doubled the checks.");
            assertTrue(a.specifics().containsAll(List.of("two blind corners", "doubled")), a.specifics().toString());
        }

        @Test
        void given_a_capital_at_the_start_of_a_sentence_then_it_is_not_a_name() {
            AnswerAnalysis a = analyze(BEHAVIORAL, "Yesterday I called them. Honestly it went fine.");
            assertEquals(List.of(), a.specifics());
        }

        @Test
        void given_acronyms_and_codes_then_they_are_specifics() {
            AnswerAnalysis a = analyze(BEHAVIORAL, "I escalated using SBAR in Q3.");
            assertTrue(a.specifics().containsAll(List.of("SBAR", "Q3")), a.specifics().toString());
        }

        @Test
        void given_a_generic_answer_then_there_are_no_specifics() {
            assertEquals(List.of(), analyze(BEHAVIORAL, "We worked hard as a team and it went well.").specifics());
        }
    }

    @Test
    void skills_shown_are_the_job_and_question_skills_the_answer_mentions_in_the_job_order() {
        Question q = question(4, QuestionKind.BEHAVIORAL, Competency.ROLE_EXPERTISE, "Tell me about a report.", "",
                "power-bi");
        AnswerAnalysis a = ANALYZER.analyze(q, "I built it in Power BI on top of Python and SQL, then checked it in "
                + "Excel.", DATA_ANALYST);
        assertEquals(ids("sql", "python", "power-bi"), a.skillsShown());
    }

    @Nested
    class Ownership {
        @Test
        void is_the_share_of_i_among_first_person_pronouns() {
            assertEquals(2.0 / 3, analyze(BEHAVIORAL, "I led it and I wrote the plan; we shipped.").ownership(), 1e-9);
            assertEquals(0.0, analyze(BEHAVIORAL, "We did it our way.").ownership(), 1e-9);
        }

        @Test
        void given_no_first_person_then_it_is_neutral() {
            assertEquals(0.5, analyze(TECHNICAL, "Add an index on the filtered column.").ownership(), 1e-9);
        }

        @Test
        void given_us_in_capitals_then_it_is_the_country_not_the_team() {
            assertEquals(1.0, analyze(BEHAVIORAL, "I opened an office in the US.").ownership(), 1e-9);
            assertEquals(0.5, analyze(BEHAVIORAL, "I moved to the US and then to our Paris site.").ownership(),
                    1e-9);
        }
    }

    @Nested
    class FillersAndHedges {
        @Test
        void fillers_are_found_each_time_they_are_used() {
            AnswerAnalysis a = analyze(BEHAVIORAL, "Um, basically I, like, sort of fixed it, you know. Umm, yeah.");
            assertEquals(List.of("um", "basically", "like", "sort of", "you know", "um"), a.fillers());
        }

        @Test
        void like_and_kind_of_are_not_fillers_when_they_mean_something() {
            AnswerAnalysis a = analyze(BEHAVIORAL, "I like SQL. What kind of tool is it? It looks like rain.");
            assertEquals(List.of(), a.fillers());
        }

        @Test
        void hedges_are_found_each_time_they_are_used() {
            AnswerAnalysis a = analyze(BEHAVIORAL, "I think maybe we probably fixed it, but I'm not sure.");
            assertEquals(List.of("i think", "maybe", "probably", "i'm not sure"), a.hedges());
        }
    }

    @Nested
    class NonAnswerDetection {
        private static Optional<NonAnswer> nonAnswer(String answer) {
            return analyze(BEHAVIORAL, answer).nonAnswer();
        }

        @ParameterizedTest
        @ValueSource(strings = {"", "   ", "\n\t", "?!", "..."})
        void given_nothing_to_read_then_the_answer_is_empty(String answer) {
            assertEquals(Optional.of(NonAnswer.EMPTY), nonAnswer(answer));
        }

        @ParameterizedTest
        @ValueSource(strings = {"I don't know", "I do not know.", "idk", "IDK lol", "No idea.", "no clue, sorry",
                "pass", "Skip", "Next question please", "Not sure.", "Dunno", "I really don’t know, sorry.",
                "I have no idea whatsoever", "I can't think of an example.", "Um... I'm not sure, can we skip it?",
                "I don't know Zendesk."})
        void given_only_a_way_of_saying_i_dont_know_then_it_is_a_dont_know(String answer) {
            assertEquals(Optional.of(NonAnswer.DONT_KNOW), nonAnswer(answer));
        }

        @ParameterizedTest
        @ValueSource(strings = {"I don't know the exact number, but I cut the backlog by half within two weeks.",
                "Pass rate went up.", "No, I built the rota myself.", "Not sure it was the best way, but I called "
                        + "each customer back."})
        void given_an_answer_around_the_words_then_it_is_not_a_dont_know(String answer) {
            assertEquals(Optional.empty(), nonAnswer(answer));
        }

        @ParameterizedTest
        @ValueSource(strings = {"asdf qwer zxcv", "jkjkjk lkjlkj", "aaaaaaaa", "sdlkfj xcvmn qpwoei fjdksl",
                "12345 678", "blah blah blah blah"})
        void given_keyboard_mashing_or_nonsense_then_it_is_gibberish(String answer) {
            assertEquals(Optional.of(NonAnswer.GIBBERISH), nonAnswer(answer));
        }

        @ParameterizedTest
        @ValueSource(strings = {"Zendesk.", "Teamwork.", "Yes.", "I reported to Nguyễn Thị Minh Khai and Siobhán Ní "
                + "Dhuibhir.", "Mkrtchyan", "Szczepański ran the Łódź hub with Tshepo Mkhwanazi.",
                "我负责数据库优化", "Przybylski and Wojciechowski", "CSAT up, churn down."})
        void given_short_genuine_answers_or_names_from_any_language_then_it_is_not_gibberish(String answer) {
            assertTrue(nonAnswer(answer).filter(n -> n == NonAnswer.GIBBERISH).isEmpty(), answer);
        }

        @Test
        void given_the_question_repeated_then_it_is_a_copy_of_the_question() {
            assertEquals(Optional.of(NonAnswer.COPY_OF_QUESTION),
                    nonAnswer("Tell me about a time you turned a backlog around?"));
            assertEquals(Optional.of(NonAnswer.COPY_OF_QUESTION),
                    nonAnswer("a time I turned a backlog around"));
        }

        @Test
        void given_the_question_restated_and_then_answered_then_it_is_not_a_copy() {
            assertEquals(Optional.empty(), nonAnswer("A time I turned a backlog around: I sorted 400 tickets by age,"
                    + " closed the duplicates and answered the oldest first."));
        }

        @Test
        void given_talk_about_the_weather_then_it_is_off_topic() {
            assertEquals(Optional.of(NonAnswer.OFF_TOPIC), nonAnswer("The weather has been lovely, sunny and warm "
                    + "with a light breeze, and the forecast says it stays dry."));
        }

        @Test
        void given_an_answer_in_its_own_words_then_it_is_not_off_topic() {
            assertEquals(Optional.empty(), analyze(TECHNICAL, "Look at the execution plan, add an index on the "
                    + "filtered columns and avoid selecting every column.").nonAnswer());
            assertEquals(Optional.empty(), analyze(SITUATIONAL, "I would listen, stay calm and apologise.")
                    .nonAnswer());
        }

        @Test
        void a_non_answer_is_relevant_to_nothing() {
            assertEquals(0.0, analyze(BEHAVIORAL, "Tell me about a time you turned a backlog around").relevance());
        }
    }

    @Nested
    class Relevance {
        @Test
        void given_the_question_words_and_probed_skills_then_relevance_is_full() {
            assertEquals(1.0, analyze(BEHAVIORAL, "I turned the backlog of tickets around in Zendesk by tagging "
                    + "every chat.").relevance());
        }

        @Test
        void given_a_story_about_something_else_then_relevance_is_low() {
            double relevance = analyze(BEHAVIORAL, "I organised the office party and booked a band.").relevance();
            assertTrue(relevance < 0.3, "relevance " + relevance);
        }
    }

    @Test
    void word_count_counts_contractions_and_numbers_with_separators_as_one_word_each() {
        assertEquals(8, analyze(BEHAVIORAL, "I didn't stop: 3 calls, then 2,000 emails.").wordCount());
    }

    @Test
    void given_star_parts_in_any_order_then_the_analysis_lists_them_in_star_order_and_keeps_its_own_copy() {
        List<String> actions = new ArrayList<>(List.of("I rewrote the query."));
        Map<StarPart, List<String>> found = new LinkedHashMap<>();
        found.put(StarPart.RESULT, List.of("It ran in 35 ms."));
        found.put(StarPart.ACTION, actions);
        found.put(StarPart.SITUATION, List.of("Checkout timed out."));
        AnswerAnalysis analysis = new AnswerAnalysis(12, found, List.of(), List.of(), 1.0, List.of(), List.of(),
                Optional.empty(), 1.0);
        actions.add("I added an index.");

        // Walking the parts must not depend on a JVM's hash seed, as Map.copyOf's order does.
        assertEquals(List.of(StarPart.SITUATION, StarPart.ACTION, StarPart.RESULT),
                List.copyOf(analysis.star().keySet()));
        assertEquals(List.of("I rewrote the query."), analysis.star().get(StarPart.ACTION));
    }

    @Test
    void the_same_answer_gives_the_same_analysis() {
        String answer = "At my last job I cut the backlog from 400 to 20 tickets in Zendesk. As a result CSAT rose.";
        assertEquals(analyze(BEHAVIORAL, answer), analyze(BEHAVIORAL, answer));
    }
}
