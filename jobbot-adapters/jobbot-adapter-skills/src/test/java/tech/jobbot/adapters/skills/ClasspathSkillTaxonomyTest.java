package tech.jobbot.adapters.skills;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import tech.jobbot.domain.job.JobProfiles;
import tech.jobbot.domain.job.Skill;
import tech.jobbot.domain.job.SkillExtractor;
import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.job.SkillTaxonomy;
import tech.jobbot.ports.out.JobbotException;

class ClasspathSkillTaxonomyTest {
    private static final ClasspathSkillTaxonomy SOURCE = new ClasspathSkillTaxonomy();
    private static final SkillTaxonomy TAXONOMY = SOURCE.load();
    private static final SkillExtractor EXTRACTOR = new SkillExtractor(TAXONOMY);

    private static final Set<String> FAMILIES = Set.of("software", "data", "product", "design", "sales", "marketing",
            "customer-support", "finance-accounting", "hr", "healthcare-nursing", "teaching", "operations-logistics",
            "manufacturing-engineering", "general");

    // ---------------------------------------------------------------- the shipped data

    @Test
    void the_shipped_taxonomy_has_at_least_400_skills_in_the_required_families() {
        assertTrue(TAXONOMY.size() >= 400, "skills: " + TAXONOMY.size());
        assertTrue(TAXONOMY.families().size() >= 13, "families: " + TAXONOMY.families());
        assertEquals(FAMILIES, TAXONOMY.families());
    }

    @Test
    void every_family_has_at_least_15_skills() {
        Map<String, Long> perFamily = TAXONOMY.skills().stream()
                .collect(Collectors.groupingBy(Skill::family, TreeMap::new, Collectors.counting()));
        perFamily.forEach((family, count) -> assertTrue(count >= 15, family + " has only " + count));
        System.out.println("skills taxonomy: " + TAXONOMY.size() + " skills " + perFamily);
    }

    @Test
    void no_two_skills_share_a_name_or_alias_as_the_extractor_sees_them() {
        Map<String, SkillId> owners = new HashMap<>();
        for (Skill skill : TAXONOMY.skills()) {
            for (String term : skill.terms()) {
                SkillId owner = owners.putIfAbsent(SkillExtractor.matchKey(term), skill.id());
                assertTrue(owner == null || owner.equals(skill.id()),
                        "'" + term + "' of " + skill.id() + " is also " + owner);
            }
        }
    }

    @Test
    void every_skill_is_found_by_its_own_name_and_aliases() {
        for (Skill skill : TAXONOMY.skills()) {
            for (String term : skill.terms()) {
                // Contextual names need a neighbour to count, so give them one.
                String text = skill.contextual().contains(term) ? term + ", Java" : "Must know " + term + ".";
                assertTrue(EXTRACTOR.extract(text).contains(skill.id()), "'" + term + "' does not find " + skill.id());
            }
        }
    }

