package tech.jobbot.domain.recommendation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.RANKER;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.SKILLS_GAP;
import static tech.jobbot.domain.recommendation.RecommendationFixtures.TAXONOMY;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeSet;

import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;
import tech.jobbot.domain.account.Background;
import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.Seniority;
import tech.jobbot.domain.job.Skill;
import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.recommendation.RecommendationRanker.Basis;

/**
 * Contracts of the skills gap and the ranking for any job, answers, background and catalog: what
 * was shown is never recommended, the most severe gap leads, the same input ranks the same way.
 */
class RecommendationPropertiesTest {
    private static final List<SkillId> POOL = TAXONOMY.skills().stream().map(Skill::id).toList();
    /** Requirement lines plain, optional, mixed and labelled, so that both kinds of gap occur. */
    private static final List<String> TEMPLATES = List.of("%s required", "Experience with %s is a plus",
            "Strong %s and %s", "Ideally %s", "%s; %s would be great", "Nice to have: %s, %s", "3+ years of %s",
            "You will build reports with %s");
    private static final int IDS = 30;

    @Provide
    Arbitrary<JobProfile> jobs() {
        Arbitrary<String> line = Combinators.combine(Arbitraries.of(TEMPLATES), Arbitraries.of(POOL),
                Arbitraries.of(POOL)).as((template, a, b) -> template.formatted(name(a), name(b)));
        return Combinators.combine(
                Arbitraries.of("Data Analyst", "Registered Nurse", "SQL Developer", "Teacher", "Analyst"),
                line.list().ofMaxSize(6), line.list().ofMaxSize(3),
                Arbitraries.of(POOL).list().uniqueElements().ofMaxSize(10))
                .as((title, requirements, responsibilities, skills) -> new JobProfile(title, Optional.empty(), "",
                        responsibilities, requirements, skills, Seniority.MID, Optional.empty()));
    }

    @Provide
    Arbitrary<Set<SkillId>> skillSets() {
        return Arbitraries.of(POOL).set().ofMaxSize(8);
    }

    @Provide
    Arbitrary<Background> backgrounds() {
        return Arbitraries.of(POOL).list().uniqueElements().ofMaxSize(8)
                .map(claimed -> new Background(Optional.empty(), List.of(), claimed, List.of()));
    }

    /** Catalogs whose ids may repeat, with different content under one id. */
    @Provide
    Arbitrary<List<CatalogItem>> catalogs() {
        return items().list().ofMaxSize(40);
    }

    @Provide
    Arbitrary<List<CatalogItem>> uniqueCatalogs() {
        return items().list().uniqueElements(CatalogItem::id).ofMaxSize(IDS);
    }

    @Provide
    Arbitrary<Set<String>> dismissed() {
        return Arbitraries.integers().between(0, IDS - 1).map(i -> "item-" + i).set().ofMaxSize(6);
    }

    private static Arbitrary<CatalogItem> items() {
        return Combinators.combine(Arbitraries.integers().between(0, IDS - 1), Arbitraries.of(ItemType.class),
                Arbitraries.of(SkillLevel.class), Arbitraries.of(POOL).list().uniqueElements().ofMinSize(1)
                        .ofMaxSize(3))
                .as((n, type, level, skills) -> new CatalogItem("item-" + n, "Item " + n, type, skills, level,
                        ItemFormat.ONLINE, "2 weeks", PriceBand.FREE, "Provider", Optional.empty()));
    }

    private static String name(SkillId skill) {
        return TAXONOMY.get(skill).name();
    }

    private static Set<SkillId> skillsOf(List<SkillGap> gaps) {
        Set<SkillId> skills = new HashSet<>();
        gaps.forEach(gap -> skills.add(gap.skill()));
        return skills;
    }

