package tech.jobbot.domain.recommendation;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.IntPredicate;

import tech.jobbot.domain.job.Skill;
import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.job.SkillTaxonomy;

/**
 * Picks the catalog items that best close a person's skill gaps, and says why for each.
 *
 * <p>An item's score is the sum of the severity weights of the gaps it closes (high 3, medium 2,
 * low 1), plus how well its level fits the person, plus a little when its first, most central
 * skill is the gap it is picked for. Fit and that bonus together weigh more than a low gap and
 * less than a medium one: a beginner gets a beginner course for a gap rather than an advanced one
 * that also closes a low gap on the side, but not rather than one that also closes a medium gap.
 *
 * <p>Selection is greedy, most severe gap first, in rounds: every gap gets one item before any
 * gets a second, and an item counts only the gaps still open in that round, so that two picks
 * rarely teach the same thing. If the picks end up all of one type while an item of another type
 * closes one of the same gaps, the least important pick that allows it gives way: a list of
 * courses alone hides that coaching or training could help too.
 *
 * <p>Each recommendation is shown with the gap it was picked to close, and its reason speaks of
 * that gap; the other gaps the item closes are listed beside it. The list is ordered by the
 * severity of those gaps, most severe first, and by pick order within one severity.
 *
 * <p>Deterministic: ties are broken by item id, and the order of the catalog does not matter.
 */
public final class RecommendationRanker {
    /** How many recommendations to show when the caller does not say. */
    public static final int DEFAULT_MAX = 5;
    public static final int MAX = 20;

    /** Points per unit of severity weight; level fit and the first-skill bonus are smaller. */
    private static final int GAP_POINTS = 10;
    private static final int SAME_LEVEL = 6;
    private static final int NEXT_LEVEL = 2;
    private static final int FAR_LEVEL = -6;
    private static final int FIRST_SKILL = 3;

    /**
     * What the gaps were computed from, which decides what a reason may say about the person.
     * With {@link #JOB_ONLY} nothing is known about their answers or background, so the reason
     * names only what the posting asks.
     */
    public enum Basis {
        /** Personalised, and the person answered at least one question for this job. */
        ANSWERS_AND_BACKGROUND,
        /**
         * Personalised, but the person has not answered any question for this job yet: a gap is
         * no sign that an answer missed the skill.
         */
        NO_ANSWERS_YET,
        /** Not personalised: answers and background were not read. */
        JOB_ONLY;

        /**
         * The basis for whether the person consents to personalisation
         * ({@code personalization.recommendations}) and whether any answer for the job exists.
         */
        public static Basis of(boolean personalised, boolean answeredAny) {
            if (!personalised) {
                return JOB_ONLY;
            }
            return answeredAny ? ANSWERS_AND_BACKGROUND : NO_ANSWERS_YET;
        }

        /**
         * The basis for whether the person consents to personalisation, for a caller that has
         * read the person's answers for the job; one that may have found none uses
         * {@link #of(boolean, boolean)}.
         */
        public static Basis of(boolean personalised) {
            return of(personalised, true);
        }
    }

    private final SkillTaxonomy taxonomy;

    public RecommendationRanker(SkillTaxonomy taxonomy) {
        this.taxonomy = Objects.requireNonNull(taxonomy, "taxonomy");
    }

    /**
     * At most {@code max} recommendations, ordered by the severity of the gap each was picked for.
     *
     * @param gaps             as {@link SkillsGap#gaps} returns them, each skill once
     * @param catalog          items in any order; items sharing an id count once, dismissed ones never
     * @param personLevel      see {@link Levels}
     * @param dismissedItemIds items the person is not interested in
     * @param max              1 to {@value #MAX}
     * @param basis            what the gaps were computed from; {@link Basis#JOB_ONLY} admits no claimed gap
     */
    public List<Recommendation> rank(List<SkillGap> gaps, List<CatalogItem> catalog, SkillLevel personLevel,
            Set<String> dismissedItemIds, int max, Basis basis) {
        Objects.requireNonNull(personLevel, "personLevel");
        Objects.requireNonNull(dismissedItemIds, "dismissedItemIds");
        Objects.requireNonNull(basis, "basis");
        if (max < 1 || max > MAX) {
            throw new IllegalArgumentException("max must be 1 to " + MAX);
        }
        List<SkillGap> ordered = mostSevereFirst(gaps);
        if (basis == Basis.JOB_ONLY && ordered.stream().anyMatch(SkillGap::claimed)) {
            throw new IllegalArgumentException("job-only gaps cannot know what the person claims");
        }
        Selection selection = new Selection(ordered, candidates(ordered, catalog, personLevel, dismissedItemIds),
                personLevel);
        selection.pickGreedily(max);
        selection.mixTypes();
        selection.showForMostSevere();
        // A stable sort: within one severity the pick order (most severe gap first, round by round) stays.
        return selection.picks.stream()
                .sorted(Comparator.comparing((Pick pick) -> pick.target().severity()))
                .map(pick -> recommendation(pick, ordered, basis))
                .toList();
    }

