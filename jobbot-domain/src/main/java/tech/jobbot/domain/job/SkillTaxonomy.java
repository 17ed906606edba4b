package tech.jobbot.domain.job;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The skills Jobbot recognises, shipped as data with the product, and the skills that role
 * titles imply (a "registered nurse" needs patient care even when only the title is given).
 * Immutable.
 */
public final class SkillTaxonomy {
    private final Map<SkillId, Skill> skills;
    private final List<Skill> sorted;
    private final Map<String, List<SkillId>> roleSkills;
    private final List<String> rolesLongestFirst;

    public SkillTaxonomy(List<Skill> skills) {
        this(skills, Map.of());
    }

    /**
     * @param roleSkills role keywords as they appear in job titles (e.g. {@code registered nurse})
     *                   to the skills such a role typically needs, most important first
     */
    public SkillTaxonomy(List<Skill> skills, Map<String, List<SkillId>> roleSkills) {
        Map<SkillId, Skill> byId = new LinkedHashMap<>();
        for (Skill skill : skills) {
            if (byId.putIfAbsent(skill.id(), skill) != null) {
                throw new IllegalArgumentException("duplicate skill " + skill.id());
            }
        }
        this.skills = Map.copyOf(byId);
        this.sorted = byId.values().stream().sorted(Comparator.comparing(Skill::id)).toList();

        Map<String, List<SkillId>> roles = new LinkedHashMap<>();
        roleSkills.forEach((role, ids) -> {
            String key = roleKey(role);
            if (key.isBlank()) {
                throw new IllegalArgumentException("a role keyword needs letters or digits: '" + role + "'");
            }
            if (ids.isEmpty()) {
                throw new IllegalArgumentException("role '" + role + "' lists no skills");
            }
            for (SkillId id : ids) {
                if (!byId.containsKey(id)) {
                    throw new IllegalArgumentException("role '" + role + "' names unknown skill " + id);
                }
            }
            if (roles.putIfAbsent(key, List.copyOf(new LinkedHashSet<>(ids))) != null) {
                throw new IllegalArgumentException("duplicate role '" + role + "'");
            }
        });
        this.roleSkills = Map.copyOf(roles);
        // Longest first so that "registered nurse" wins over "nurse"; ties by text for determinism.
        this.rolesLongestFirst = roles.keySet().stream()
                .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
                .toList();
    }

    /** Every skill, ordered by id. */
    public List<Skill> skills() {
        return sorted;
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

    /** Role keywords (normalised to lower case and single spaces) and the skills they imply. */
    public Map<String, List<SkillId>> roleSkills() {
        return roleSkills;
    }

    /**
     * The skills a job title implies through the role keywords it contains, as whole words. A
     * keyword inside a longer matched one does not count ("nurse" in "registered nurse"); skills
     * of longer keywords come first.
     */
    public List<SkillId> typicalSkillsFor(String title) {
        Set<SkillId> found = new LinkedHashSet<>();
        for (String role : rolesIn(title)) {
            found.addAll(roleSkills.get(role));
        }
        return new ArrayList<>(found);
    }

    /**
     * The role keywords a job title contains, as whole words, longest first, without keywords
     * that lie inside a longer match. Each is a key of {@link #roleSkills()}.
     */
    public List<String> rolesIn(String title) {
        String padded = " " + roleKey(title) + " ";
        boolean[] taken = new boolean[padded.length()];
        List<String> roles = new ArrayList<>();
        for (String role : rolesLongestFirst) {
            for (int at = padded.indexOf(" " + role + " "); at >= 0; at = padded.indexOf(" " + role + " ", at + 1)) {
                int start = at + 1;
                int end = start + role.length();
                if (free(taken, start, end)) {
                    for (int i = start; i < end; i++) {
                        taken[i] = true;
                    }
                    roles.add(role);
                    break;
                }
            }
        }
        return roles;
    }

    private static boolean free(boolean[] taken, int from, int to) {
        for (int i = from; i < to; i++) {
            if (taken[i]) {
                return false;
            }
        }
        return true;
    }

    /** Lower case, anything but letters and digits as single spaces: "Sr. Nurse (ICU)" → "sr nurse icu". */
    static String roleKey(String text) {
        StringBuilder out = new StringBuilder(text.length());
        boolean space = true;
        for (char c : text.toLowerCase(Locale.ROOT).toCharArray()) {
            if (Character.isLetterOrDigit(c)) {
                out.append(c);
                space = false;
            } else if (!space) {
                out.append(' ');
                space = true;
            }
        }
        int end = out.length();
        if (end > 0 && out.charAt(end - 1) == ' ') {
            out.setLength(end - 1);
        }
        return out.toString();
    }
}
