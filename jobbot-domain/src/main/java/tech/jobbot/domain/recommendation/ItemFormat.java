package tech.jobbot.domain.recommendation;

/** How an item is delivered. */
public enum ItemFormat {
    ONLINE,
    IN_PERSON,
    ONE_TO_ONE
}