    private static List<SkillGap> mostSevereFirst(List<SkillGap> gaps) {
        Set<SkillId> seen = new HashSet<>();
        for (SkillGap gap : gaps) {
            if (!seen.add(gap.skill())) {
                throw new IllegalArgumentException("skill " + gap.skill() + " has more than one gap");
            }
        }
        // A stable sort: within one severity and requiredness the caller's (the job's) order stays.
        return gaps.stream()
                .sorted(Comparator.comparing(SkillGap::severity).thenComparing(gap -> !gap.required()))
                .toList();
    }

    /** Items that close a gap, not dismissed, one per id, ordered by id. */
    private static List<CatalogItem> candidates(List<SkillGap> gaps, List<CatalogItem> catalog, SkillLevel level,
            Set<String> dismissed) {
        Set<SkillId> gapSkills = new HashSet<>();
        gaps.forEach(gap -> gapSkills.add(gap.skill()));
        Map<String, CatalogItem> byId = new TreeMap<>();
        for (CatalogItem item : catalog) {
            if (dismissed.contains(item.id()) || item.skills().stream().noneMatch(gapSkills::contains)) {
                continue;
            }
            // A feed may repeat an id with different content; which copy wins must not depend on
            // the feed's order, so the better-scoring one does, then a fixed order of the content.
            byId.merge(item.id(), item, (a, b) -> {
                int byScore = Integer.compare(baseScore(b, gaps, level), baseScore(a, gaps, level));
                return byScore < 0 || byScore == 0 && a.toString().compareTo(b.toString()) <= 0 ? a : b;
            });
        }
        return List.copyOf(byId.values());
    }

    private static int baseScore(CatalogItem item, List<SkillGap> gaps, SkillLevel level) {
        return points(item, gaps, level, h -> true);
    }

    /** Level fit plus the weights of the gaps the item closes among those {@code counts} admits. */
    private static int points(CatalogItem item, List<SkillGap> gaps, SkillLevel level, IntPredicate counts) {
        int points = levelFit(item.level(), level);
        for (int h = 0; h < gaps.size(); h++) {
            if (counts.test(h) && item.skills().contains(gaps.get(h).skill())) {
                points += weight(gaps.get(h).severity()) * GAP_POINTS;
            }
        }
        return points;
    }

    private static int weight(GapSeverity severity) {
        return switch (severity) {
            case HIGH -> 3;
            case MEDIUM -> 2;
            case LOW -> 1;
        };
    }

    private static int levelFit(SkillLevel item, SkillLevel person) {
        return switch (Math.abs(item.ordinal() - person.ordinal())) {
            case 0 -> SAME_LEVEL;
            case 1 -> NEXT_LEVEL;
            default -> FAR_LEVEL;
        };
    }

    private Recommendation recommendation(Pick pick, List<SkillGap> ordered, Basis basis) {
        List<SkillGap> others = ordered.stream()
                .filter(gap -> pick.item().skills().contains(gap.skill()) && !gap.skill().equals(pick.target().skill()))
                .toList();
        return new Recommendation(pick.item(), pick.target(), others, reason(pick.target(), basis));
    }

