package tech.jobbot.adapters.embedded;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tech.jobbot.adapters.embedded.JobFacts.Clause;
import tech.jobbot.adapters.embedded.JobFacts.SkillFact;
import tech.jobbot.domain.interview.Competency;
import tech.jobbot.domain.interview.Question;
import tech.jobbot.domain.interview.QuestionDraft;
import tech.jobbot.domain.interview.QuestionKind;
import tech.jobbot.domain.job.SkillId;

/**
 * Picks and fills templates for one job. The choice is a pure function of the job: templates are
 * ranked by a pseudo-random value seeded from the job's content, plus preferences that make a good
 * interview (the family's own questions, competencies not yet assessed, skills and duties not yet
 * asked about), so the same job always gets the same plan and a different job a different one.
 */
final class QuestionPlanner {
    private static final Map<QuestionKind, Integer> WEIGHTS = weights();
    private static final int WEIGHT_TOTAL = 6;

    private final QuestionBank bank;

    QuestionPlanner(QuestionBank bank) {
        this.bank = bank;
    }

    List<QuestionDraft> plan(JobFacts job, int count) {
        Plan plan = new Plan(job);
        List<QuestionDraft> drafts = new ArrayList<>(count);
        for (QuestionKind kind : order(kindMix(count))) {
            drafts.add(plan.next(kind));
        }
        return drafts;
    }

    /**
     * How many questions of each kind: in the proportion 2 behavioral, 2 technical, 1 situational,
     * 1 motivational, with every kind present from four questions on.
     */
    static Map<QuestionKind, Integer> kindMix(int count) {
        Map<QuestionKind, Integer> mix = new EnumMap<>(QuestionKind.class);
        Map<QuestionKind, Double> rest = new EnumMap<>(QuestionKind.class);
        int assigned = 0;
        for (QuestionKind kind : QuestionKind.values()) {
            double exact = (double) count * WEIGHTS.get(kind) / WEIGHT_TOTAL;
            int n = (int) Math.floor(exact);
            if (count >= QuestionKind.values().length) {
                n = Math.max(1, n);
            }
            mix.put(kind, n);
            rest.put(kind, exact - n);
            assigned += n;
        }
        List<QuestionKind> byRemainder = new ArrayList<>(List.of(QuestionKind.values()));
        byRemainder.sort(Comparator.comparingDouble((QuestionKind k) -> -rest.get(k)).thenComparing(k -> k));
        for (int i = 0; assigned < count; i++, assigned++) {
            mix.merge(byRemainder.get(i % byRemainder.size()), 1, Integer::sum);
        }
        return mix;
    }

    // An interview opens with why the candidate wants the role, spreads the other kinds evenly so
    // that no two of a kind bunch up, and closes with any further motivational question.
    static List<QuestionKind> order(Map<QuestionKind, Integer> mix) {
        record Slot(QuestionKind kind, double position) {
        }
        List<Slot> slots = new ArrayList<>();
        for (QuestionKind kind : List.of(QuestionKind.BEHAVIORAL, QuestionKind.TECHNICAL, QuestionKind.SITUATIONAL)) {
            int n = mix.getOrDefault(kind, 0);
            for (int i = 0; i < n; i++) {
                slots.add(new Slot(kind, (i + 0.5) / n));
            }
        }
        slots.sort(Comparator.comparingDouble(Slot::position).thenComparing(Slot::kind));
        List<QuestionKind> order = new ArrayList<>();
        int motivational = mix.getOrDefault(QuestionKind.MOTIVATIONAL, 0);
        if (motivational > 0) {
            order.add(QuestionKind.MOTIVATIONAL);
        }
        slots.forEach(s -> order.add(s.kind()));
        for (int i = 1; i < motivational; i++) {
            order.add(QuestionKind.MOTIVATIONAL);
        }
        return order;
    }

    private static Map<QuestionKind, Integer> weights() {
        Map<QuestionKind, Integer> w = new EnumMap<>(QuestionKind.class);
        w.put(QuestionKind.BEHAVIORAL, 2);
        w.put(QuestionKind.TECHNICAL, 2);
        w.put(QuestionKind.SITUATIONAL, 1);
        w.put(QuestionKind.MOTIVATIONAL, 1);
        return w;
    }

    /** The state of one plan being built: what has been used, so that the next question differs. */
    private final class Plan {
        private final JobFacts job;
        private final int[] skillUse;
        private final Map<Clause, Integer> clauseUse = new IdentityHashMap<>();
        private final Map<Competency, Integer> competencyUse = new EnumMap<>(Competency.class);
        private final Set<QuestionTemplate> usedTemplates = new HashSet<>();
        private final Set<String> texts = new HashSet<>();
        private final boolean hasDetails;
        private final boolean hasCraftSkills;
        private final long pickableSkills;

