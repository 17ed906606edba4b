package tech.jobbot.domain.job;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static tech.jobbot.domain.job.SkillFixtures.TAXONOMY;
import static tech.jobbot.domain.job.SkillFixtures.ids;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

class SkillTaxonomyTest {

    @Test
    void given_a_title_then_the_longest_role_keyword_in_it_wins() {
        assertEquals(List.of("registered nurse"), TAXONOMY.rolesIn("Senior Registered Nurse (ICU)"));
        assertEquals(List.of("nurse"), TAXONOMY.rolesIn("Night Nurse"));
        assertEquals(List.of(), TAXONOMY.rolesIn("Nursery Manager"));
    }

    @Test
    void given_a_title_with_two_roles_then_both_imply_their_skills() {
        assertEquals(List.of("software engineer", "teacher"), TAXONOMY.rolesIn("Teacher and Software Engineer"));
        assertEquals(ids("api-design", "teamwork", "lesson-planning", "classroom-management"),
                TAXONOMY.typicalSkillsFor("Teacher and Software Engineer"));
    }

    @Test
    void given_roles_naming_unknown_skills_then_the_taxonomy_is_refused() {
        List<Skill> skills = List.of(new Skill(new SkillId("java"), "Java", "software", List.of()));
        assertThrows(IllegalArgumentException.class,
                () -> new SkillTaxonomy(skills, Map.of("developer", ids("python"))));
        assertThrows(IllegalArgumentException.class, () -> new SkillTaxonomy(skills, Map.of("developer", List.of())));
        assertThrows(IllegalArgumentException.class, () -> new SkillTaxonomy(skills, Map.of("  ", ids("java"))));
    }

    @Test
    void given_the_same_skill_twice_then_the_taxonomy_is_refused() {
        Skill java = new Skill(new SkillId("java"), "Java", "software", List.of());
        assertThrows(IllegalArgumentException.class, () -> new SkillTaxonomy(List.of(java, java)));
    }

    @Test
    void given_skills_then_they_are_listed_by_id_with_their_families() {
        List<Skill> skills = TAXONOMY.skills();
        for (int i = 1; i < skills.size(); i++) {
            assertEquals(-1, Integer.signum(skills.get(i - 1).id().compareTo(skills.get(i).id())));
        }
        assertEquals(true, TAXONOMY.families().contains("healthcare-nursing"));
    }
}
