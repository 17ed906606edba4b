package tech.jobbot.domain.job;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * One skill of the taxonomy: its display name, its role family (e.g. {@code software},
 * {@code healthcare-nursing}) and the other names it goes by in postings and answers.
 *
 * <p>Some names are also everyday words ("Swift", "Excel", "Go", "R"). Those are listed in
 * {@code exactCase} — they count only when written in exactly that case — or in
 * {@code contextual} — they count only when written in that case <em>and</em> next to another
 * skill, as in "Python, R or Go", because even capitalised they are too short or too common to
 * stand alone.
 *
 * @param exactCase  names or aliases that count only when written in this case
 * @param contextual names or aliases that count only in this case and beside another skill
 */
public record Skill(SkillId id, String name, String family, List<String> aliases, Set<String> exactCase,
        Set<String> contextual) {

    public Skill {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
        aliases = List.copyOf(aliases);
        exactCase = Set.copyOf(exactCase);
        contextual = Set.copyOf(contextual);
        if (name.isBlank() || family.isBlank()) {
            throw new IllegalArgumentException("a skill needs a name and a family");
        }
        for (String strict : exactCase) {
            requireOwnTerm(strict, name, aliases, id);
        }
        for (String strict : contextual) {
            requireOwnTerm(strict, name, aliases, id);
        }
    }

    /** A skill whose names all count in any case. */
    public Skill(SkillId id, String name, String family, List<String> aliases) {
        this(id, name, family, aliases, Set.of(), Set.of());
    }

    /** The name followed by the aliases: every way the skill may be written. */
    public List<String> terms() {
        List<String> terms = new ArrayList<>(aliases.size() + 1);
        terms.add(name);
        terms.addAll(aliases);
        return terms;
    }

    private static void requireOwnTerm(String term, String name, List<String> aliases, SkillId id) {
        if (!term.equals(name) && !aliases.contains(term)) {
            throw new IllegalArgumentException("'" + term + "' is neither the name nor an alias of " + id);
        }
    }
}
