package tech.jobbot.domain.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.DOCKER;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.EXCEL;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.GIT;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.LOOKER;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.PYTHON;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.SKILLS_GAP;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.SQL;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.STATISTICS;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.TABLEAU;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.claiming;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.id;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.job;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.quote;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import tech.jobbot.domain.account.Background;
import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.SkillId;

class SkillsGapTest {
    private static List<SkillGap> personalGaps(JobProfile job) {
        return SKILLS_GAP.gaps(job, Set.of(), Background.empty(), true);
    }

    private static Map<SkillId, SkillGap> bySkill(List<SkillGap> gaps) {
        return gaps.stream().collect(Collectors.toMap(SkillGap::skill, Function.identity()));
    }

    @Test
    void given_a_requirement_line_naming_skills_plainly_then_they_are_required_high_gaps_quoting_the_line() {
        List<SkillGap> gaps = personalGaps(job("Data Analyst", List.of("3+ years of SQL and Python"), SQL, PYTHON));

        assertEquals(List.of(new SkillGap(SQL, GapSeverity.HIGH, quote("3+ years of SQL and Python"), false, true),
                new SkillGap(PYTHON, GapSeverity.HIGH, quote("3+ years of SQL and Python"), false, true)), gaps);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tableau is nice to have", "Experience with Tableau is a plus",
            "Tableau would be a big plus", "Tableau is a bonus", "Bonus points for Tableau", "Tableau preferred",
            "Preferably some Tableau", "Tableau is desirable", "Ideally you have built dashboards in Tableau",
            "Tableau would be great", "Tableau experience is an advantage", "Tableau is advantageous",
            "Nice-to-have: Tableau", "Tableau is optional", "Tableau is not required", "Tableau is an asset",
            "Bonus: Tableau", "Preferred: Tableau", "Tableau (preferred)", "Tableau, preferably",
            "Tableau is highly desirable", "Tableau experience desired", "Tableau would be beneficial",
            "Preferred Tableau experience", "Tableau, which is a big plus"})
    void given_a_line_that_reads_as_optional_then_its_skill_is_preferred_and_a_medium_gap(String line) {
        SkillGap tableau = bySkill(personalGaps(job("Data Analyst", List.of("Strong SQL", line), SQL, TABLEAU)))
                .get(TABLEAU);

        assertEquals(new SkillGap(TABLEAU, GapSeverity.MEDIUM, quote(line), false, false), tableau);
    }

    @Test
    void given_required_and_optional_clauses_in_one_line_then_each_skill_takes_its_own_clause() {
        Map<SkillId, SkillGap> gaps = bySkill(personalGaps(job("Data Analyst",
                List.of("Strong SQL; Tableau is a plus", "Excel every day. Python would be great."),
                SQL, TABLEAU, EXCEL, PYTHON)));

        assertTrue(gaps.get(SQL).required());
        assertFalse(gaps.get(TABLEAU).required());
        assertTrue(gaps.get(EXCEL).required());
        assertFalse(gaps.get(PYTHON).required());
    }

    @Test
    void given_an_abbreviation_inside_an_optional_sentence_then_the_sentence_is_not_cut_there() {
        SkillGap python = bySkill(personalGaps(job("Data Analyst",
                List.of("A scripting language, e.g. Python, is a plus"), PYTHON))).get(PYTHON);

        assertFalse(python.required());
    }

    @Test
    void given_an_optional_label_before_a_colon_then_the_whole_line_is_optional() {
        Map<SkillId, SkillGap> gaps = bySkill(personalGaps(job("Data Analyst",
                List.of("Nice to have: Tableau; some Looker"), TABLEAU, LOOKER)));

        assertFalse(gaps.get(TABLEAU).required());
        assertFalse(gaps.get(LOOKER).required());
    }

    @Test
    void given_a_skill_in_an_optional_line_and_a_later_plain_line_then_it_is_required_quoting_the_plain_line() {
        SkillGap sql = bySkill(personalGaps(job("Data Analyst",
                List.of("SQL would be great", "Write SQL queries against our warehouse"), SQL))).get(SQL);

        assertEquals(new SkillGap(SQL, GapSeverity.HIGH, quote("Write SQL queries against our warehouse"), false,
                true), sql);
    }

    @Test
    void given_a_skill_only_in_optional_lines_then_the_first_of_them_is_quoted() {
        SkillGap tableau = bySkill(personalGaps(job("Data Analyst",
                List.of("Strong SQL", "Tableau would be great", "Looker or Tableau preferred"), SQL, TABLEAU)))
                .get(TABLEAU);

        assertEquals(new SkillGap(TABLEAU, GapSeverity.MEDIUM, quote("Tableau would be great"), false, false),
                tableau);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
            "SQL required, Tableau preferred | sql | tableau",
            "SQL (required) and Tableau (a plus) | sql | tableau",
            "Must have SQL; Tableau preferred, Excel desirable | sql | tableau microsoft-excel",
            "Strong SQL, Tableau is a plus | sql | tableau",
            "3+ years of SQL and Python, Tableau a plus | sql python | tableau",
            "SQL and Python, Tableau and Looker are a plus | sql python | tableau looker",
            "Strong SQL skills, Python and Tableau would be great | sql | python tableau",
            "SQL required, Tableau and Looker a plus | sql | tableau looker",
            "SQL, ideally with Python | sql | python",
            "Ideally Tableau or Looker, and strong SQL | sql | tableau looker",
            "Tableau preferred but not required, SQL essential | sql | tableau",
            "Preferred experience with Tableau; SQL every day | sql | tableau",
            "SQL is required, not optional; Tableau optional | sql | tableau",
            "SQL/Python required, Tableau a plus | sql python | tableau",
            "Tools: SQL (daily), Excel (preferred) | sql | microsoft-excel",
            "Must have: SQL, Tableau preferred | sql | tableau",
            "SQL and Python, Tableau a plus | sql python | tableau",
            "Ideally Tableau, strong SQL | sql | tableau"})
    void given_required_and_optional_skills_in_one_line_then_each_marker_binds_to_the_skill_it_qualifies(
            String line, String required, String preferred) {
        Map<SkillId, SkillGap> gaps = bySkill(personalGaps(job("Data Analyst", List.of(line), SQL, PYTHON, TABLEAU,
                LOOKER, EXCEL)));

        for (String skill : required.split(" ")) {
            assertTrue(gaps.get(id(skill)).required(), skill + " is required by: " + line);
            assertEquals(quote(line), gaps.get(id(skill)).origin());
        }
        for (String skill : preferred.split(" ")) {
            assertFalse(gaps.get(id(skill)).required(), skill + " is only welcome in: " + line);
        }
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Python, SQL and Tableau are a plus", "Experience with Python, SQL or Tableau is a plus",
            "Python, SQL, and Tableau a plus", "Python or SQL (preferred) and Tableau (a plus)",
            "Bonus: Python; SQL and Tableau", "Preferred: Python. SQL, Tableau",
            "Preferred qualifications: Python, SQL, Tableau", "Ideally Python, SQL and Tableau",
            "Bonus points for Python, SQL or Tableau", "Python/SQL/Tableau experience is desirable"})
    void given_a_list_of_skills_marked_optional_together_then_all_of_them_are_preferred(String line) {
        List<SkillGap> gaps = personalGaps(job("Data Analyst", List.of(line), PYTHON, SQL, TABLEAU));

        assertEquals(3, gaps.size());
        gaps.forEach(gap -> assertFalse(gap.required(), gap + " in: " + line));
    }

    @ParameterizedTest(name = "{0}")
    @ValueSource(strings = {"Use SQL to deliver the desired outcomes", "Desired outcomes are tracked with SQL",
            "Keep the preferred supplier list in SQL", "Build SQL reports as desired",
            "Create mutually beneficial partnerships with SQL", "SQL, which is not optional",
            "Preferred suppliers report in SQL"})
    void given_preferred_or_desired_inside_another_phrase_then_the_skill_stays_required(String line) {
        SkillGap sql = personalGaps(job("Data Analyst", List.of(line), SQL)).getFirst();

        assertTrue(sql.required(), line);
    }

    @Test
    void given_advantage_or_bonus_without_an_article_then_the_line_stays_required() {
        Map<SkillId, SkillGap> gaps = bySkill(personalGaps(job("Data Analyst",
                List.of("Use SQL to build a competitive advantage", "Model bonus schemes in Excel"), SQL, EXCEL)));

        assertTrue(gaps.get(SQL).required());
        assertTrue(gaps.get(EXCEL).required());
    }

    @Test
    void given_no_line_names_a_skill_then_only_the_first_five_job_skills_are_required() {
        List<SkillGap> gaps = personalGaps(job("Analyst", List.of("A curious mind"), SQL, PYTHON, TABLEAU, LOOKER,
                EXCEL, STATISTICS, GIT));

        Map<SkillId, SkillGap> bySkill = bySkill(gaps);
        for (SkillId leading : List.of(SQL, PYTHON, TABLEAU, LOOKER, EXCEL)) {
            assertEquals(new SkillGap(leading, GapSeverity.HIGH, GapSource.Inferred.DESCRIPTION, false, true),
                    bySkill.get(leading));
        }
        assertEquals(new SkillGap(STATISTICS, GapSeverity.MEDIUM, GapSource.Inferred.DESCRIPTION, false, false),
                bySkill.get(STATISTICS));
        assertFalse(bySkill.get(GIT).required());
    }

    @Test
    void given_only_the_title_names_a_skill_then_it_is_required_and_the_source_is_the_job_title() {
        SkillGap sql = bySkill(personalGaps(job("SQL Developer", List.of(), PYTHON, TABLEAU, LOOKER, EXCEL,
                STATISTICS, SQL))).get(SQL);

        assertEquals(new SkillGap(SQL, GapSeverity.HIGH, GapSource.Inferred.TITLE, false, true), sql);
        assertEquals("the job title", sql.source());
    }

    @Test
    void given_a_role_title_that_implies_a_skill_then_it_is_required_as_a_usual_skill_of_the_role_not_the_title() {
        SkillId patientCare = id("patient-care");

        SkillGap gap = personalGaps(job("Registered Nurse (ICU)", List.of(), patientCare)).getFirst();

        assertEquals(new SkillGap(patientCare, GapSeverity.HIGH, GapSource.Inferred.ROLE, false, true), gap);
        assertEquals("the usual skills of this role", gap.source());
    }

    @Test
    void given_a_role_skill_that_a_requirement_line_names_then_the_line_is_the_source() {
        SkillId patientCare = id("patient-care");

        SkillGap gap = personalGaps(job("Registered Nurse", List.of("Patient care on a busy ward"), patientCare))
                .getFirst();

        assertEquals(quote("Patient care on a busy ward"), gap.origin());
    }

    @Test
    void given_only_a_responsibility_names_a_skill_then_that_line_is_the_source() {
        SkillGap tableau = personalGaps(job("Data Analyst", List.of("3+ years of SQL"),
                List.of("Build dashboards in Tableau"), SQL, TABLEAU)).get(1);

        assertEquals(new SkillGap(TABLEAU, GapSeverity.HIGH, quote("Build dashboards in Tableau"), false, true),
                tableau);
    }

    @Test
    void given_a_long_requirement_line_then_the_source_is_cut_at_a_word_within_160_characters() {
        String line = "Hands-on experience writing SQL " + "against large analytical warehouses ".repeat(8);

        String source = personalGaps(job("Data Analyst", List.of(line), SQL)).getFirst().source();

        assertTrue(source.length() <= SkillsGap.MAX_SOURCE, source);
        assertTrue(source.endsWith("…"), source);
        assertTrue(line.startsWith(source.substring(0, source.length() - 1)), source);
        assertFalse(source.endsWith(" …"), source);
    }

    @Test
    void given_whitespace_around_and_inside_a_line_then_the_source_is_tidied() {
        SkillGap sql = personalGaps(job("Data Analyst", List.of("  Strong\tSQL   skills \n"), SQL)).getFirst();

        assertEquals("Strong SQL skills", sql.source());
    }

    @Test
    void given_a_skill_shown_in_answers_then_it_is_no_gap_even_when_also_claimed() {
        JobProfile job = job("Data Analyst", List.of("SQL and Python"), SQL, PYTHON);

        List<SkillGap> gaps = SKILLS_GAP.gaps(job, Set.of(SQL), claiming(SQL), true);

        assertEquals(List.of(PYTHON), gaps.stream().map(SkillGap::skill).toList());
    }

    @Test
    void given_a_claimed_but_unshown_skill_then_it_is_a_milder_gap_marked_claimed() {
        JobProfile job = job("Data Analyst", List.of("Strong SQL", "Tableau is a plus"), SQL, TABLEAU);

        Map<SkillId, SkillGap> gaps = bySkill(SKILLS_GAP.gaps(job, Set.of(), claiming(SQL, TABLEAU), true));

        assertEquals(new SkillGap(SQL, GapSeverity.MEDIUM, quote("Strong SQL"), true, true), gaps.get(SQL));
        assertEquals(new SkillGap(TABLEAU, GapSeverity.LOW, quote("Tableau is a plus"), true, false),
                gaps.get(TABLEAU));
    }

    @Test
    void given_personalisation_off_then_answers_and_background_are_not_used() {
        JobProfile job = job("Data Analyst", List.of("Strong SQL", "Tableau is a plus", "Python"), SQL, TABLEAU,
                PYTHON);

        List<SkillGap> off = SKILLS_GAP.gaps(job, Set.of(SQL), claiming(TABLEAU, PYTHON), false);

        assertEquals(SKILLS_GAP.gaps(job, Set.of(), Background.empty(), true), off);
        assertEquals(List.of(SQL, PYTHON, TABLEAU), off.stream().map(SkillGap::skill).toList());
        assertTrue(off.stream().noneMatch(SkillGap::claimed));
        assertEquals(List.of(GapSeverity.HIGH, GapSeverity.HIGH, GapSeverity.MEDIUM),
                off.stream().map(SkillGap::severity).toList());
    }

    @Test
    void given_gaps_of_every_kind_then_they_are_ordered_by_severity_then_required_first_then_job_order() {
        JobProfile job = job("Data Analyst", List.of("Tableau is a plus", "Python", "Git is a plus", "SQL",
                "Excel", "Docker preferred"), TABLEAU, PYTHON, GIT, SQL, EXCEL, DOCKER);

        List<SkillGap> gaps = SKILLS_GAP.gaps(job, Set.of(), claiming(PYTHON, GIT), true);

        assertEquals(List.of(SQL, EXCEL, PYTHON, TABLEAU, DOCKER, GIT), gaps.stream().map(SkillGap::skill).toList());
        assertEquals(List.of(GapSeverity.HIGH, GapSeverity.HIGH, GapSeverity.MEDIUM, GapSeverity.MEDIUM,
                GapSeverity.MEDIUM, GapSeverity.LOW), gaps.stream().map(SkillGap::severity).toList());
    }

    @Test
    void given_a_job_without_skills_then_there_are_no_gaps() {
        assertEquals(List.of(), personalGaps(job("Data Analyst", List.of("A curious mind"))));
    }
}
