package tech.jobbot.domain.job;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

import tech.jobbot.domain.account.AccountId;

/** A job a person practises for, and how they gave it. */
public record Job(JobId id, AccountId owner, JobSource source, Optional<String> link, JobProfile profile,
        Instant createdAt) {
    public Job {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(link, "link");
        Objects.requireNonNull(profile, "profile");
        Objects.requireNonNull(createdAt, "createdAt");
        if (source == JobSource.LINK && link.isEmpty()) {
            throw new IllegalArgumentException("a job from a link keeps its link");
        }
    }
}
