package tech.jobbot.domain.interview;

import java.util.Objects;
import java.util.UUID;

/** Identity of one practice interview. */
public record InterviewId(UUID value) {
    public InterviewId {
        Objects.requireNonNull(value, "interview id");
    }

    public static InterviewId parse(String text) {
        return new InterviewId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
