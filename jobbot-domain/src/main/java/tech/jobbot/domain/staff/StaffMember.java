package tech.jobbot.domain.staff;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

import tech.jobbot.domain.account.EmailAddress;

/**
 * A member of Jobbot's staff: a separate account from any user's, signed in with an email code
 * plus a second factor. {@code enrolled} says whether the second factor has been confirmed.
 */
public record StaffMember(StaffId id, EmailAddress email, String displayName, Set<StaffRole> roles, boolean active,
        boolean enrolled, Instant createdAt) {
    public static final int MAX_NAME = 120;

    public StaffMember {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(createdAt, "createdAt");
        if (displayName.isBlank() || displayName.length() > MAX_NAME) {
            throw new IllegalArgumentException("a display name is 1 to " + MAX_NAME + " characters");
        }
        roles = roles.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(roles));
    }

    public boolean has(StaffRole role) {
        return active && roles.contains(role);
    }

    /** "Ada Lovelace (privacy officer)": how the person whose data was read sees who it was. */
    public String describe() {
        return displayName + (roles.isEmpty() ? "" : " (" + String.join(", ", roles.stream().sorted()
                .map(r -> r.wire().replace('-', ' ')).toList()) + ")");
    }

    public StaffMember withRoles(Set<StaffRole> newRoles) {
        return new StaffMember(id, email, displayName, newRoles, active, enrolled, createdAt);
    }
}
