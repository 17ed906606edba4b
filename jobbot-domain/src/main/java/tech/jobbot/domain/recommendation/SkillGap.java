package tech.jobbot.domain.recommendation;

import java.util.Objects;

import tech.jobbot.domain.job.SkillId;

/**
 * A skill the job asks for that the person has not shown.
 *
 * @param origin   why the skill counts as asked for: a posting line, the title, or the role
 * @param claimed  whether the person claims it in their background (shown beats claimed)
 * @param required required rather than "nice to have"
 */
public record SkillGap(SkillId skill, GapSeverity severity, GapSource origin, boolean claimed, boolean required) {
    public SkillGap {
        Objects.requireNonNull(skill, "skill");
        Objects.requireNonNull(severity, "severity");
        Objects.requireNonNull(origin, "origin");
    }

    /** The origin for display: the quoted line, or the place in words ("the job title"). */
    public String source() {
        return origin.text();
    }
}
