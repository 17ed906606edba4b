package tech.jobbot.domain.sharing;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;

/**
 * One disclosure of a person's data to a third party (policy §4): who received what, when.
 * Shown to the person and part of their data export.
 */
public record Disclosure(UUID id, UUID shareId, AccountId owner, String recipient, String what, Instant at) {
    public Disclosure {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(shareId, "shareId");
        Objects.requireNonNull(owner, "owner");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(what, "what");
        Objects.requireNonNull(at, "at");
        if (what.isBlank()) {
            throw new IllegalArgumentException("say what was disclosed");
        }
    }
}
