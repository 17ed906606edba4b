package tech.jobbot.domain.account;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import tech.jobbot.domain.job.SkillId;

/**
 * What a person tells about their experience (privacy policy §3: "personal background you
 * provide"): all optional, editable and deletable. Claimed skills count less than skills shown
 * in answers.
 */
public record Background(Optional<Integer> yearsOfExperience, List<String> roles, List<SkillId> claimedSkills,
        List<String> education) {
    public static final int MAX_YEARS = 70;
    public static final int MAX_ENTRIES = 20;
    public static final int MAX_SKILLS = 100;
    public static final int MAX_TEXT = 200;

    public Background {
        Objects.requireNonNull(yearsOfExperience, "yearsOfExperience");
        roles = cleaned(roles, "roles");
        education = cleaned(education, "education");
        claimedSkills = List.copyOf(claimedSkills.stream().distinct().toList());
        yearsOfExperience.ifPresent(y -> {
            if (y < 0 || y > MAX_YEARS) {
                throw new IllegalArgumentException("years of experience must be 0 to " + MAX_YEARS);
            }
        });
        if (claimedSkills.size() > MAX_SKILLS) {
            throw new IllegalArgumentException("at most " + MAX_SKILLS + " skills");
        }
    }

    public static Background empty() {
        return new Background(Optional.empty(), List.of(), List.of(), List.of());
    }

    private static List<String> cleaned(List<String> entries, String what) {
        List<String> stripped = entries.stream().map(String::strip).filter(s -> !s.isEmpty()).toList();
        if (stripped.size() > MAX_ENTRIES) {
            throw new IllegalArgumentException("at most " + MAX_ENTRIES + " " + what);
        }
        for (String entry : stripped) {
            if (entry.length() > MAX_TEXT || entry.chars().anyMatch(Character::isISOControl)) {
                throw new IllegalArgumentException(what + " entries must be 1 to " + MAX_TEXT
                        + " printable characters");
            }
        }
        return List.copyOf(stripped);
    }
}