        Plan(JobFacts job) {
            this.job = job;
            this.skillUse = new int[job.skills().size()];
            this.hasDetails = !job.skills().isEmpty() || !job.responsibilities().isEmpty()
                    || !job.requirements().isEmpty();
            this.hasCraftSkills = job.skills().stream().anyMatch(skill -> skill.family().isPresent());
            this.pickableSkills = hasCraftSkills
                    ? job.skills().stream().filter(skill -> skill.family().isPresent()).count()
                    : job.skills().size();
        }

        QuestionDraft next(QuestionKind kind) {
            List<QuestionTemplate> candidates = candidates(List.of(kind));
            if (candidates.isEmpty()) {
                // A sparse job can exhaust a kind; another kind's question beats no question.
                candidates = candidates(List.of(QuestionKind.values()));
            }
            record Ranked(QuestionTemplate template, double score) {
            }
            List<Ranked> ranked = new ArrayList<>(candidates.size());
            candidates.forEach(t -> ranked.add(new Ranked(t, score(t))));
            ranked.sort(Comparator.comparingDouble(Ranked::score).reversed());
            for (Ranked r : ranked) {
                QuestionTemplate template = r.template();
                Filled filled = fill(template);
                if (filled.text().length() <= Question.MAX_TEXT
                        && !texts.contains(filled.text().toLowerCase(Locale.ROOT))) {
                    return commit(template, filled);
                }
            }
            throw new IllegalStateException("the question bank has no unused template for this job");
        }

        private List<QuestionTemplate> candidates(List<QuestionKind> kinds) {
            List<QuestionTemplate> list = new ArrayList<>();
            for (QuestionKind kind : kinds) {
                if (!job.family().equals(RoleFamilies.ANY)) {
                    list.addAll(bank.of(job.family(), kind));
                }
                list.addAll(bank.of(RoleFamilies.ANY, kind));
            }
            list.removeIf(t -> usedTemplates.contains(t) || !fillable(t));
            return list;
        }

        private boolean fillable(QuestionTemplate t) {
            return (!t.uses(Placeholder.SKILL) || pickableSkills >= 1)
                    && (!t.uses(Placeholder.SKILL2) || pickableSkills >= 2)
                    && (!t.uses(Placeholder.RESPONSIBILITY) || !job.responsibilities().isEmpty())
                    && (!t.uses(Placeholder.REQUIREMENT) || !job.requirements().isEmpty())
                    && (!t.uses(Placeholder.COMPANY) || job.company().isPresent());
        }

        private double score(QuestionTemplate t) {
            double score = noise(t.text());
            if (!t.family().equals(RoleFamilies.ANY)) {
                score += 0.5;
            }
            score -= 0.8 * competencyUse.getOrDefault(t.competency(), 0);
            boolean namesDetail = t.uses(Placeholder.SKILL) || t.uses(Placeholder.RESPONSIBILITY)
                    || t.uses(Placeholder.REQUIREMENT);
            if (hasDetails && !namesDetail) {
                score -= 1.0;
            }
            if (t.uses(Placeholder.SKILL) && unusedSkills() > 0) {
                score += 0.3;
            }
            if (t.uses(Placeholder.SKILL2) && unusedSkills() < 2) {
                score -= 0.6;
            }
            if (t.uses(Placeholder.RESPONSIBILITY) && unused(job.responsibilities())) {
                score += 0.4;
            }
            if (t.uses(Placeholder.REQUIREMENT) && unused(job.requirements())) {
                score += 0.3;
            }
            return score;
        }

        private double noise(String text) {
            long x = job.seed() ^ (text.hashCode() * 0x9E3779B97F4A7C15L);
            x = (x ^ (x >>> 33)) * 0xff51afd7ed558ccdL;
            x = (x ^ (x >>> 33)) * 0xc4ceb9fe1a85ec53L;
            x ^= x >>> 33;
            return (x >>> 11) * 0x1.0p-53;
        }

