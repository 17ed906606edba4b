package tech.jobbot.domain.job;

/** How senior the role is, as far as the posting tells. */
public enum Seniority {
    INTERN,
    JUNIOR,
    MID,
    SENIOR,
    LEAD,
    UNKNOWN
}