    /**
     * Where the gap comes from, then what the person did: "The posting asks for SQL ("3+ years of
     * SQL"); none of your answers showed it." Only a line of the posting is quoted; a skill the
     * role usually needs is not presented as asked for by the posting.
     */
    private String reason(SkillGap gap, Basis basis) {
        String skill = displayName(gap.skill());
        String asks = gap.required() ? "asks for " : "welcomes ";
        String why = switch (gap.origin()) {
            case GapSource.Quote quote -> "The posting " + asks + skill + " (\"" + quote.text() + "\")";
            case GapSource.Inferred inferred -> switch (inferred) {
                case TITLE, DESCRIPTION -> "The posting " + asks + skill + " (in " + inferred.text() + ")";
                case ROLE -> gap.required() ? "Jobs like this usually need " + skill
                        : "Jobs like this sometimes call for " + skill;
            };
        };
        String person = switch (basis) {
            case JOB_ONLY -> ".";
            case NO_ANSWERS_YET -> gap.claimed() ? "; you list it in your background."
                    : "; you have not answered a question about it yet.";
            case ANSWERS_AND_BACKGROUND -> gap.claimed()
                    ? "; you list it in your background but no answer showed it yet."
                    : "; none of your answers showed it.";
        };
        return why + person;
    }

    private String displayName(SkillId skill) {
        // A job saved under an older taxonomy may name a skill this one no longer has.
        return taxonomy.find(skill).map(Skill::name).orElse(skill.value());
    }

    private record Pick(CatalogItem item, SkillGap target) {
    }

    /** The greedy selection's state: picks so far, how often each gap is covered, what is left. */
    private static final class Selection {
        private final List<SkillGap> gaps;
        private final List<CatalogItem> remaining;
        private final SkillLevel level;
        private final int[] coverage;
        /** The gaps some candidate closes: all of them are closed before any gap gets a second pick. */
        private final Set<SkillId> closable = new HashSet<>();
        private final List<Pick> picks = new ArrayList<>();

        Selection(List<SkillGap> gaps, List<CatalogItem> candidates, SkillLevel level) {
            this.gaps = gaps;
            this.remaining = new ArrayList<>(candidates);
            this.level = level;
            this.coverage = new int[gaps.size()];
            candidates.forEach(item -> closable.addAll(item.skills()));
            closable.retainAll(gaps.stream().map(SkillGap::skill).toList());
        }

        void pickGreedily(int max) {
            // Every round either picks or raises the bar; at the latest when the round exceeds every
            // coverage, each remaining item closes an eligible gap, so the loop ends.
            for (int round = 0; picks.size() < max && !remaining.isEmpty(); round++) {
                int open = round;
                for (int g = 0; g < gaps.size() && picks.size() < max; g++) {
                    if (coverage[g] > open) {
                        continue;
                    }
                    SkillGap target = gaps.get(g);
                    CatalogItem best = best(remaining.stream().filter(item -> item.skills().contains(target.skill()))
                            .toList(), target, h -> coverage[h] <= open);
                    if (best != null) {
                        take(best, target);
                    }
                }
            }
        }

        /**
         * Swaps one pick for an item of another type when all picks are of one type. Swaps that
         * leave every gap closed come first: the least important pick whose own gap another type
         * closes, else one that another type can replace by closing a gap the list closes. Only
         * when no such swap exists does a gap go unclosed, so that the list still shows another type.
         */
        void mixTypes() {
            if (picks.size() < 2 || picks.stream().map(pick -> pick.item().type()).distinct().count() > 1) {
                return;
            }
            ItemType only = picks.getFirst().item().type();
            List<CatalogItem> others = remaining.stream().filter(item -> item.type() != only).toList();
            if (!swapForOwnGap(others, true) && !swapForClosedGap(others, true) && !swapForOwnGap(others, false)) {
                swapForClosedGap(others, false);
            }
        }

        /**
         * Shows each pick for the most severe gap it closes that no other pick is shown for, when
         * that is more severe than its own: a swap in {@link #mixTypes} can leave an item shown for
         * a lesser gap while a more severe one it closes is listed only under "also closes".
         */
        void showForMostSevere() {
            for (int i = 0; i < picks.size(); i++) {
                Pick pick = picks.get(i);
                Set<SkillId> others = new HashSet<>();
                for (int p = 0; p < picks.size(); p++) {
                    if (p != i) {
                        others.add(picks.get(p).target().skill());
                    }
                }
                for (SkillGap gap : gaps) {
                    if (gap.severity().compareTo(pick.target().severity()) >= 0) {
                        break;
                    }
                    if (pick.item().skills().contains(gap.skill()) && !others.contains(gap.skill())) {
                        picks.set(i, new Pick(pick.item(), gap));
                        break;
                    }
                }
            }
        }

