package tech.jobbot.domain.recommendation;

/** How much a missing skill matters for the job, most severe first. */
public enum GapSeverity {
    /** Required by the posting and neither shown nor claimed. */
    HIGH,
    /** Required and only claimed, or preferred and neither shown nor claimed. */
    MEDIUM,
    /** Preferred and only claimed. */
    LOW
}