    @Test
    void the_role_list_covers_at_least_60_roles_across_the_families() {
        assertTrue(TAXONOMY.roleSkills().size() >= 60, "roles: " + TAXONOMY.roleSkills().size());
        Set<String> familiesWithRoles = TAXONOMY.roleSkills().values().stream()
                .map(ids -> TAXONOMY.get(ids.get(0)).family())
                .collect(Collectors.toSet());
        Set<String> missing = new TreeSet<>(FAMILIES);
        missing.removeAll(familiesWithRoles);
        missing.remove("general");
        assertEquals(Set.of(), missing, "families no role leads with");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "Registered Nurse|patient-care",
            "Primary School Teacher|classroom-instruction",
            "Warehouse Associate|warehouse-operations",
            "Senior Java Developer|java",
            "Account Executive|closing",
            "HR Generalist|human-resources",
            "CNC Machinist|cnc-machining",
            "Bookkeeper|bookkeeping",
            "Customer Service Representative|customer-service",
            "UX Designer|ux-design",
            "Digital Marketing Specialist|digital-marketing",
            "Data Analyst|data-analysis",
            "Product Manager|product-management",
            "Delivery Driver|driving-licence",
            "Warehouse Supervisor|leadership",
            "Office Administrator|office-management",
            "Mechanical Technician|fault-finding",
            "Paralegal|communication"})
    void a_title_alone_gives_a_profile_with_the_skills_of_its_role(String title, String expected) {
        List<SkillId> skills = JobProfiles.fromTitle(title, EXTRACTOR).skills();
        assertTrue(skills.size() >= 3, title + " -> " + skills);
        assertTrue(skills.contains(new SkillId(expected)), title + " -> " + skills);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "We run k8s on EKS|kubernetes",
            "Solid JS and TypeScript|javascript",
            "Experience with Golang|golang",
            "Current RN license|nursing-license",
            "Strong behaviour management|classroom-management",
            "FP&A experience|fpa",
            "Knowledge of GD&T|gd-t",
            "Reach truck and counterbalance|forklift",
            "Write SOPs|sops",
            "Zendesk macros and CSAT|zendesk"})
    void common_ways_of_writing_skills_are_recognised(String text, String expected) {
        assertTrue(EXTRACTOR.extract(text).contains(new SkillId(expected)), text + " -> " + EXTRACTOR.extract(text));
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "We go the extra mile",
            "Please send your CV",
            "You will be responsible for our 24-bed unit",
            "A swift and friendly reply, and we excel at it",
            "Our organisation is committed to diversity and we are passionate about our mission",
            "Competitive compensation and flexible hours"})
    void everyday_sentences_name_no_skills(String text) {
        assertEquals(List.of(), EXTRACTOR.extract(text));
    }

    @Test
    void the_taxonomy_is_loaded_once_and_kept() {
        assertSame(SOURCE.load(), SOURCE.load());
    }

    // ---------------------------------------------------------------- loading errors

    @Test
    void a_well_formed_file_with_comments_blank_lines_and_markers_loads() throws IOException {
        SkillTaxonomy taxonomy = parse("""
                \uFEFF# a comment
                
                golang\t~Go\tsoftware\tGolang|Go language
                swift\tSwift\tsoftware\t=Swift|Swift language
                java\tJava\tsoftware
                """, "developer\tjava, golang\n");
        assertEquals(3, taxonomy.size());
        Skill go = taxonomy.get(new SkillId("golang"));
        assertEquals("Go", go.name());
        assertEquals(Set.of("Go"), go.contextual());
        assertEquals(Set.of("Swift"), taxonomy.get(new SkillId("swift")).exactCase());
        assertEquals(List.of("Swift language"), taxonomy.get(new SkillId("swift")).aliases());
        assertEquals(List.of(new SkillId("java"), new SkillId("golang")), taxonomy.roleSkills().get("developer"));
    }

    @Test
    void a_repeated_id_fails_naming_both_lines() {
        JobbotException e = assertThrows(JobbotException.class,
                () -> parse("java\tJava\tsoftware\t\n# x\njava\tJava again\tsoftware\t\n", ""));
        assertEquals("skills.tsv line 3: skill id 'java' is already defined on line 1", e.getMessage());
        assertFalse(e.retryable());
    }

    @Test
    void an_alias_of_two_skills_fails_naming_both_lines_and_skills() {
        JobbotException e = assertThrows(JobbotException.class,
                () -> parse("javascript\tJavaScript\tsoftware\tJS\nnodejs\tNode.js\tsoftware\tjs|NodeJS\n", ""));
        assertEquals("skills.tsv line 2: 'js' of nodejs is already used by javascript on line 1 ('JS'): "
                + "a name or alias must point to one skill", e.getMessage());
    }

    @Test
    void aliases_that_differ_only_in_punctuation_count_as_the_same() {
        JobbotException e = assertThrows(JobbotException.class,
                () -> parse("frontend\tFront-end\tsoftware\t\nweb\tWeb\tsoftware\tfrontend\n", ""));
        assertTrue(e.getMessage().startsWith("skills.tsv line 2: 'frontend' of web is already used by frontend"),
                e.getMessage());
    }

    @ParameterizedTest
    @CsvSource(delimiterString = " => ", value = {
            "Java Lang\\tJava\\tsoftware => line 1: 'Java Lang' is not a skill id (a lower-case slug)",
            "java\\tJava => line 1: expected id, name, family and aliases separated by tabs, found 2 column(s)",
            "java\\t \\tsoftware => line 1: skill java has no name",
            "java\\tJava\\tSoftware Dev => line 1: family 'Software Dev' of java is not a lower-case slug",
            "java\\tJava\\tsoftware\\tJVM|JVM => line 1: 'JVM' is listed twice for java",
            "java\\tJava\\tsoftware\\tJava => line 1: 'Java' is listed twice for java",
            "cpp\\tC++\\tsoftware\\t++ => line 1: '++' has no letters or digits to match"})
    void a_malformed_skill_line_fails_naming_the_line(String line, String message) {
        JobbotException e = assertThrows(JobbotException.class, () -> parse(line.replace("\\t", "\t") + "\n", ""));
        assertEquals("skills.tsv " + message, e.getMessage());
    }

    @Test
    void a_role_naming_an_unknown_skill_fails_naming_the_line() {
        JobbotException e = assertThrows(JobbotException.class,
                () -> parse("java\tJava\tsoftware\n", "# roles\ndeveloper\tjava, python\n"));
        assertEquals("roles.tsv line 2: role 'developer' names unknown skill 'python'", e.getMessage());
    }

    @Test
    void a_malformed_or_repeated_role_fails_naming_the_line() {
        assertEquals("roles.tsv line 1: expected a role keyword and its skill ids separated by one tab",
                assertThrows(JobbotException.class, () -> parse("java\tJava\tsoftware\n", "developer java\n"))
                        .getMessage());
        assertEquals("roles.tsv line 2: role 'Developer' is already listed on line 1",
                assertThrows(JobbotException.class,
                        () -> parse("java\tJava\tsoftware\n", "developer\tjava\nDeveloper\tjava\n")).getMessage());
    }

    @Test
    void an_empty_skills_file_fails() {
        assertThrows(JobbotException.class, () -> parse("# nothing yet\n", ""));
    }

    @Test
    void a_file_that_is_not_utf8_fails_instead_of_garbling_names() {
        ClasspathSkillTaxonomy source = new ClasspathSkillTaxonomy("taxonomy-errors/latin1-skills.tsv",
                "taxonomy-errors/roles.tsv");
        JobbotException e = assertThrows(JobbotException.class, source::load);
        assertTrue(e.getMessage().contains("not valid UTF-8"), e.getMessage());
    }

    @Test
    void a_missing_resource_fails_naming_it() {
        ClasspathSkillTaxonomy source = new ClasspathSkillTaxonomy("taxonomy-errors/skills.tsv", "nowhere/roles.tsv");
        JobbotException e = assertThrows(JobbotException.class, source::load);
        assertTrue(e.getMessage().contains("nowhere/roles.tsv"), e.getMessage());
    }

    @Test
    void other_resources_in_the_same_format_load() {
        SkillTaxonomy taxonomy = new ClasspathSkillTaxonomy("taxonomy-errors/skills.tsv", "taxonomy-errors/roles.tsv")
                .load();
        assertEquals(1, taxonomy.size());
    }

    private static SkillTaxonomy parse(String skills, String roles) throws IOException {
        return ClasspathSkillTaxonomy.parse("skills.tsv", new StringReader(skills), "roles.tsv", new StringReader(roles));
    }
}
