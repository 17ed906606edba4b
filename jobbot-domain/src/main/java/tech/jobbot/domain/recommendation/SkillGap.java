package tech.jobbot.domain.recommendation;

import java.util.Objects;

import tech.jobbot.domain.job.SkillId;

/**
 * A skill the job asks for that the person has not shown.
 *
 * @param source   where the posting asks for it, in its words (a requirement line, or the title)
 * @param claimed  whether the person claims it in their background (shown beats claimed)
 * @param required required rather than "nice to have"
 */
public record SkillGap(SkillId skill, GapSeverity severity, String source, boolean claimed, boolean required) {
    public SkillGap {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(source, "source");
    }
}
