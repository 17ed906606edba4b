package tech.jobbot.domain.retention;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;

/**
 * A legal hold placed by a privacy officer: while active, the person's data (or one record of
 * theirs) is neither erased nor purged, whatever the schedule or a cancellation says. The person is
 * told in their export.
 *
 * @param recordId one record (e.g. an interview) when the hold is that narrow; empty: all their data
 */
public record LegalHold(UUID id, AccountId person, Optional<UUID> recordId, String reason, String placedBy,
        Instant placedAt, Optional<Instant> releasedAt) {
    public LegalHold {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(recordId, "recordId");
        Objects.requireNonNull(reason, "reason");
        Objects.requireNonNull(placedBy, "placedBy");
        Objects.requireNonNull(placedAt, "placedAt");
        Objects.requireNonNull(releasedAt, "releasedAt");
        if (reason.isBlank() || reason.length() > 500) {
            throw new IllegalArgumentException("a hold needs a reason of 1 to 500 characters");
        }
        if (placedBy.isBlank() || placedBy.length() > 200) {
            throw new IllegalArgumentException("say who placed the hold");
        }
    }

    public boolean active() {
        return releasedAt.isEmpty();
    }
}
