package tech.jobbot.domain.recommendation;

/** The level an item is pitched at, and the level a person is at. */
public enum SkillLevel {
    BEGINNER,
    INTERMEDIATE,
    ADVANCED
}
