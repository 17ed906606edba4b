package tech.jobbot.domain.recommendation;

/** What kind of skill service an item is (privacy policy §3: training, courses, consulting). */
public enum ItemType {
    TRAINING,
    COURSE,
    CONSULTING
}
