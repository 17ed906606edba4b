package tech.jobbot.domain.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.EXCEL;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.GIT;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.LOOKER;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.PYTHON;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.RANKER;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.SKILLS_GAP;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.SQL;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.STATISTICS;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.TABLEAU;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.claiming;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.course;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.gap;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.id;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.item;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.job;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.quote;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.recommendation.RecommendationRanker.Basis;

class RecommendationRankerTest {
    private static final SkillGap SQL_HIGH = gap(SQL, GapSeverity.HIGH);

    private static List<Recommendation> rank(List<SkillGap> gaps, List<CatalogItem> catalog, int max) {
        return RANKER.rank(gaps, catalog, SkillLevel.INTERMEDIATE, Set.of(), max, Basis.ANSWERS_AND_BACKGROUND);
    }

    private static List<String> ids(List<Recommendation> recommendations) {
        return recommendations.stream().map(r -> r.item().id()).toList();
    }

    private static String reason(SkillGap gap, Basis basis) {
        return RANKER.rank(List.of(gap), List.of(course("any", gap.skill())), SkillLevel.INTERMEDIATE, Set.of(), 1,
                basis).getFirst().reason();
    }

    /** Found by jqwik (seed -5501112390166175580): a type-mixing swap left the HIGH gap only under "also closes". */
    @Test
    void given_a_swap_for_another_type_then_an_item_is_still_shown_for_the_most_severe_gap_it_closes() {
        SkillGap python = gap(PYTHON, GapSeverity.HIGH);
        List<Recommendation> ranked = rank(List.of(python, gap(STATISTICS, GapSeverity.MEDIUM),
                gap(LOOKER, GapSeverity.MEDIUM)), List.of(
                        item("item-0", ItemType.COURSE, SkillLevel.INTERMEDIATE, STATISTICS),
                        item("item-1", ItemType.TRAINING, SkillLevel.INTERMEDIATE, PYTHON, STATISTICS),
                        item("item-2", ItemType.TRAINING, SkillLevel.INTERMEDIATE, LOOKER, PYTHON)), 2);
        assertEquals(2, ranked.size());
        assertEquals(2, ranked.stream().map(r -> r.item().type()).distinct().count(), "a mix of types");
        assertEquals(python, ranked.getFirst().gap(), "the HIGH gap leads: " + ranked);
    }

    @Test
    void given_dismissed_items_then_they_are_never_recommended() {
        List<Recommendation> ranked = RANKER.rank(List.of(SQL_HIGH), List.of(course("a-sql", SQL),
                course("b-sql", SQL)), SkillLevel.INTERMEDIATE, Set.of("a-sql"), 5, Basis.ANSWERS_AND_BACKGROUND);

        assertEquals(List.of("b-sql"), ids(ranked));
    }

    @Test
    void given_items_that_teach_no_gap_skill_then_nothing_is_recommended() {
        assertEquals(List.of(), rank(List.of(SQL_HIGH), List.of(course("git-basics", GIT)), 5));
    }

    @Test
    void given_no_gaps_then_nothing_is_recommended() {
        assertEquals(List.of(), rank(List.of(), List.of(course("sql-basics", SQL)), 5));
    }

    @Test
    void given_the_same_item_twice_in_the_catalog_then_it_is_recommended_once() {
        assertEquals(List.of("sql-course"), ids(rank(List.of(SQL_HIGH),
                List.of(course("sql-course", SQL), course("sql-course", SQL)), 5)));
    }

    @Test
    void given_one_id_with_different_content_then_the_better_fitting_copy_wins_in_any_catalog_order() {
        CatalogItem fitting = course("sql-course", SQL);
        CatalogItem tooHard = item("sql-course", ItemType.COURSE, SkillLevel.ADVANCED, SQL);

        assertEquals(List.of(fitting), rank(List.of(SQL_HIGH), List.of(fitting, tooHard), 5).stream()
                .map(Recommendation::item).toList());
        assertEquals(List.of(fitting), rank(List.of(SQL_HIGH), List.of(tooHard, fitting), 5).stream()
                .map(Recommendation::item).toList());
    }

