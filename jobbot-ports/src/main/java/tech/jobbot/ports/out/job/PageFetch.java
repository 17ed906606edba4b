package tech.jobbot.ports.out.job;

import java.net.URI;
import java.util.Objects;

import tech.jobbot.domain.job.JobPosting;

/** The outcome of fetching a job link. */
public sealed interface PageFetch {
    /** The posting as read from the page at {@code finalUrl} (after redirects). */
    record Fetched(JobPosting posting, URI finalUrl) implements PageFetch {
        public Fetched {
            Objects.requireNonNull(posting, "posting");
            Objects.requireNonNull(finalUrl, "finalUrl");
        }
    }

    /** The link may not be fetched: a non-public address, a scheme other than http(s), too many redirects. */
    record Refused(String reason) implements PageFetch {}

    /** The page could not be read: timeout, error status, not HTML, too large. */
    record Unreadable(String reason) implements PageFetch {}
}
