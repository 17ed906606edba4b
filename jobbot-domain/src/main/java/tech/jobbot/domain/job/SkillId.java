package tech.jobbot.domain.job;

import java.util.Objects;
import java.util.regex.Pattern;

/** A skill of the taxonomy, by its stable slug such as {@code python} or {@code patient-assessment}. */
public record SkillId(String value) implements Comparable<SkillId> {
    private static final Pattern SLUG = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    public SkillId {
        Objects.requireNonNull(value, "skill id");
        if (!SLUG.matcher(value).matches() || value.length() > 60) {
            throw new IllegalArgumentException("skill id must be a lower-case slug");
        }
    }

    @Override
    public int compareTo(SkillId other) {
        return value.compareTo(other.value);
    }

    @Override
    public String toString() {
        return value;
    }
}
