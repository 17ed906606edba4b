package tech.jobbot.domain.staff;

import java.util.Objects;
import java.util.UUID;

/** A staff member's id; staff are not users and never share ids with accounts. */
public record StaffId(UUID value) {
    public StaffId {
        Objects.requireNonNull(value, "staff id");
    }

    public static StaffId random() {
        return new StaffId(UUID.randomUUID());
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
