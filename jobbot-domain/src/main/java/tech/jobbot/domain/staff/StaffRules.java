package tech.jobbot.domain.staff;

import java.util.Optional;

/**
 * Who may manage staff: an active administrator, and never their own account. Because nobody
 * changes their own roles, at least one administrator always remains: removing one takes another.
 */
public final class StaffRules {
    private StaffRules() {
    }

    /** Why {@code actor} may not change {@code target}'s roles or deactivate them, or empty if they may. */
    public static Optional<String> refuseChange(StaffMember actor, StaffMember target) {
        if (!actor.has(StaffRole.ADMINISTRATOR)) {
            return Optional.of("only an administrator manages staff");
        }
        if (actor.id().equals(target.id())) {
            return Optional.of("nobody manages their own roles or account");
        }
        return Optional.empty();
    }
}
