package tech.jobbot.domain.retention;

/** The kinds of data that expire on a schedule (the retention schedule is data: {@link RetentionRule}). */
public enum RetentionCategory {
    /** Sign-in and email-change code flows, after they expire. */
    VERIFICATION_CODES,
    /** Sessions, after they end (revoked, or unused for the idle timeout). */
    SESSIONS,
    /** Rate-limit events (keyed digests of addresses and clients), after their window. */
    RATE_LIMIT_EVENTS,
    /** The access log (per request: path template, status, pseudonym, truncated IP, device), after the request. */
    ACCESS_LOG,
    /** Usage analytics page views, after they were recorded. */
    PAGE_VIEWS,
    /** Interview records, after the last activity on them; the owner is mailed 30 days before. */
    INTERVIEWS,
    /** The bookkeeping rows of delivered or abandoned mail (their content is destroyed at once). */
    OUTBOX_MAIL,
    /** Cancelled accounts, after the grace period: erased and crypto-shredded. */
    CANCELLED_ACCOUNTS,
    /** The purge job's own audit entries. */
    RETENTION_AUDIT
}
