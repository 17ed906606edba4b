package tech.jobbot.adapters.embedded;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tech.jobbot.domain.interview.Competency;
import tech.jobbot.domain.interview.QuestionKind;

class QuestionBankTest {
    private static final String GOOD = "behavioral\tproblem-solving\tany\tTell me about a time you used {skill}.";

    @Test
    void the_built_in_bank_holds_at_least_320_templates() {
        assertTrue(QuestionBank.builtIn().templates().size() >= 320, "" + QuestionBank.builtIn().templates().size());
    }

    @Test
    void every_role_family_has_every_kind_of_question() {
        List<String> families = new ArrayList<>(RoleFamilies.ALL);
        families.add(RoleFamilies.ANY);
        for (String family : families) {
            for (QuestionKind kind : QuestionKind.values()) {
                assertFalse(QuestionBank.builtIn().of(family, kind).isEmpty(), family + " has no " + kind);
            }
        }
    }

    @Test
    void every_competency_is_assessed_by_some_template() {
        Set<Competency> assessed = EnumSet.noneOf(Competency.class);
        QuestionBank.builtIn().templates().forEach(t -> assessed.add(t.competency()));
        assertEquals(EnumSet.allOf(Competency.class), assessed);
    }

    @Test
    void a_job_known_by_its_title_alone_still_has_enough_questions_of_each_kind_for_the_longest_plan() {
        var mix = QuestionPlanner.kindMix(EmbeddedInterviewer.MAX_QUESTIONS);
        for (QuestionKind kind : QuestionKind.values()) {
            long titleOnly = QuestionBank.builtIn().of(RoleFamilies.ANY, kind).stream()
                    .filter(t -> t.placeholders().equals(Set.of(Placeholder.TITLE)))
                    .count();
            assertTrue(titleOnly >= mix.get(kind), kind + ": " + titleOnly);
        }
    }

    @Test
    void every_gap_in_the_shipped_file_is_a_known_placeholder() throws IOException {
        Set<String> known = new HashSet<>();
        for (Placeholder p : Placeholder.values()) {
            known.add(p.token());
        }
        Pattern gap = Pattern.compile("\\{[^}]*}");
        int gaps = 0;
        for (String line : shippedLines()) {
            Matcher m = gap.matcher(line);
            while (m.find()) {
                assertTrue(known.contains(m.group()), line);
                gaps++;
            }
        }
        assertTrue(gaps > 320);
    }

    @Test
    void every_template_names_something_of_the_job_and_ends_as_a_question_or_request() {
        for (QuestionTemplate t : QuestionBank.builtIn().templates()) {
            assertTrue(t.placeholders().stream().anyMatch(Placeholder::jobSpecific), t.text());
            assertTrue(t.text().endsWith("?") || t.text().endsWith("."), t.text());
        }
    }

    @Test
    void given_comments_and_blank_lines_when_parsing_then_only_templates_are_kept() {
        QuestionBank bank = QuestionBank.parse(List.of("# a comment", "", GOOD, "   "), "test");

        assertEquals(1, bank.templates().size());
        QuestionTemplate t = bank.templates().getFirst();
        assertEquals(QuestionKind.BEHAVIORAL, t.kind());
        assertEquals(Competency.PROBLEM_SOLVING, t.competency());
        assertEquals(Set.of(Placeholder.SKILL), t.placeholders());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "behavioural\tproblem-solving\tany\tTell me about {skill}.",
        "behavioral\tgrit\tany\tTell me about {skill}.",
        "behavioral\tproblem-solving\tastrology\tTell me about {skill}.",
        "behavioral\tproblem-solving\tany\tTell me about {tool}.",
        "behavioral\tproblem-solving\tTell me about {skill}.",
        "behavioral\tproblem-solving\tany\tWhy do you want to work at {company}?",
        "behavioral\tproblem-solving\tany\tTell me about your work as a {title}.",
        "behavioral\tproblem-solving\tany\tCompare {skill2} with your other skills.",
        "behavioral\tproblem-solving\tany\tTell me about {skill}",
        "behavioral\tproblem-solving\tany\tTell me about {skill.",
    })
    void given_a_malformed_line_when_parsing_then_it_is_refused_with_its_line_number(String line) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuestionBank.parse(List.of("# header", line), "bank.tsv"));
        assertTrue(e.getMessage().startsWith("bank.tsv line 2: "), e.getMessage());
    }

    @Test
    void given_the_same_text_twice_when_parsing_then_the_duplicate_is_refused_even_under_another_kind() {
        String again = "technical\trole-expertise\tany\tTell me about a time you used {skill}.";

        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> QuestionBank.parse(List.of(GOOD, again), "bank.tsv"));
        assertTrue(e.getMessage().contains("line 2: duplicate"), e.getMessage());
    }

    private static List<String> shippedLines() throws IOException {
        try (InputStream in = QuestionBank.class.getResourceAsStream(QuestionBank.RESOURCE)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines()
                    .filter(l -> !l.startsWith("#") && !l.isBlank())
                    .toList();
        }
    }
}