    @Property
    void a_skill_shown_in_answers_is_never_a_gap_nor_the_gap_a_recommendation_closes(
            @ForAll("jobs") JobProfile job, @ForAll("skillSets") Set<SkillId> shown,
            @ForAll("backgrounds") Background background, @ForAll("catalogs") List<CatalogItem> catalog,
            @ForAll SkillLevel level, @ForAll @IntRange(min = 1, max = 20) int max) {
        List<SkillGap> gaps = SKILLS_GAP.gaps(job, shown, background, true);

        Set<SkillId> expected = new LinkedHashSet<>(job.skills());
        expected.removeAll(shown);
        assertEquals(expected, skillsOf(gaps), "every job skill not shown is a gap, and only those");
        for (Recommendation recommendation : RANKER.rank(gaps, catalog, level, Set.of(), max,
                Basis.ANSWERS_AND_BACKGROUND)) {
            assertFalse(shown.contains(recommendation.gap().skill()), recommendation.toString());
            recommendation.alsoCloses().forEach(gap -> assertFalse(shown.contains(gap.skill()), gap.toString()));
        }
    }

    @Property
    void with_personalisation_off_the_gaps_depend_on_the_job_alone(@ForAll("jobs") JobProfile job,
            @ForAll("skillSets") Set<SkillId> shown, @ForAll("backgrounds") Background background) {
        List<SkillGap> gaps = SKILLS_GAP.gaps(job, shown, background, false);

        assertEquals(SKILLS_GAP.gaps(job, Set.of(), Background.empty(), false), gaps);
        assertEquals(Set.copyOf(job.skills()), skillsOf(gaps));
        for (SkillGap gap : gaps) {
            assertFalse(gap.claimed());
            assertEquals(gap.required() ? GapSeverity.HIGH : GapSeverity.MEDIUM, gap.severity());
        }
    }

    @Property
    void gaps_are_ordered_by_severity_then_required_first(@ForAll("jobs") JobProfile job,
            @ForAll("skillSets") Set<SkillId> shown, @ForAll("backgrounds") Background background,
            @ForAll boolean personalised) {
        List<SkillGap> gaps = SKILLS_GAP.gaps(job, shown, background, personalised);

        List<SkillGap> sorted = new ArrayList<>(gaps);
        sorted.sort(Comparator.comparing(SkillGap::severity).thenComparing(gap -> !gap.required()));
        assertEquals(sorted, gaps);
        for (SkillGap gap : gaps) {
            GapSeverity expected = gap.required()
                    ? gap.claimed() ? GapSeverity.MEDIUM : GapSeverity.HIGH
                    : gap.claimed() ? GapSeverity.LOW : GapSeverity.MEDIUM;
            assertEquals(expected, gap.severity(), gap.toString());
            assertTrue(gap.source().length() <= SkillsGap.MAX_SOURCE);
        }
    }

    @Property
    void the_first_recommendation_closes_the_most_severe_gap_any_candidate_closes(@ForAll("jobs") JobProfile job,
            @ForAll("skillSets") Set<SkillId> shown, @ForAll("backgrounds") Background background,
            @ForAll boolean personalised, @ForAll("uniqueCatalogs") List<CatalogItem> catalog,
            @ForAll("dismissed") Set<String> dismissed, @ForAll SkillLevel level,
            @ForAll @IntRange(min = 1, max = 20) int max) {
        List<SkillGap> gaps = SKILLS_GAP.gaps(job, shown, background, personalised);

        List<Recommendation> ranked = RANKER.rank(gaps, catalog, level, dismissed, max, Basis.of(personalised));

        Optional<GapSeverity> mostSevere = gaps.stream()
                .filter(gap -> catalog.stream().anyMatch(item -> !dismissed.contains(item.id())
                        && item.skills().contains(gap.skill())))
                .map(SkillGap::severity).min(Comparator.naturalOrder());
        assertEquals(mostSevere, ranked.stream().findFirst().map(r -> r.gap().severity()));
    }

