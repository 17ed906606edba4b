package tech.jobbot.domain.staff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.staff.NeedToKnow.Decision;

class NeedToKnowTest {
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");
    private final AccountId person = new AccountId(UUID.randomUUID());
    private final StaffMember agent = member("agent", StaffRole.SUPPORT);
    private final StaffMember officer = member("officer", StaffRole.PRIVACY_OFFICER);
    private final StaffCase complaint = new StaffCase(UUID.randomUUID(), CaseKind.COMPLAINT, UUID.randomUUID(), person,
            agent.id(), Set.of(DataCategory.PROFILE, DataCategory.REQUESTS), officer.id(), NOW, Optional.empty());

    private static StaffMember member(String name, StaffRole... roles) {
        return new StaffMember(StaffId.random(), EmailAddress.parse(name + "@jobbot.example"), name, Set.of(roles),
                true, true, NOW);
    }

    @Test
    void grantsExactlyTheCategoriesTheAssignedCaseNames() {
        for (DataCategory category : DataCategory.values()) {
            Decision d = NeedToKnow.decide(agent, Optional.of(complaint), person, category);
            if (complaint.categories().contains(category)) {
                assertEquals(complaint, assertInstanceOf(Decision.Granted.class, d).through());
            } else {
                assertTrue(assertInstanceOf(Decision.Refused.class, d).reason().contains("does not need"), d.toString());
            }
        }
    }

    @Test
    void refusesWithoutACaseForSomeoneElseOrWhenClosed() {
        assertEquals("no such case", refused(agent, Optional.empty(), person));
        assertEquals("the case is not assigned to you", refused(officer, Optional.of(complaint), person));
        assertEquals("the case is about someone else",
                refused(agent, Optional.of(complaint), new AccountId(UUID.randomUUID())));
        assertEquals("the case is closed", refused(agent, Optional.of(complaint.close(NOW)), person));
    }

    @Test
    void refusesStaffWhoseRolesNoLongerHandleTheCaseKindOrWhoAreDeactivated() {
        StaffMember demoted = agent.withRoles(Set.of(StaffRole.SECURITY_OFFICER));
        assertTrue(refused(demoted, Optional.of(complaint), person).contains("do not handle complaint"));
        StaffMember gone = new StaffMember(agent.id(), agent.email(), "agent", agent.roles(), false, true, NOW);
        assertEquals("the staff account is deactivated", refused(gone, Optional.of(complaint), person));
    }

    @Test
    void aCaseCannotNameMoreThanItsKindMayNeed() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> new StaffCase(UUID.randomUUID(),
                CaseKind.COMPLAINT, UUID.randomUUID(), person, agent.id(), Set.of(DataCategory.INTERVIEWS), officer.id(),
                NOW, Optional.empty()));
        assertTrue(e.getMessage().contains("never needs interviews"), e.getMessage());
    }

    @Test
    void nobodyManagesTheirOwnRolesAndOnlyAdministratorsManageStaff() {
        StaffMember admin = member("admin", StaffRole.ADMINISTRATOR);
        assertEquals(Optional.of("nobody manages their own roles or account"), StaffRules.refuseChange(admin, admin));
        assertEquals(Optional.of("only an administrator manages staff"), StaffRules.refuseChange(officer, agent));
        assertEquals(Optional.empty(), StaffRules.refuseChange(admin, agent));
    }

    private String refused(StaffMember who, Optional<StaffCase> c, AccountId about) {
        return assertInstanceOf(Decision.Refused.class, NeedToKnow.decide(who, c, about, DataCategory.PROFILE)).reason();
    }
}
