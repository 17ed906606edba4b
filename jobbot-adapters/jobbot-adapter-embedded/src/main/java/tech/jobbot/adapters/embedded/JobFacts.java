package tech.jobbot.adapters.embedded;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

import tech.jobbot.domain.job.JobProfile;
import tech.jobbot.domain.job.Skill;
import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.job.SkillTaxonomy;

/**
 * What the interviewer knows about a job, in the shape questions need: skills by display name,
 * duties as verb phrases, requirements as noun phrases, and the role family that picks the
 * family-specific part of the question bank.
 *
 * @param title    the job title as given
 * @param shortTitle the title without location or team suffixes, for use inside questions
 * @param family   the majority role family of the job's skills, or {@link RoleFamilies#ANY}
 * @param seed     a hash of the job's content: same job, same plan; different job, different plan
 */
record JobFacts(String title, String shortTitle, Optional<String> company, String family, List<SkillFact> skills,
        List<Clause> responsibilities, List<Clause> requirements, long seed) {

    JobFacts {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(shortTitle, "shortTitle");
        Objects.requireNonNull(company, "company");
        Objects.requireNonNull(family, "family");
        skills = List.copyOf(skills);
        responsibilities = List.copyOf(responsibilities);
        requirements = List.copyOf(requirements);
    }

    static JobFacts of(JobProfile job, SkillTaxonomy taxonomy) {
        List<SkillFact> skills = new ArrayList<>();
        for (SkillId id : job.skills()) {
            skills.add(taxonomy.find(id).map(SkillFact::of).orElseGet(() -> SkillFact.unknown(id)));
        }
        Set<String> names = properNames(skills, job.company());
        List<Clause> responsibilities = clauses(job.responsibilities(), skills, names, Phrases::responsibility);
        List<Clause> requirements = clauses(job.requirements(), skills, names, Phrases::requirement);
        Optional<String> company = job.company().map(String::strip).filter(c -> !c.isEmpty());
        return new JobFacts(job.title().strip(), Phrases.title(job.title()), company, majorityFamily(skills), skills,
                responsibilities, requirements, seed(job));
    }

    /** The display names of some of the job's skills, or empty. */
    List<String> skillNames(List<SkillId> ids) {
        List<String> names = new ArrayList<>();
        for (SkillId id : ids) {
            skills.stream().filter(s -> s.id().equals(id)).findFirst().ifPresentOrElse(s -> names.add(s.name()),
                    () -> names.add(SkillFact.unknown(id).name()));
        }
        return names;
    }

    /** The responsibility or requirement a question probes, when it is one of this job's. */
    Optional<Clause> clauseOf(String probes) {
        for (List<Clause> list : List.of(responsibilities, requirements)) {
            for (Clause clause : list) {
                if (clause.original().equals(probes)) {
                    return Optional.of(clause);
                }
            }
        }
        return Optional.empty();
    }

    private static List<Clause> clauses(List<String> lines, List<SkillFact> skills, Set<String> names,
            BiFunction<String, Set<String>, Optional<String>> shape) {
        Map<String, Clause> byPhrase = new LinkedHashMap<>();
        for (String line : lines) {
            String original = line.strip();
            shape.apply(original, names).ifPresent(phrase -> byPhrase.putIfAbsent(phrase.toLowerCase(Locale.ROOT),
                    new Clause(original, phrase, mentioned(original, skills))));
        }
        return List.copyOf(byPhrase.values());
    }

    private static List<SkillId> mentioned(String text, List<SkillFact> skills) {
        String haystack = text.toLowerCase(Locale.ROOT);
        List<SkillId> found = new ArrayList<>();
        for (SkillFact skill : skills) {
            if (skill.terms().stream().anyMatch(term -> containsWord(haystack, term))) {
                found.add(skill.id());
            }
        }
        return found;
    }

    private static boolean containsWord(String haystack, String term) {
        int from = 0;
        while (true) {
            int at = haystack.indexOf(term, from);
            if (at < 0) {
                return false;
            }
            int end = at + term.length();
            if (isBoundary(haystack, at - 1) && isBoundary(haystack, end)) {
                return true;
            }
            from = at + 1;
        }
    }

    private static boolean isBoundary(String s, int index) {
        return index < 0 || index >= s.length() || !(Character.isLetterOrDigit(s.charAt(index))
                || s.charAt(index) == '+' || s.charAt(index) == '#');
    }

    // Words such as "Excel" or "Kubernetes" keep their capital when they open a clause.
    private static Set<String> properNames(List<SkillFact> skills, Optional<String> company) {
        Set<String> names = new HashSet<>();
        List<String> sources = new ArrayList<>();
        skills.forEach(s -> sources.add(s.name()));
        company.ifPresent(sources::add);
        for (String source : sources) {
            for (String word : source.split("[\\s/]+")) {
                if (!word.isEmpty() && !word.equals(word.toLowerCase(Locale.ROOT))) {
                    names.add(word);
                }
            }
        }
        return names;
    }

    // The plurality family of the skills; a tie goes to the family of the more important skill,
    // because skills come most important first.
    private static String majorityFamily(List<SkillFact> skills) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (SkillFact skill : skills) {
            skill.family().ifPresent(f -> counts.merge(f, 1, Integer::sum));
        }
        String best = RoleFamilies.ANY;
        int bestCount = 0;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
            }
        }
        return best;
    }

    // FNV-1a over everything that makes the job what it is. String.hashCode would also be stable,
    // but 32 bits of it collide too easily across similar postings.
    private static long seed(JobProfile job) {
        long hash = 0xcbf29ce484222325L;
        List<String> parts = new ArrayList<>();
        parts.add(job.title());
        parts.add(job.company().orElse(""));
        parts.add(job.description());
        parts.addAll(job.responsibilities());
        parts.addAll(job.requirements());
        job.skills().forEach(s -> parts.add(s.value()));
        parts.add(job.seniority().name());
        for (String part : parts) {
            for (byte b : part.getBytes(StandardCharsets.UTF_8)) {
                hash = (hash ^ (b & 0xff)) * 0x100000001b3L;
            }
            hash = (hash ^ 0x1f) * 0x100000001b3L;
        }
        return hash;
    }

    /**
     * One skill of the job.
     *
     * @param name   the display name as it reads inside a sentence
     * @param family the bank's family of the skill, if the taxonomy's family is one of them
     * @param terms  the lower-case name and aliases, for finding the skill in a clause
     */
    record SkillFact(SkillId id, String name, Optional<String> family, List<String> terms) {
        SkillFact {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(name, "name");
            Objects.requireNonNull(family, "family");
            terms = List.copyOf(terms);
        }

        static SkillFact of(Skill skill) {
            List<String> terms = new ArrayList<>();
            terms.add(skill.name().toLowerCase(Locale.ROOT));
            skill.aliases().forEach(a -> terms.add(a.toLowerCase(Locale.ROOT)));
            return new SkillFact(skill.id(), Phrases.inSentence(skill.name()), RoleFamilies.canonical(skill.family()),
                    terms);
        }

        // A skill the taxonomy no longer knows still has a readable slug, e.g. "patient-assessment".
        static SkillFact unknown(SkillId id) {
            String name = id.value().replace('-', ' ');
            return new SkillFact(id, name, Optional.empty(), List.of(name));
        }
    }

    /**
     * A responsibility or requirement of the job.
     *
     * @param original the line as the posting has it: what a question probes
     * @param phrase   the line shaped to fit inside a question
     * @param skills   the job's skills the line mentions
     */
    record Clause(String original, String phrase, List<SkillId> skills) {
        Clause {
            Objects.requireNonNull(original, "original");
            Objects.requireNonNull(phrase, "phrase");
            skills = List.copyOf(skills);
        }
    }
}
