package tech.jobbot.domain.recommendation;

import java.util.Objects;

import tech.jobbot.domain.account.Background;
import tech.jobbot.domain.job.Seniority;

/**
 * The level a person is at, for matching items to them. What the person says about their years
 * of experience beats what the job's seniority suggests, since the job only tells what is asked.
 */
public final class Levels {
    private Levels() {
    }

    /**
     * The person's level from their years of experience, else from the job's seniority. Only for
     * personalised recommendations: when personalisation is off, use {@link #ofSeniority(Seniority)}
     * so that the background is not read.
     */
    public static SkillLevel ofPerson(Background background, Seniority jobSeniority) {
        Objects.requireNonNull(background, "background");
        Objects.requireNonNull(jobSeniority, "jobSeniority");
        return background.yearsOfExperience().map(Levels::ofYears).orElseGet(() -> ofSeniority(jobSeniority));
    }

    /** 0–1 years: beginner; 2–5: intermediate; 6 or more: advanced. */
    public static SkillLevel ofYears(int years) {
        if (years < 0) {
            throw new IllegalArgumentException("years of experience cannot be negative");
        }
        if (years <= 1) {
            return SkillLevel.BEGINNER;
        }
        return years <= 5 ? SkillLevel.INTERMEDIATE : SkillLevel.ADVANCED;
    }

    /** The level a role of this seniority is pitched at; an unknown seniority counts as the middle. */
    public static SkillLevel ofSeniority(Seniority seniority) {
        return switch (Objects.requireNonNull(seniority, "seniority")) {
            case INTERN, JUNIOR -> SkillLevel.BEGINNER;
            case MID, UNKNOWN -> SkillLevel.INTERMEDIATE;
            case SENIOR, LEAD -> SkillLevel.ADVANCED;
        };
    }
}
