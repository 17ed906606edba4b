package tech.jobbot.domain.staff;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;

/**
 * A case: one person's complaint, privacy request or incident, assigned to one staff member, with
 * the data categories it needs. It is the only way staff read a person's data, and only while open.
 *
 * @param reference the complaint's or request's id, or the incident's
 */
public record StaffCase(UUID id, CaseKind kind, UUID reference, AccountId subject, StaffId assignee,
        Set<DataCategory> categories, StaffId openedBy, Instant openedAt, Optional<Instant> closedAt) {
    public StaffCase {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(reference, "reference");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(assignee, "assignee");
        Objects.requireNonNull(openedBy, "openedBy");
        Objects.requireNonNull(openedAt, "openedAt");
        Objects.requireNonNull(closedAt, "closedAt");
        if (categories.isEmpty()) {
            throw new IllegalArgumentException("a case needs at least one data category");
        }
        categories = Set.copyOf(EnumSet.copyOf(categories));
        for (DataCategory c : categories) {
            if (!kind.mayNeed().contains(c)) {
                throw new IllegalArgumentException("a " + kind.wire() + " case never needs " + c.wire()
                        + "; it may need " + kind.mayNeed().stream().sorted().map(DataCategory::wire).toList());
            }
        }
    }

    public boolean open() {
        return closedAt.isEmpty();
    }

    public StaffCase close(Instant at) {
        return new StaffCase(id, kind, reference, subject, assignee, categories, openedBy, openedAt, Optional.of(at));
    }

    /** "complaint 0b7c…": what the person sees as the reason for an access. */
    public String describe() {
        return kind.wire().replace('-', ' ') + " " + reference;
    }
}
