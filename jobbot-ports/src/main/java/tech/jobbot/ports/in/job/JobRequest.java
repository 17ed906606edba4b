package tech.jobbot.ports.in.job;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

import tech.jobbot.domain.job.JobProfile;

/**
 * A job as a person gives it (privacy policy §2): a title, a pasted description (plain text or
 * HTML), a link to a posting, or a title with one of the others.
 */
public record JobRequest(Optional<String> title, Optional<String> description, Optional<URI> link) {
    public JobRequest {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(link, "link");
        title = title.map(String::strip).filter(t -> !t.isEmpty());
        description = description.filter(d -> !d.isBlank());
        if (title.isEmpty() && description.isEmpty() && link.isEmpty()) {
            throw new IllegalArgumentException("give a title, a description or a link");
        }
        if (description.isPresent() && link.isPresent()) {
            throw new IllegalArgumentException("give a description or a link, not both");
        }
        title.ifPresent(t -> {
            if (t.length() > JobProfile.MAX_TITLE) {
                throw new IllegalArgumentException("title must be at most " + JobProfile.MAX_TITLE + " characters");
            }
        });
        description.ifPresent(d -> {
            if (d.length() > JobProfile.MAX_DESCRIPTION) {
                throw new IllegalArgumentException(
                        "description must be at most " + JobProfile.MAX_DESCRIPTION + " characters");
            }
        });
    }

    public static JobRequest ofTitle(String title) {
        return new JobRequest(Optional.of(title), Optional.empty(), Optional.empty());
    }

    public static JobRequest ofDescription(String description) {
        return new JobRequest(Optional.empty(), Optional.of(description), Optional.empty());
    }

    public static JobRequest ofLink(URI link) {
        return new JobRequest(Optional.empty(), Optional.empty(), Optional.of(link));
    }
}