    @Test
    void given_gaps_of_each_severity_then_the_items_for_the_most_severe_come_first() {
        List<SkillGap> gaps = List.of(gap(GIT, GapSeverity.LOW), gap(TABLEAU, GapSeverity.MEDIUM), SQL_HIGH);

        List<Recommendation> ranked = rank(gaps, List.of(course("a-git", GIT), course("b-tableau", TABLEAU),
                course("c-sql", SQL)), 5);

        assertEquals(List.of("c-sql", "b-tableau", "a-git"), ids(ranked));
    }

    @Test
    void given_several_items_for_one_gap_then_every_gap_gets_one_before_any_gets_a_second() {
        List<SkillGap> gaps = List.of(SQL_HIGH, gap(TABLEAU, GapSeverity.MEDIUM));

        List<Recommendation> ranked = rank(gaps, List.of(course("sql-1", SQL), course("sql-2", SQL),
                course("sql-3", SQL), course("tableau-1", TABLEAU)), 2);

        assertEquals(List.of("sql-1", "tableau-1"), ids(ranked));
    }

    @Test
    void given_a_second_item_for_a_severe_gap_then_it_is_listed_before_the_items_for_milder_gaps() {
        SkillGap tableau = gap(TABLEAU, GapSeverity.MEDIUM);
        SkillGap git = gap(GIT, GapSeverity.LOW);

        List<Recommendation> ranked = rank(List.of(SQL_HIGH, tableau, git), List.of(course("sql-1", SQL),
                course("sql-2", SQL), course("tableau-1", TABLEAU), course("git-1", GIT)), 4);

        // Picked as sql-1, tableau-1, git-1 (one per gap), then sql-2; shown by the severity of each one's gap.
        assertEquals(List.of("sql-1", "sql-2", "tableau-1", "git-1"), ids(ranked));
        assertEquals(List.of(SQL_HIGH, SQL_HIGH, tableau, git), ranked.stream().map(Recommendation::gap).toList());
    }

    @Test
    void given_an_item_closing_a_gap_already_covered_then_one_closing_more_open_gaps_is_preferred() {
        List<SkillGap> gaps = List.of(SQL_HIGH, gap(PYTHON, GapSeverity.HIGH), gap(TABLEAU, GapSeverity.MEDIUM),
                gap(LOOKER, GapSeverity.MEDIUM));

        // For Tableau, b closes Tableau and the already covered SQL (more in total), c Tableau and Looker.
        List<Recommendation> ranked = rank(gaps, List.of(course("a-sql-python", SQL, PYTHON),
                course("b-tableau-sql", TABLEAU, SQL), course("c-tableau-looker", TABLEAU, LOOKER)), 2);

        assertEquals(List.of("a-sql-python", "c-tableau-looker"), ids(ranked));
    }

    @Test
    void given_only_courses_would_be_picked_then_another_type_for_the_same_gap_takes_the_last_place_it_can() {
        List<SkillGap> gaps = List.of(SQL_HIGH, gap(PYTHON, GapSeverity.HIGH), gap(TABLEAU, GapSeverity.MEDIUM),
                gap(LOOKER, GapSeverity.MEDIUM), gap(GIT, GapSeverity.LOW));
        List<CatalogItem> catalog = List.of(course("course-sql", SQL), course("course-python", PYTHON),
                course("course-tableau", TABLEAU), course("course-looker", LOOKER), course("course-git", GIT),
                item("coaching-tableau", ItemType.CONSULTING, SkillLevel.ADVANCED, TABLEAU));

        List<Recommendation> ranked = rank(gaps, catalog, 5);

        assertEquals(List.of("course-sql", "course-python", "coaching-tableau", "course-looker", "course-git"),
                ids(ranked));
        assertEquals(TABLEAU, ranked.get(2).gap().skill());
    }

