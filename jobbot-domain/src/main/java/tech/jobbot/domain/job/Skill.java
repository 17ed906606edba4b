package tech.jobbot.domain.job;

import java.util.List;
import java.util.Objects;

/**
 * One skill of the taxonomy: its display name, its role family (e.g. {@code software},
 * {@code nursing}) and the other names it goes by in postings and answers.
 */
public record Skill(SkillId id, String name, String family, List<String> aliases) {
    public Skill {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(family, "family");
        aliases = List.copyOf(aliases);
        if (name.isBlank() || family.isBlank()) {
            throw new IllegalArgumentException("a skill needs a name and a family");
        }
    }
}
