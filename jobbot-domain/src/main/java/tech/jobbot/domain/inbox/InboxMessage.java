package tech.jobbot.domain.inbox;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;

/** One message in a person's in-site inbox; unread until {@link #readAt()} is set. */
public record InboxMessage(UUID id, AccountId recipient, MessageKind kind, String subject, String body,
        Instant createdAt, Optional<Instant> readAt) {
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_BODY = 20_000;

    public InboxMessage {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(recipient, "recipient");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(body, "body");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(readAt, "readAt");
        if (subject.isBlank() || subject.length() > MAX_SUBJECT || subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("a message's subject is one line of 1 to " + MAX_SUBJECT + " characters");
        }
        if (body.isBlank() || body.length() > MAX_BODY) {
            throw new IllegalArgumentException("a message's body is 1 to " + MAX_BODY + " characters");
        }
    }

    public static InboxMessage unread(AccountId recipient, MessageKind kind, String subject, String body, Instant at) {
        return new InboxMessage(UUID.randomUUID(), recipient, kind, subject, body, at, Optional.empty());
    }

    public boolean isRead() {
        return readAt.isPresent();
    }
}
