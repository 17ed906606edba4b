package tech.jobbot.domain.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tech.jobbot.domain.job.SkillFixtures.EXTRACTOR;
import static tech.jobbot.domain.job.SkillFixtures.TAXONOMY;
import static tech.jobbot.domain.job.SkillFixtures.ids;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SkillExtractorTest {

    @Test
    void given_names_written_in_any_case_then_they_are_found_as_whole_words() {
        assertEquals(ids("java", "python"), EXTRACTOR.extract("We use JAVA and python."));
        assertEquals(ids("java"), EXTRACTOR.extract("(Java), Java; java!"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Javanese cooking", "scalable systems", "a pythonic style", "Scalability",
            "cppcheck", "jsonschema"})
    void given_a_name_inside_a_longer_word_then_it_is_not_found(String text) {
        assertEquals(List.of(), EXTRACTOR.extract(text));
    }

    @Test
    void given_javascript_then_java_is_not_read_in_it() {
        assertEquals(ids("javascript"), EXTRACTOR.extract("Modern JavaScript (ECMAScript 2022)"));
    }

    @Test
    void given_symbols_that_make_a_name_then_cpp_csharp_and_dotnet_are_told_apart() {
        assertEquals(ids("cpp", "csharp", "dotnet"), EXTRACTOR.extract("C++, C# and .NET"));
        assertEquals(ids("dotnet"), EXTRACTOR.extract("ASP.NET or dotnet"));
        assertEquals(ids("c-language", "cpp"), EXTRACTOR.extract("Embedded work in C/C++"));
    }

    @Test
    void given_net_as_an_ordinary_word_then_it_is_not_dotnet() {
        assertEquals(List.of(), EXTRACTOR.extract("Grow net revenue by 10%. The net result is good."));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Node.js", "NodeJS", "node js", "NODE.JS"})
    void given_node_written_in_its_usual_ways_then_it_is_found(String text) {
        assertEquals(ids("nodejs"), EXTRACTOR.extract("Experience with " + text + " services"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"front-end", "front end", "frontend", "Front-End", "FRONTEND"})
    void given_hyphen_and_space_variants_then_they_meet(String text) {
        assertEquals(ids("frontend-development"), EXTRACTOR.extract("Strong " + text + " skills"));
    }

    @Test
    void given_match_keys_then_variants_share_a_key_and_different_names_do_not() {
        assertEquals(SkillExtractor.matchKey("front-end"), SkillExtractor.matchKey("Frontend"));
        assertEquals(SkillExtractor.matchKey("Node.js"), SkillExtractor.matchKey("nodejs"));
        assertNotEquals(SkillExtractor.matchKey("C++"), SkillExtractor.matchKey("C"));
        assertNotEquals(SkillExtractor.matchKey("C#"), SkillExtractor.matchKey("C"));
        assertNotEquals(SkillExtractor.matchKey(".NET"), SkillExtractor.matchKey("net"));
    }

    @Test
    void given_plurals_then_the_singular_names_are_found() {
        assertEquals(ids("api-design", "relational-databases"), EXTRACTOR.extract("Design APIs and databases"));
        assertEquals(ids("api-design"), EXTRACTOR.extract("Build REST APIs"));
    }

    @Test
    void given_the_singular_of_a_name_written_in_the_plural_then_it_is_found() {
        assertEquals(ids("care-planning", "lesson-planning"), EXTRACTOR.extract("Update the care plan and a lesson plan"));
    }

    @Test
    void given_british_spelling_then_the_american_name_matches_and_the_other_way_round() {
        assertEquals(ids("performance-optimization"), EXTRACTOR.extract("Performance optimization of queries"));
        assertEquals(ids("performance-optimization"), EXTRACTOR.extract("performance optimisation"));
    }

    @Test
    void given_accents_then_they_are_ignored() {
        assertEquals(ids("patisserie"), EXTRACTOR.extract("Skilled in patisserie"));
        assertEquals(ids("patisserie"), EXTRACTOR.extract("PÂTISSERIE"));
    }

    @Test
    void given_a_longer_name_then_it_wins_over_the_shorter_one_inside_it() {
        assertEquals(ids("machine-learning"), EXTRACTOR.extract("Machine learning at scale"));
        assertEquals(ids("go-to-market"), EXTRACTOR.extract("Go-to-market planning"));
        assertEquals(ids("continuous-learning"), EXTRACTOR.extract("A love of learning"));
    }

    @Test
    void given_an_alias_of_another_skill_then_a_made_up_plural_does_not_shadow_it() {
        assertEquals(ids("lead-qualification"), EXTRACTOR.extract("Turn MQLs into SQLs"));
        assertEquals(ids("sql"), EXTRACTOR.extract("Write SQL and T-SQL"));
    }

    @Test
    void given_everyday_words_that_name_skills_in_capitals_then_only_the_capitalised_ones_count() {
        assertEquals(List.of(), EXTRACTOR.extract("Students excel here. We want a swift reply."));
        assertEquals(ids("microsoft-excel", "swift"), EXTRACTOR.extract("Advanced Excel; iOS apps in Swift"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"Go to the careers page and apply", "We go live in May", "Go-live support",
            "R&D budget with Python", "Plan B", "C-suite presentations in Excel", "Grade C or above",
            "Python is used. Go ahead.", "Go-to-market in Go-live mode"})
    void given_short_names_used_as_ordinary_words_then_they_do_not_count(String text) {
        List<SkillId> found = EXTRACTOR.extract(text);
        for (SkillId shortName : ids("golang", "r-language", "c-language")) {
            assertTrue(!found.contains(shortName), text + " -> " + found);
        }
    }

    @Test
    void given_a_short_name_in_a_list_of_skills_then_it_counts() {
        assertEquals(ids("python", "golang", "r-language"), EXTRACTOR.extract("Python, Go and R"));
        assertEquals(ids("r-language", "golang", "python"), EXTRACTOR.extract("Languages: R / Go / Python"));
        assertEquals(ids("golang", "java"), EXTRACTOR.extract("- Go\n- Java"));
    }

    @Test
    void given_a_short_name_written_in_lower_case_then_it_does_not_count_even_in_a_list() {
        assertEquals(ids("python"), EXTRACTOR.extract("python, go, r"));
    }

    @Test
    void given_mentions_then_their_offsets_point_into_the_original_text() {
        String text = "Ship services in Node.js and C++ (Résumé: Pâtisserie).";
        List<String> written = EXTRACTOR.mentions(text).stream()
                .map(m -> text.substring(m.start(), m.end()))
                .toList();
        assertEquals(List.of("Node.js", "C++", "Pâtisserie"), written);
    }

    @Test
    void given_repeated_mentions_then_extract_orders_by_count_then_by_first_mention() {
        assertEquals(ids("python", "java", "sql"), EXTRACTOR.extract("Java, Python, SQL. Python again, and Python."));
        assertEquals(ids("sql", "java"), EXTRACTOR.extract("SQL then Java"));
    }

    @Test
    void given_empty_or_blank_text_then_nothing_is_found() {
        assertEquals(List.of(), EXTRACTOR.extract(""));
        assertEquals(List.of(), EXTRACTOR.mentions("   \n\t "));
    }

    @Test
    void given_the_same_text_then_two_extractors_agree_every_time() {
        String text = "Python, Go and R; C/C++ and C#; front-end APIs; Excel and Swift; care plans.";
        SkillExtractor other = new SkillExtractor(TAXONOMY);
        List<SkillId> first = EXTRACTOR.extract(text);
        for (int i = 0; i < 20; i++) {
            assertEquals(first, EXTRACTOR.extract(text));
            assertEquals(first, other.extract(text));
        }
    }

    @Test
    void given_a_name_that_is_neither_name_nor_alias_then_a_skill_refuses_to_mark_it() {
        assertThrows(IllegalArgumentException.class, () -> new Skill(new SkillId("golang"), "Go", "software",
                List.of("Golang"), Set.of(), Set.of("Gopher")));
    }

    // ---------------------------------------------------------------- properties

    @Property(tries = 300)
    void extraction_returns_only_taxonomy_skills_once_each_and_is_stable(@ForAll("postingLike") String text) {
        List<SkillId> found = EXTRACTOR.extract(text);
        for (SkillId id : found) {
            assertTrue(TAXONOMY.find(id).isPresent(), id + " is not in the taxonomy");
        }
        assertEquals(found.size(), new LinkedHashSet<>(found).size(), "no skill twice");
        assertEquals(found, EXTRACTOR.extract(text), "same text, same answer");
        assertEquals(found, new SkillExtractor(TAXONOMY).extract(text), "same taxonomy, same answer");
    }

    @Property(tries = 300)
    void mentions_are_in_text_order_without_overlaps_and_within_the_text(@ForAll("postingLike") String text) {
        List<SkillExtractor.Mention> mentions = EXTRACTOR.mentions(text);
        int previousEnd = 0;
        for (SkillExtractor.Mention m : mentions) {
            assertTrue(m.start() >= previousEnd && m.end() > m.start() && m.end() <= text.length(), m.toString());
            previousEnd = m.end();
        }
        Set<SkillId> fromMentions = new LinkedHashSet<>();
        mentions.forEach(m -> fromMentions.add(m.skill()));
        assertEquals(fromMentions, Set.copyOf(EXTRACTOR.extract(text)));
    }

    @Provide
    Arbitrary<String> postingLike() {
        List<String> words = new ArrayList<>();
        for (Skill skill : TAXONOMY.skills()) {
            words.addAll(skill.terms());
        }
        words.addAll(List.of("and", "or", "the", "go", "Go", "r", "net", "excel", "swift", "C", "experience",
                "with", "années", "数据", "🙂", "5+", "years"));
        Arbitrary<String> word = Arbitraries.oneOf(Arbitraries.of(words),
                Arbitraries.strings().withCharRange('!', '~').ofMaxLength(6),
                Arbitraries.strings().all().ofMaxLength(4));
        Arbitrary<String> separator = Arbitraries.of(" ", ", ", ". ", "-", "/", "\n- ", "&", "++", "#", ".", " (", ") ");
        return Arbitraries.lazy(() -> word).list().ofMaxSize(40).flatMap(parts -> separator.list()
                .ofSize(parts.size()).map(seps -> {
                    StringBuilder text = new StringBuilder();
                    for (int i = 0; i < parts.size(); i++) {
                        text.append(parts.get(i)).append(seps.get(i));
                    }
                    return text.toString();
                }));
    }
}
