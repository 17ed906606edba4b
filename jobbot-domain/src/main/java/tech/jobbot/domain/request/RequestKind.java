package tech.jobbot.domain.request;

/** What a person asks of Jobbot (policy §7, §10), beyond what self-service does. */
public enum RequestKind {
    COMPLAINT,
    QUESTION,
    /** An objection to a processing. */
    OBJECTION,
    /** A correction the settings cannot make. */
    CORRECTION
}
