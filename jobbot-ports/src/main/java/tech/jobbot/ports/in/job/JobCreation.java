package tech.jobbot.ports.in.job;

import tech.jobbot.domain.job.Job;

/** The answer to creating a job. */
public sealed interface JobCreation {
    record Created(Job job) implements JobCreation {}

    /** The link may not be fetched (not http(s), a non-public address, too many redirects). */
    record LinkRefused(String reason) implements JobCreation {}

    /** The page behind the link could not be read (timeout, error, not HTML, too large). */
    record LinkUnreadable(String reason) implements JobCreation {}

    /** Too many links fetched for this person lately; nothing was fetched. */
    record LinkLimited(java.time.Duration retryAfter) implements JobCreation {}
}
