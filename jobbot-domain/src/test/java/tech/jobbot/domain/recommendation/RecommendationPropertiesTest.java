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
 * was shown is never recommended, the list follows the severity of the gaps its items were picked
 * for, every gap is covered before any is picked for twice, the same input ranks the same way.
 */
class RecommendationPropertiesTest {
    private static final List<SkillId> POOL = TAXONOMY.skills().stream().map(Skill::id).toList();
    /** Requirement lines plain, optional, mixed and labelled, so that both kinds of gap occur. */
    private static final List<String> TEMPLATES = List.of("%s required", "Experience with %s is a plus",
            "Strong %s and %s", "Ideally %s", "%s; %s would be great", "Nice to have: %s, %s", "3+ years of %s",
            "You will build reports with %s", "%s required, %s preferred", "%s (required) and %s (a plus)",
            "Bonus: %s", "%s and %s, preferably", "Deliver the desired outcomes with %s, %s desirable");
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
    void an_optional_marker_binds_to_the_skill_it_qualifies_not_to_a_required_one_beside_it(
            @ForAll("bindingTemplates") String template, @ForAll("skillPairs") List<SkillId> pair) {
        SkillId required = pair.get(0);
        SkillId welcome = pair.get(1);
        String line = template.formatted(name(required), name(welcome));

        List<SkillGap> gaps = SKILLS_GAP.gaps(new JobProfile("Analyst", Optional.empty(), "", List.of(),
                List.of(line), pair, Seniority.MID, Optional.empty()), Set.of(), Background.empty(), true);

        for (SkillGap gap : gaps) {
            assertEquals(gap.skill().equals(required), gap.required(), line);
        }
    }

    @Provide
    Arbitrary<String> bindingTemplates() {
        return Arbitraries.of("%s required, %s preferred", "%s (required) and %s (a plus)",
                "Must have %s; %s preferred, ideally", "Strong %s, %s is a plus", "%s, ideally also %s",
                "Daily %s work; %s would be great", "%s every day (%s desirable)");
    }

    @Provide
    Arbitrary<List<SkillId>> skillPairs() {
        return Arbitraries.of(POOL).list().uniqueElements().ofSize(2);
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
    void the_list_follows_the_severity_of_each_gap_and_starts_with_the_most_severe_gap_any_candidate_closes(
            @ForAll("jobs") JobProfile job, @ForAll("skillSets") Set<SkillId> shown,
            @ForAll("backgrounds") Background background, @ForAll boolean personalised,
            @ForAll("uniqueCatalogs") List<CatalogItem> catalog, @ForAll("dismissed") Set<String> dismissed,
            @ForAll SkillLevel level, @ForAll @IntRange(min = 1, max = 20) int max) {
        List<SkillGap> gaps = SKILLS_GAP.gaps(job, shown, background, personalised);

        List<Recommendation> ranked = RANKER.rank(gaps, catalog, level, dismissed, max, Basis.of(personalised));

        Optional<GapSeverity> mostSevere = gaps.stream()
                .filter(gap -> catalog.stream().anyMatch(item -> !dismissed.contains(item.id())
                        && item.skills().contains(gap.skill())))
                .map(SkillGap::severity).min(Comparator.naturalOrder());
        assertEquals(mostSevere, ranked.stream().findFirst().map(r -> r.gap().severity()));
        List<GapSeverity> severities = ranked.stream().map(r -> r.gap().severity()).toList();
        assertEquals(severities.stream().sorted().toList(), severities, "ordered by the severity of each gap");
    }

    @Property
    void a_gap_is_picked_for_twice_only_once_every_gap_a_candidate_closes_is_closed(
            @ForAll("jobs") JobProfile job, @ForAll("skillSets") Set<SkillId> shown,
            @ForAll("backgrounds") Background background, @ForAll boolean personalised,
            @ForAll("uniqueCatalogs") List<CatalogItem> catalog, @ForAll("dismissed") Set<String> dismissed,
            @ForAll SkillLevel level, @ForAll @IntRange(min = 1, max = 20) int max) {
        List<SkillGap> gaps = SKILLS_GAP.gaps(job, shown, background, personalised);

        List<Recommendation> ranked = RANKER.rank(gaps, catalog, level, dismissed, max, Basis.of(personalised));

        Set<SkillId> pickedFor = new HashSet<>();
        boolean doubled = false;
        Set<SkillId> closed = new HashSet<>();
        for (Recommendation recommendation : ranked) {
            doubled |= !pickedFor.add(recommendation.gap().skill());
            closed.addAll(recommendation.item().skills());
        }
        if (doubled) {
            for (SkillGap gap : gaps) {
                boolean closable = catalog.stream().anyMatch(item -> !dismissed.contains(item.id())
                        && item.skills().contains(gap.skill()));
                assertTrue(!closable || closed.contains(gap.skill()), gap + " left open while a gap is doubled");
            }
        }
    }

    @Property
    void a_reason_speaks_of_the_gap_its_item_was_picked_for_and_of_the_person_only_as_the_basis_allows(
            @ForAll("jobs") JobProfile job, @ForAll("skillSets") Set<SkillId> shown,
            @ForAll("backgrounds") Background background, @ForAll boolean personalised, @ForAll boolean answered,
            @ForAll("catalogs") List<CatalogItem> catalog, @ForAll SkillLevel level) {
        List<SkillGap> gaps = SKILLS_GAP.gaps(job, answered ? shown : Set.of(), background, personalised);
        Basis basis = Basis.of(personalised, answered);

        for (Recommendation recommendation : RANKER.rank(gaps, catalog, level, Set.of(), 20, basis)) {
            SkillGap gap = recommendation.gap();
            String reason = recommendation.reason();
            assertTrue(reason.contains(name(gap.skill())), reason);
            switch (gap.origin()) {
                case GapSource.Quote quote -> assertTrue(reason.contains("(\"" + quote.text() + "\")"), reason);
                case GapSource.Inferred.ROLE -> assertTrue(reason.startsWith("Jobs like this "), reason);
                case GapSource.Inferred inferred -> assertTrue(reason.contains("(in " + inferred.text() + ")"),
                        reason);
            }
            assertEquals(basis == Basis.ANSWERS_AND_BACKGROUND, reason.contains("answers showed")
                    || reason.contains("no answer showed"), reason);
            assertEquals(basis == Basis.NO_ANSWERS_YET && !gap.claimed(),
                    reason.endsWith("you have not answered a question about it yet."), reason);
            assertEquals(basis != Basis.JOB_ONLY && gap.claimed(), reason.contains("your background"), reason);
        }
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
            }
            assertEquals(gaps.stream().filter(gap -> item.skills().contains(gap.skill())
                    && !gap.equals(recommendation.gap())).toList(), recommendation.alsoCloses(),
                    "every other gap it closes is listed, in the gaps' order");
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