        private boolean swapForOwnGap(List<CatalogItem> others, boolean keepEveryGap) {
            for (int i = picks.size() - 1; i >= 0; i--) {
                int at = i;
                SkillGap target = picks.get(i).target();
                CatalogItem swap = best(others.stream().filter(item -> item.skills().contains(target.skill())
                        && (!keepEveryGap || keepsEveryGap(at, item))).toList(), target, h -> true);
                if (swap != null) {
                    picks.set(i, new Pick(swap, target));
                    return true;
                }
            }
            return false;
        }

        /**
         * Replaces a pick (only the last when gaps may be lost) by an item closing a gap the list
         * closes; the item is shown for the most severe gap no other pick is for, or, once every
         * gap a candidate closes is closed, for its most severe gap.
         */
        private boolean swapForClosedGap(List<CatalogItem> others, boolean keepEveryGap) {
            Set<SkillId> closed = closedExcept(-1);
            for (int i = picks.size() - 1; i >= (keepEveryGap ? 0 : picks.size() - 1); i--) {
                CatalogItem swap = null;
                SkillGap swapTarget = null;
                int swapScore = Integer.MIN_VALUE;
                for (CatalogItem item : others) {
                    if (item.skills().stream().noneMatch(closed::contains) || keepEveryGap && !keepsEveryGap(i, item)) {
                        continue;
                    }
                    SkillGap target = shownFor(i, item, keepEveryGap);
                    if (target == null) {
                        continue;
                    }
                    int score = score(item, target, h -> true);
                    if (score > swapScore || score == swapScore && item.id().compareTo(swap.id()) < 0) {
                        swap = item;
                        swapTarget = target;
                        swapScore = score;
                    }
                }
                if (swap != null) {
                    picks.set(i, new Pick(swap, swapTarget));
                    return true;
                }
            }
            return false;
        }

        /** The gap an item replacing pick {@code i} is shown for, or null when it would only double one up. */
        private SkillGap shownFor(int i, CatalogItem item, boolean everyGapKept) {
            Set<SkillId> targeted = new HashSet<>();
            for (int p = 0; p < picks.size(); p++) {
                if (p != i) {
                    targeted.add(picks.get(p).target().skill());
                }
            }
            SkillGap mostSevere = null;
            for (SkillGap gap : gaps) {
                if (item.skills().contains(gap.skill())) {
                    if (!targeted.contains(gap.skill())) {
                        return gap;
                    }
                    mostSevere = mostSevere == null ? gap : mostSevere;
                }
            }
            return everyGapKept && closedExcept(-1).containsAll(closable) ? mostSevere : null;
        }

        /** Whether replacing pick {@code i} by {@code item} leaves every gap the list closes closed. */
        private boolean keepsEveryGap(int i, CatalogItem item) {
            Set<SkillId> after = closedExcept(i);
            after.addAll(item.skills());
            return after.containsAll(closedExcept(-1));
        }

        /** The gap skills the picks close, leaving out pick {@code except} (none when -1). */
        private Set<SkillId> closedExcept(int except) {
            Set<SkillId> closed = new HashSet<>();
            for (int p = 0; p < picks.size(); p++) {
                if (p != except) {
                    closed.addAll(picks.get(p).item().skills());
                }
            }
            closed.retainAll(gaps.stream().map(SkillGap::skill).toList());
            return closed;
        }

        private void take(CatalogItem item, SkillGap target) {
            remaining.remove(item);
            picks.add(new Pick(item, target));
            for (int h = 0; h < gaps.size(); h++) {
                if (item.skills().contains(gaps.get(h).skill())) {
                    coverage[h]++;
                }
            }
        }

        /** The highest scoring item, counting only the gaps {@code counts} admits; ties by id. */
        private CatalogItem best(List<CatalogItem> items, SkillGap target, IntPredicate counts) {
            CatalogItem best = null;
            int bestScore = Integer.MIN_VALUE;
            for (CatalogItem item : items) {
                int score = score(item, target, counts);
                if (score > bestScore || score == bestScore && item.id().compareTo(best.id()) < 0) {
                    best = item;
                    bestScore = score;
                }
            }
            return best;
        }

        private int score(CatalogItem item, SkillGap target, IntPredicate counts) {
            int points = points(item, gaps, level, counts);
            return item.skills().getFirst().equals(target.skill()) ? points + FIRST_SKILL : points;
        }
    }
}