    @Test
    void given_another_type_only_for_a_gap_closed_on_the_side_then_the_last_pick_makes_way() {
        List<SkillGap> gaps = List.of(SQL_HIGH, gap(PYTHON, GapSeverity.HIGH));
        List<CatalogItem> catalog = List.of(course("course-both", SQL, PYTHON), course("course-sql", SQL),
                item("training-python", ItemType.TRAINING, SkillLevel.INTERMEDIATE, PYTHON));

        assertEquals(List.of("course-both", "training-python"), ids(rank(gaps, catalog, 2)));
    }

    @Test
    void given_a_swap_for_another_type_that_would_leave_a_gap_open_then_a_second_pick_for_a_gap_makes_way() {
        SkillGap a = gap(SQL, GapSeverity.HIGH);
        SkillGap b = gap(PYTHON, GapSeverity.HIGH);
        SkillGap c = gap(TABLEAU, GapSeverity.MEDIUM);
        // Picked: course-sql-a for SQL, course-python-tableau for Python (closing Tableau on the side),
        // course-sql-c for SQL again. Training for Python in its place would leave Tableau open.
        List<CatalogItem> catalog = List.of(course("course-sql-a", SQL), course("course-sql-c", SQL),
                course("course-python-tableau", PYTHON, TABLEAU),
                item("training-python", ItemType.TRAINING, SkillLevel.INTERMEDIATE, PYTHON));

        List<Recommendation> ranked = rank(List.of(a, b, c), catalog, 3);

        assertEquals(List.of("course-sql-a", "course-python-tableau", "training-python"), ids(ranked));
        assertEquals(List.of(a, b, b), ranked.stream().map(Recommendation::gap).toList());
    }

    @Test
    void given_candidates_of_one_type_only_then_a_list_of_that_type_is_fine() {
        List<CatalogItem> catalog = IntStream.range(0, 6).mapToObj(i -> course("sql-" + i, SQL)).toList();

        assertEquals(List.of("sql-0", "sql-1", "sql-2", "sql-3", "sql-4"), ids(rank(List.of(SQL_HIGH), catalog, 5)));
    }

