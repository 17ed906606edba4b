package tech.jobbot.domain.job;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/** The skills Jobbot recognises, shipped as data with the product. Immutable. */
public final class SkillTaxonomy {
    private final Map<SkillId, Skill> skills;

    public SkillTaxonomy(List<Skill> skills) {
        Map<SkillId, Skill> byId = new LinkedHashMap<>();
        for (Skill skill : skills) {
            if (byId.putIfAbsent(skill.id(), skill) != null) {
                throw new IllegalArgumentException("duplicate skill " + skill.id());
            }
        }
        this.skills = Map.copyOf(byId);
    }

    public List<Skill> skills() {
        return skills.values().stream().sorted(java.util.Comparator.comparing(s -> s.id().value())).toList();
    }

    public Optional<Skill> find(SkillId id) {
        return Optional.ofNullable(skills.get(id));
    }

    public Skill get(SkillId id) {
        return find(id).orElseThrow(() -> new IllegalArgumentException("unknown skill " + id));
    }

    public Set<String> families() {
        Set<String> families = new TreeSet<>();
        skills.values().forEach(s -> families.add(s.family()));
        return families;
    }

    public int size() {
        return skills.size();
    }
}
