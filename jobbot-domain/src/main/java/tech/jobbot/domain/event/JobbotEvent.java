package tech.jobbot.domain.event;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;

import tech.jobbot.domain.account.AccountId;

/**
 * What a host application or a partner's webhook hears about, so it can mirror or clean up its
 * own data. Each event has a stable id (a receiver deduplicates by it) and names the person by
 * their Jobbot account and, for accounts of an embedding platform, by the platform's own subject id.
 */
public sealed interface JobbotEvent {
    UUID id();

    AccountId account();

    /** The platform's subject id, for accounts it created; filled in when the event is delivered. */
    Optional<String> externalSubject();

    Instant at();

    /** The wire name: {@code interview.finished}, {@code consent.changed}, {@code account.erased}. */
    String type();

    /** The same event naming the platform's subject. */
    JobbotEvent withExternalSubject(Optional<String> subject);

    record InterviewFinished(UUID id, AccountId account, Optional<String> externalSubject, UUID interview,
            int overall, Instant at) implements JobbotEvent {
        public InterviewFinished {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(externalSubject, "externalSubject");
            Objects.requireNonNull(interview, "interview");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public String type() {
            return "interview.finished";
        }

        @Override
        public JobbotEvent withExternalSubject(Optional<String> subject) {
            return new InterviewFinished(id, account, subject, interview, overall, at);
        }
    }

    /** @param choice {@code granted} or {@code withdrawn} */
    record ConsentChanged(UUID id, AccountId account, Optional<String> externalSubject, String purpose, String choice,
            Instant at) implements JobbotEvent {
        public ConsentChanged {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(externalSubject, "externalSubject");
            Objects.requireNonNull(purpose, "purpose");
            Objects.requireNonNull(choice, "choice");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public String type() {
            return "consent.changed";
        }

        @Override
        public JobbotEvent withExternalSubject(Optional<String> subject) {
            return new ConsentChanged(id, account, subject, purpose, choice, at);
        }
    }

    /** The account and everything in it are gone; the host should delete what it keeps about the person. */
    record AccountErased(UUID id, AccountId account, Optional<String> externalSubject, Instant at)
            implements JobbotEvent {
        public AccountErased {
            Objects.requireNonNull(id, "id");
            Objects.requireNonNull(account, "account");
            Objects.requireNonNull(externalSubject, "externalSubject");
            Objects.requireNonNull(at, "at");
        }

        @Override
        public String type() {
            return "account.erased";
        }

        @Override
        public JobbotEvent withExternalSubject(Optional<String> subject) {
            return new AccountErased(id, account, subject, at);
        }
    }
}