    @Test
    void given_more_candidates_than_max_then_at_most_max_are_recommended() {
        List<CatalogItem> catalog = IntStream.range(0, 25).mapToObj(i -> course("sql-" + i, SQL)).toList();

        assertEquals(3, rank(List.of(SQL_HIGH), catalog, 3).size());
        assertEquals(RecommendationRanker.MAX, rank(List.of(SQL_HIGH), catalog, RecommendationRanker.MAX).size());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 0, 21})
    void a_max_outside_1_to_20_is_rejected(int max) {
        assertThrows(IllegalArgumentException.class, () -> rank(List.of(SQL_HIGH), List.of(), max));
    }

    @Test
    void given_a_beginner_then_items_at_their_level_come_before_harder_ones() {
        List<CatalogItem> catalog = List.of(item("sql-advanced", ItemType.COURSE, SkillLevel.ADVANCED, SQL),
                item("sql-beginner", ItemType.COURSE, SkillLevel.BEGINNER, SQL),
                item("sql-intermediate", ItemType.COURSE, SkillLevel.INTERMEDIATE, SQL));

        List<Recommendation> forBeginner = RANKER.rank(List.of(SQL_HIGH), catalog, SkillLevel.BEGINNER, Set.of(), 3,
                Basis.ANSWERS_AND_BACKGROUND);
        List<Recommendation> forExpert = RANKER.rank(List.of(SQL_HIGH), catalog, SkillLevel.ADVANCED, Set.of(), 3,
                Basis.ANSWERS_AND_BACKGROUND);

        assertEquals(List.of("sql-beginner", "sql-intermediate", "sql-advanced"), ids(forBeginner));
        assertEquals(List.of("sql-advanced", "sql-intermediate", "sql-beginner"), ids(forExpert));
    }

    @Test
    void given_a_beginner_then_a_fitting_item_beats_an_advanced_one_that_also_closes_a_low_gap() {
        List<SkillGap> gaps = List.of(SQL_HIGH, gap(GIT, GapSeverity.LOW));
        List<CatalogItem> catalog = List.of(item("a-sql-git", ItemType.COURSE, SkillLevel.ADVANCED, SQL, GIT),
                item("b-sql", ItemType.COURSE, SkillLevel.BEGINNER, SQL));

        assertEquals(List.of("b-sql"), ids(RANKER.rank(gaps, catalog, SkillLevel.BEGINNER, Set.of(), 1,
                Basis.ANSWERS_AND_BACKGROUND)));
    }

    @Test
    void given_otherwise_equal_items_then_the_one_centred_on_the_gap_skill_wins() {
        List<CatalogItem> catalog = List.of(course("a-python-then-sql", PYTHON, SQL),
                course("b-sql-then-python", SQL, PYTHON));

        assertEquals(List.of("b-sql-then-python", "a-python-then-sql"), ids(rank(List.of(SQL_HIGH), catalog, 2)));
    }

    @Test
    void given_equal_items_then_the_smaller_id_comes_first() {
        assertEquals(List.of("a-sql", "b-sql"), ids(rank(List.of(SQL_HIGH),
                List.of(course("b-sql", SQL), course("a-sql", SQL)), 2)));
    }

    @Test
    void given_an_item_closing_several_gaps_then_gap_is_the_most_severe_and_the_others_are_also_closed() {
        SkillGap tableau = gap(TABLEAU, GapSeverity.MEDIUM);
        SkillGap git = gap(GIT, GapSeverity.LOW);

        Recommendation only = rank(List.of(git, SQL_HIGH, tableau), List.of(course("all-in-one", GIT, TABLEAU, SQL)),
                1).getFirst();

        assertEquals(SQL_HIGH, only.gap());
        assertEquals(List.of(tableau, git), only.alsoCloses());
    }

    @Test
    void given_an_item_picked_for_a_milder_gap_that_also_teaches_a_covered_one_then_it_is_shown_for_the_milder_gap() {
        SkillGap python = gap(PYTHON, GapSeverity.HIGH);
        SkillGap tableau = new SkillGap(TABLEAU, GapSeverity.MEDIUM, quote("Tableau is a plus"), false, false);

        // sql-python is picked for SQL and covers Python; tableau-sql is then picked for Tableau.
        List<Recommendation> ranked = rank(List.of(SQL_HIGH, python, tableau), List.of(
                course("sql-python", SQL, PYTHON), course("tableau-sql", TABLEAU, SQL)), 5);

        assertEquals(List.of("sql-python", "tableau-sql"), ids(ranked));
        Recommendation forTableau = ranked.get(1);
        assertEquals(tableau, forTableau.gap());
        assertEquals(List.of(SQL_HIGH), forTableau.alsoCloses());
        assertEquals("The posting welcomes Tableau (\"Tableau is a plus\"); none of your answers showed it.",
                forTableau.reason());
    }

    @Test
    void given_a_swap_for_another_type_then_the_new_item_is_shown_for_a_gap_it_closes() {
        List<SkillGap> gaps = List.of(SQL_HIGH, gap(PYTHON, GapSeverity.HIGH));
        List<CatalogItem> catalog = List.of(course("course-both", SQL, PYTHON), course("course-sql", SQL),
                item("training-python", ItemType.TRAINING, SkillLevel.INTERMEDIATE, PYTHON));

        Recommendation swapped = rank(gaps, catalog, 2).get(1);

        assertEquals("training-python", swapped.item().id());
        assertEquals(PYTHON, swapped.gap().skill());
        assertEquals(List.of(), swapped.alsoCloses());
    }

    @Test
    void given_a_required_gap_not_shown_then_the_reason_names_skill_and_line_and_the_missing_answer() {
        SkillGap sql = new SkillGap(SQL, GapSeverity.HIGH, quote("3+ years of SQL and Python"), false, true);

        assertEquals("The posting asks for SQL (\"3+ years of SQL and Python\"); none of your answers showed it.",
                reason(sql, Basis.ANSWERS_AND_BACKGROUND));
    }

    @Test
    void given_a_claimed_gap_then_the_reason_says_the_background_lists_it() {
        SkillGap tableau = new SkillGap(TABLEAU, GapSeverity.MEDIUM, quote("Build dashboards in Tableau"), true, true);

        assertEquals("The posting asks for Tableau (\"Build dashboards in Tableau\"); you list it in your background"
                + " but no answer showed it yet.", reason(tableau, Basis.ANSWERS_AND_BACKGROUND));
    }

    @Test
    void given_job_only_gaps_then_the_reason_says_nothing_about_the_person() {
        SkillGap sql = new SkillGap(SQL, GapSeverity.HIGH, quote("3+ years of SQL and Python"), false, true);

        assertEquals("The posting asks for SQL (\"3+ years of SQL and Python\").", reason(sql, Basis.JOB_ONLY));
    }

    @Test
    void given_a_preferred_gap_then_the_reason_says_the_posting_welcomes_it_by_its_display_name() {
        SkillGap excel = new SkillGap(EXCEL, GapSeverity.MEDIUM, quote("Excel is a plus"), false, false);

        assertEquals("The posting welcomes Microsoft Excel (\"Excel is a plus\"); none of your answers showed it.",
                reason(excel, Basis.ANSWERS_AND_BACKGROUND));
    }

    @Test
    void given_a_gap_from_the_title_or_description_then_the_reason_names_the_place_without_quotes() {
        assertEquals("The posting asks for SQL (in the job title).",
                reason(new SkillGap(SQL, GapSeverity.HIGH, GapSource.Inferred.TITLE, false, true), Basis.JOB_ONLY));
        assertEquals("The posting asks for SQL (in the job description); none of your answers showed it.",
                reason(new SkillGap(SQL, GapSeverity.HIGH, GapSource.Inferred.DESCRIPTION, false, true),
                        Basis.ANSWERS_AND_BACKGROUND));
    }

    @Test
    void given_a_gap_the_role_implies_then_the_reason_does_not_say_the_posting_asks_for_it() {
        SkillGap patientCare = new SkillGap(id("patient-care"), GapSeverity.HIGH, GapSource.Inferred.ROLE, false,
                true);

        assertEquals("Jobs like this usually need Patient care; none of your answers showed it.",
                reason(patientCare, Basis.ANSWERS_AND_BACKGROUND));
        assertEquals("Jobs like this usually need Patient care.", reason(patientCare, Basis.JOB_ONLY));
    }

    @Test
    void given_a_nursing_title_without_requirement_lines_then_the_recommendation_says_jobs_like_this_need_it() {
        SkillId patientCare = id("patient-care");
        List<SkillGap> gaps = SKILLS_GAP.gaps(job("Registered Nurse (ICU)", List.of(), patientCare), Set.of(),
                claiming(), true);

        Recommendation only = rank(gaps, List.of(course("patient-care-basics", patientCare)), 5).getFirst();

        assertEquals("Jobs like this usually need Patient care; none of your answers showed it.", only.reason());
    }

    @Test
    void given_no_answers_yet_then_the_reason_says_so_instead_of_that_answers_missed_it() {
        SkillGap sql = new SkillGap(SQL, GapSeverity.HIGH, quote("3+ years of SQL and Python"), false, true);
        SkillGap claimed = new SkillGap(TABLEAU, GapSeverity.MEDIUM, quote("Build dashboards in Tableau"), true,
                true);

        assertEquals("The posting asks for SQL (\"3+ years of SQL and Python\"); you have not answered a question"
                + " about it yet.", reason(sql, Basis.NO_ANSWERS_YET));
        assertEquals("The posting asks for Tableau (\"Build dashboards in Tableau\"); you list it in your"
                + " background.", reason(claimed, Basis.NO_ANSWERS_YET));
    }

    @Test
    void given_a_skill_the_taxonomy_no_longer_knows_then_the_reason_uses_its_id() {
        assertEquals("The posting asks for kotlin (\"Kotlin\").",
                reason(new SkillGap(id("kotlin"), GapSeverity.HIGH, quote("Kotlin"), false, true), Basis.JOB_ONLY));
    }

    @Test
    void given_job_only_basis_then_a_claimed_gap_is_rejected() {
        SkillGap claimed = new SkillGap(SQL, GapSeverity.MEDIUM, quote("SQL"), true, true);

        assertThrows(IllegalArgumentException.class, () -> RANKER.rank(List.of(claimed), List.of(), SkillLevel.BEGINNER,
                Set.of(), 5, Basis.JOB_ONLY));
    }

    @Test
    void given_two_gaps_for_one_skill_then_they_are_rejected() {
        assertThrows(IllegalArgumentException.class,
                () -> rank(List.of(SQL_HIGH, gap(SQL, GapSeverity.LOW)), List.of(), 5));
    }

    @Test
    void the_basis_follows_the_personalisation_consent_and_whether_the_person_answered_anything() {
        assertEquals(Basis.ANSWERS_AND_BACKGROUND, Basis.of(true));
        assertEquals(Basis.JOB_ONLY, Basis.of(false));
        assertEquals(Basis.ANSWERS_AND_BACKGROUND, Basis.of(true, true));
        assertEquals(Basis.NO_ANSWERS_YET, Basis.of(true, false));
        assertEquals(Basis.JOB_ONLY, Basis.of(false, true));
        assertEquals(Basis.JOB_ONLY, Basis.of(false, false));
    }

    @Test
    void given_no_answers_yet_then_a_claimed_gap_is_accepted() {
        SkillGap claimed = new SkillGap(SQL, GapSeverity.MEDIUM, quote("SQL"), true, true);

        assertEquals(1, RANKER.rank(List.of(claimed), List.of(course("sql", SQL)), SkillLevel.BEGINNER, Set.of(), 5,
                Basis.NO_ANSWERS_YET).size());
    }

    @Test
    void given_a_job_and_answers_then_the_recommendations_address_the_missed_skills_and_none_shown() {
        JobProfile analyst = job("Data Analyst", List.of("3+ years of SQL and Python", "Tableau is a plus"),
                List.of("Version analyses with Git"), SQL, PYTHON, TABLEAU, GIT);
        List<SkillGap> gaps = SKILLS_GAP.gaps(analyst, Set.of(PYTHON, GIT), claiming(TABLEAU), true);
        List<CatalogItem> catalog = new ArrayList<>(List.of(course("python-for-analysts", PYTHON),
                course("sql-fundamentals", SQL), item("tableau-coaching", ItemType.CONSULTING,
                        SkillLevel.INTERMEDIATE, TABLEAU), course("git-basics", GIT)));

        List<Recommendation> ranked = RANKER.rank(gaps, catalog, SkillLevel.INTERMEDIATE, Set.of(), 5,
                Basis.ANSWERS_AND_BACKGROUND);

        assertEquals(List.of("sql-fundamentals", "tableau-coaching"), ids(ranked));
        assertEquals(List.of(
                "The posting asks for SQL (\"3+ years of SQL and Python\"); none of your answers showed it.",
                "The posting welcomes Tableau (\"Tableau is a plus\"); you list it in your background but no answer"
                        + " showed it yet."), ranked.stream().map(Recommendation::reason).toList());
    }
}