    @Property
    void the_same_input_ranks_the_same_way_whatever_the_catalog_order(@ForAll("jobs") JobProfile job,
            @ForAll("skillSets") Set<SkillId> shown, @ForAll("backgrounds") Background background,
            @ForAll boolean personalised, @ForAll("catalogs") List<CatalogItem> catalog,
            @ForAll("dismissed") Set<String> dismissed, @ForAll SkillLevel level,
            @ForAll @IntRange(min = 1, max = 20) int max, @ForAll Random random) {
        List<SkillGap> gaps = SKILLS_GAP.gaps(job, shown, background, personalised);
        List<Recommendation> ranked = RANKER.rank(gaps, catalog, level, dismissed, max, Basis.of(personalised));

        List<CatalogItem> shuffled = new ArrayList<>(catalog);
        Collections.shuffle(shuffled, random);
        List<SkillGap> again = new SkillsGap(RecommendationFixtures.EXTRACTOR).gaps(job, new TreeSet<>(shown),
                background, personalised);
        assertEquals(gaps, again);
        assertEquals(ranked, new RecommendationRanker(TAXONOMY).rank(again, shuffled, level, new TreeSet<>(dismissed),
                max, Basis.of(personalised)));
    }

    @Property
    void recommendations_are_distinct_at_most_max_never_dismissed_and_close_what_they_claim(
            @ForAll("jobs") JobProfile job, @ForAll("skillSets") Set<SkillId> shown,
            @ForAll("backgrounds") Background background, @ForAll boolean personalised,
            @ForAll("catalogs") List<CatalogItem> catalog, @ForAll("dismissed") Set<String> dismissed,
            @ForAll SkillLevel level, @ForAll @IntRange(min = 1, max = 20) int max) {
        List<SkillGap> gaps = SKILLS_GAP.gaps(job, shown, background, personalised);

        List<Recommendation> ranked = RANKER.rank(gaps, catalog, level, dismissed, max, Basis.of(personalised));

        Set<String> ids = new HashSet<>();
        for (Recommendation recommendation : ranked) {
            CatalogItem item = recommendation.item();
            assertTrue(ids.add(item.id()), "recommended twice: " + item.id());
            assertFalse(dismissed.contains(item.id()), "dismissed: " + item.id());
            assertTrue(gaps.contains(recommendation.gap()) && item.skills().contains(recommendation.gap().skill()));
            for (SkillGap other : recommendation.alsoCloses()) {
                assertTrue(gaps.contains(other) && item.skills().contains(other.skill()));
                assertTrue(recommendation.gap().severity().compareTo(other.severity()) <= 0);
            }
            assertEquals(gaps.stream().filter(gap -> item.skills().contains(gap.skill())).count(),
                    1 + recommendation.alsoCloses().size(), "every gap it closes is listed");
        }
        Set<SkillId> gapSkills = skillsOf(gaps);
        long candidates = catalog.stream()
                .filter(item -> !dismissed.contains(item.id()) && item.skills().stream().anyMatch(gapSkills::contains))
                .map(CatalogItem::id).distinct().count();
        assertEquals(Math.min(max, candidates), ranked.size(), "fills up to max when candidates allow");
    }

    @Property
    void a_list_of_one_type_means_no_other_type_closes_any_gap_it_covers(@ForAll("jobs") JobProfile job,
            @ForAll("skillSets") Set<SkillId> shown, @ForAll("backgrounds") Background background,
            @ForAll("uniqueCatalogs") List<CatalogItem> catalog, @ForAll("dismissed") Set<String> dismissed,
            @ForAll SkillLevel level, @ForAll @IntRange(min = 2, max = 20) int max) {
        List<SkillGap> gaps = SKILLS_GAP.gaps(job, shown, background, true);

        List<Recommendation> ranked = RANKER.rank(gaps, catalog, level, dismissed, max, Basis.ANSWERS_AND_BACKGROUND);

        Set<ItemType> types = new HashSet<>();
        Set<SkillId> covered = new HashSet<>();
        Set<String> picked = new HashSet<>();
        for (Recommendation recommendation : ranked) {
            types.add(recommendation.item().type());
            covered.add(recommendation.gap().skill());
            recommendation.alsoCloses().forEach(gap -> covered.add(gap.skill()));
            picked.add(recommendation.item().id());
        }
        if (ranked.size() >= 2 && types.size() == 1) {
            assertTrue(catalog.stream().noneMatch(item -> !picked.contains(item.id())
                    && !dismissed.contains(item.id()) && !types.contains(item.type())
                    && item.skills().stream().anyMatch(covered::contains)), "another type was possible");
        }
    }
}
