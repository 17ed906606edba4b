package tech.jobbot.domain.request;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;

/**
 * A complaint or privacy request (policy §7, §10): what was asked, by when it is due (the
 * response-time promise), and its history of replies. Immutable; each step returns the new state.
 */
public record PrivacyRequest(UUID id, AccountId requester, RequestKind kind, String subject, String body,
        Instant filedAt, Instant dueAt, Optional<Instant> closedAt, List<Entry> history) {
    public static final Duration DEFAULT_RESPONSE_TIME = Duration.ofDays(15);
    public static final int MAX_SUBJECT = 200;
    public static final int MAX_TEXT = 10_000;

    public PrivacyRequest {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(requester, "requester");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(filedAt, "filedAt");
        Objects.requireNonNull(dueAt, "dueAt");
        Objects.requireNonNull(closedAt, "closedAt");
        history = List.copyOf(Objects.requireNonNull(history, "history"));
        checkSubject(subject);
        checkText(body);
    }

    /** A new request, due {@code responseTime} from now. */
    public static PrivacyRequest file(AccountId requester, RequestKind kind, String subject, String body,
            Instant now, Duration responseTime) {
        return new PrivacyRequest(UUID.randomUUID(), requester, kind, subject.strip(), body.strip(), now,
                now.plus(responseTime), Optional.empty(), List.of(new Entry(now, Author.REQUESTER, body.strip())));
    }

    /** Jobbot's answer; {@code close} ends the request, else it stays open for more. */
    public PrivacyRequest reply(String text, boolean close, Instant at) {
        checkText(text);
        List<Entry> more = new ArrayList<>(history);
        more.add(new Entry(at, Author.JOBBOT, text.strip()));
        return new PrivacyRequest(id, requester, kind, subject, body, filedAt, dueAt,
                close ? Optional.of(at) : closedAt, more);
    }

    /** Whether Jobbot has answered at least once. */
    public boolean answered() {
        return history.stream().anyMatch(e -> e.author() == Author.JOBBOT);
    }

    /** Due and still not answered: flagged to staff. */
    public boolean overdueAt(Instant now) {
        return closedAt.isEmpty() && !answered() && now.isAfter(dueAt);
    }

    public Status status() {
        return closedAt.isPresent() ? Status.CLOSED : answered() ? Status.ANSWERED : Status.OPEN;
    }

    public enum Status { OPEN, ANSWERED, CLOSED }

    public enum Author { REQUESTER, JOBBOT }

    /** One step of the history: who wrote what, when. */
    public record Entry(Instant at, Author author, String text) {
        public Entry {
            Objects.requireNonNull(at, "at");
            Objects.requireNonNull(author, "author");
            Objects.requireNonNull(text, "text");
        }
    }

    private static void checkSubject(String subject) {
        Objects.requireNonNull(subject, "subject");
        if (subject.isBlank() || subject.length() > MAX_SUBJECT || subject.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("the subject is one line of 1 to " + MAX_SUBJECT + " characters");
        }
    }

    private static void checkText(String text) {
        Objects.requireNonNull(text, "text");
        if (text.isBlank() || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("the text is 1 to " + MAX_TEXT + " characters");
        }
    }
}
