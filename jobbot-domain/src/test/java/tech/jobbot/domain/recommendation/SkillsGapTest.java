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

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
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

        assertEquals(List.of(new SkillGap(SQL, GapSeverity.HIGH, "3+ years of SQL and Python", false, true),
                new SkillGap(PYTHON, GapSeverity.HIGH, "3+ years of SQL and Python", false, true)), gaps);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Tableau is nice to have", "Experience with Tableau is a plus",
            "Tableau would be a big plus", "Tableau is a bonus", "Bonus points for Tableau", "Tableau preferred",
            "Preferably some Tableau", "Tableau is desirable", "Ideally you have built dashboards in Tableau",
            "Tableau would be great", "Tableau experience is an advantage", "Tableau is advantageous",
            "Nice-to-have: Tableau", "Tableau is optional", "Tableau is not required", "Tableau is an asset"})
    void given_a_line_that_reads_as_optional_then_its_skill_is_preferred_and_a_medium_gap(String line) {
        SkillGap tableau = bySkill(personalGaps(job("Data Analyst", List.of("Strong SQL", line), SQL, TABLEAU)))
                .get(TABLEAU);

        assertEquals(new SkillGap(TABLEAU, GapSeverity.MEDIUM, line, false, false), tableau);
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
    void given_a_skill_in_an_optional_line_and_a_plain_line_then_it_is_required_quoting_the_first_line() {
        SkillGap sql = bySkill(personalGaps(job("Data Analyst",
                List.of("SQL would be great", "Write SQL queries against our warehouse"), SQL))).get(SQL);

        assertTrue(sql.required());
        assertEquals(GapSeverity.HIGH, sql.severity());
        assertEquals("SQL would be great", sql.source());
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
            assertEquals(new SkillGap(leading, GapSeverity.HIGH, SkillsGap.FROM_DESCRIPTION, false, true),
                    bySkill.get(leading));
        }
        assertEquals(new SkillGap(STATISTICS, GapSeverity.MEDIUM, SkillsGap.FROM_DESCRIPTION, false, false),
                bySkill.get(STATISTICS));
        assertFalse(bySkill.get(GIT).required());
    }

    @Test
    void given_only_the_title_names_a_skill_then_it_is_required_and_the_source_is_the_job_title() {
        SkillGap sql = bySkill(personalGaps(job("SQL Developer", List.of(), PYTHON, TABLEAU, LOOKER, EXCEL,
                STATISTICS, SQL))).get(SQL);

        assertEquals(new SkillGap(SQL, GapSeverity.HIGH, SkillsGap.FROM_TITLE, false, true), sql);
    }

    @Test
    void given_a_role_title_that_implies_a_skill_then_the_source_is_the_job_title() {
        SkillId patientCare = id("patient-care");

        SkillGap gap = personalGaps(job("Registered Nurse (ICU)", List.of(), patientCare)).getFirst();

        assertEquals(SkillsGap.FROM_TITLE, gap.source());
    }

    @Test
    void given_only_a_responsibility_names_a_skill_then_that_line_is_the_source() {
        SkillGap tableau = personalGaps(job("Data Analyst", List.of("3+ years of SQL"),
                List.of("Build dashboards in Tableau"), SQL, TABLEAU)).get(1);

        assertEquals(new SkillGap(TABLEAU, GapSeverity.HIGH, "Build dashboards in Tableau", false, true), tableau);
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

        assertEquals(new SkillGap(SQL, GapSeverity.MEDIUM, "Strong SQL", true, true), gaps.get(SQL));
        assertEquals(new SkillGap(TABLEAU, GapSeverity.LOW, "Tableau is a plus", true, false), gaps.get(TABLEAU));
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
