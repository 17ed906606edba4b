package tech.jobbot.domain.staff;

import java.util.Optional;

import tech.jobbot.domain.account.AccountId;

/**
 * The need-to-know rule (policy §6) as a pure decision: a staff member reads one category of one
 * person's data only through an open case about that person, assigned to them, whose kind their
 * role handles, and which names that category. Everything else is refused with the reason.
 */
public final class NeedToKnow {
    private NeedToKnow() {
    }

    public sealed interface Decision {
        record Granted(StaffCase through) implements Decision {
        }

        record Refused(String reason) implements Decision {
        }
    }

    public static Decision decide(StaffMember staff, Optional<StaffCase> found, AccountId person,
            DataCategory category) {
        if (!staff.active()) {
            return new Decision.Refused("the staff account is deactivated");
        }
        if (found.isEmpty()) {
            return new Decision.Refused("no such case");
        }
        StaffCase c = found.get();
        if (!c.assignee().equals(staff.id())) {
            return new Decision.Refused("the case is not assigned to you");
        }
        if (!c.open()) {
            return new Decision.Refused("the case is closed");
        }
        if (!c.subject().equals(person)) {
            return new Decision.Refused("the case is about someone else");
        }
        if (c.kind().handledBy().stream().noneMatch(staff::has)) {
            return new Decision.Refused("your roles do not handle " + c.kind().wire() + " cases");
        }
        if (!c.categories().contains(category)) {
            return new Decision.Refused("the case does not need " + category.wire() + " data; it allows "
                    + c.categories().stream().sorted().map(DataCategory::wire).toList());
        }
        return new Decision.Granted(c);
    }
}
