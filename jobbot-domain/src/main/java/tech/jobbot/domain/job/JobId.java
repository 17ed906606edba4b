package tech.jobbot.domain.job;

import java.util.Objects;
import java.util.UUID;

/** Identity of a job a person practises for. */
public record JobId(UUID value) {
    public JobId {
        Objects.requireNonNull(value, "job id");
    }

    public static JobId parse(String text) {
        return new JobId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