        private Filled fill(QuestionTemplate t) {
            String text = t.text();
            List<Clause> clauses = new ArrayList<>();
            if (t.uses(Placeholder.RESPONSIBILITY)) {
                Clause c = pickClause(job.responsibilities());
                clauses.add(c);
                text = text.replace(Placeholder.RESPONSIBILITY.token(), c.phrase());
            }
            if (t.uses(Placeholder.REQUIREMENT)) {
                Clause c = pickClause(job.requirements());
                clauses.add(c);
                text = text.replace(Placeholder.REQUIREMENT.token(), c.phrase());
            }
            // Duties are placed first so that the skill placed next is not one the duty already names.
            Set<Integer> inClauses = new LinkedHashSet<>();
            clauses.forEach(c -> c.skills().forEach(id -> inClauses.add(indexOf(id))));
            Set<Integer> skillIndexes = new LinkedHashSet<>();
            if (t.uses(Placeholder.SKILL)) {
                int first = pickSkill(t.family(), Set.of(), inClauses);
                skillIndexes.add(first);
                text = text.replace(Placeholder.SKILL.token(), job.skills().get(first).name());
                if (t.uses(Placeholder.SKILL2)) {
                    int second = pickSkill(t.family(), Set.of(first), inClauses);
                    skillIndexes.add(second);
                    text = text.replace(Placeholder.SKILL2.token(), job.skills().get(second).name());
                }
            }
            // "your {skill} skills" with a skill named "Presentation skills" would say it twice.
            text = text.replace(" skills skills", " skills");
            text = text.replace(Placeholder.TITLE.token(), job.shortTitle());
            text = text.replace(Placeholder.COMPANY.token(), job.company().orElse(""));
            skillIndexes.addAll(inClauses);
            if (skillIndexes.isEmpty() && t.kind() != QuestionKind.MOTIVATIONAL && !job.skills().isEmpty()) {
                // The answer is read for the job's skills, so a question about a duty that names
                // none still probes one: the skill least covered so far.
                skillIndexes.add(pickSkill(RoleFamilies.ANY, Set.of(), Set.of()));
            }
            return new Filled(text, List.copyOf(skillIndexes), clauses);
        }

        private QuestionDraft commit(QuestionTemplate t, Filled filled) {
            usedTemplates.add(t);
            texts.add(filled.text().toLowerCase(Locale.ROOT));
            competencyUse.merge(t.competency(), 1, Integer::sum);
            filled.skills().forEach(i -> skillUse[i]++);
            filled.clauses().forEach(c -> clauseUse.merge(c, 1, Integer::sum));
            List<SkillId> skills = filled.skills().stream().map(i -> job.skills().get(i).id()).toList();
            return new QuestionDraft(filled.text(), t.kind(), t.competency(), skills, probes(filled, skills));
        }

        // What the question tests in the job's own words: the duty or requirement it quotes, else
        // a requirement or duty naming its skill, else the role as a whole.
        private String probes(Filled filled, List<SkillId> skills) {
            if (!filled.clauses().isEmpty()) {
                return filled.clauses().getFirst().original();
            }
            if (!skills.isEmpty()) {
                for (List<Clause> list : List.of(job.requirements(), job.responsibilities())) {
                    Optional<Clause> naming = list.stream().filter(c -> c.skills().contains(skills.getFirst()))
                            .findFirst();
                    if (naming.isPresent()) {
                        return naming.get().original();
                    }
                }
            }
            return job.title();
        }

        // Family questions need a skill of their family ("approach {skill} for a patient"), so
        // family fit comes first, then not repeating the duty in the same question, then spreading:
        // the least-asked skill, most important first. Skills of no role family ("communication")
        // read badly in templates written for a craft, so they fill a gap only when the job has
        // nothing else; every answer's delivery shows them anyway.
        private int pickSkill(String family, Set<Integer> exclude, Set<Integer> avoid) {
            int best = -1;
            long bestRank = Long.MAX_VALUE;
            for (int i = 0; i < job.skills().size(); i++) {
                if (exclude.contains(i) || (hasCraftSkills && job.skills().get(i).family().isEmpty())) {
                    continue;
                }
                SkillFact skill = job.skills().get(i);
                boolean misfit = !family.equals(RoleFamilies.ANY) && !skill.family().equals(Optional.of(family));
                long rank = (misfit ? 1L << 50 : 0) + (avoid.contains(i) ? 1L << 40 : 0)
                        + ((long) skillUse[i] << 20) + i;
                if (rank < bestRank) {
                    best = i;
                    bestRank = rank;
                }
            }
            return best;
        }

        private Clause pickClause(List<Clause> clauses) {
            Clause best = null;
            long bestRank = Long.MAX_VALUE;
            for (int i = 0; i < clauses.size(); i++) {
                Clause c = clauses.get(i);
                long fresh = c.skills().stream().filter(id -> skillUse[indexOf(id)] == 0).count();
                long rank = ((long) clauseUse.getOrDefault(c, 0) << 40) + ((64 - Math.min(fresh, 63)) << 20) + i;
                if (rank < bestRank) {
                    best = c;
                    bestRank = rank;
                }
            }
            return best;
        }

        private int indexOf(SkillId id) {
            for (int i = 0; i < job.skills().size(); i++) {
                if (job.skills().get(i).id().equals(id)) {
                    return i;
                }
            }
            throw new IllegalArgumentException("not a skill of the job: " + id);
        }

        private int unusedSkills() {
            int n = 0;
            for (int i = 0; i < skillUse.length; i++) {
                if (skillUse[i] == 0 && (!hasCraftSkills || job.skills().get(i).family().isPresent())) {
                    n++;
                }
            }
            return n;
        }

        private boolean unused(List<Clause> clauses) {
            return clauses.stream().anyMatch(c -> !clauseUse.containsKey(c));
        }
    }

    private record Filled(String text, List<Integer> skills, List<Clause> clauses) {
    }
}
