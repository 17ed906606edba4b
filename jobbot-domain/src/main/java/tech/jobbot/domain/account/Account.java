package tech.jobbot.domain.account;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;

/**
 * A person's account and profile. Either signs in by email code ({@link #email()} present) or
 * belongs to an embedding platform ({@link #externalSubject()} present), never neither.
 */
public record Account(
        AccountId id,
        Optional<EmailAddress> email,
        Optional<ExternalSubject> externalSubject,
        Optional<DisplayName> displayName,
        Optional<Country> country,
        Optional<Language> language,
        Optional<Avatar> avatar,
        Instant createdAt,
        Instant updatedAt) {

    public Account {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(externalSubject, "externalSubject");
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(avatar, "avatar");
        Objects.requireNonNull(createdAt, "createdAt");
        Objects.requireNonNull(updatedAt, "updatedAt");
        if (email.isEmpty() && externalSubject.isEmpty()) {
            throw new IllegalArgumentException("an account needs an email or an external subject");
        }
    }

    public static Account registerByEmail(AccountId id, EmailAddress email, Instant at) {
        return new Account(id, Optional.of(email), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), at, at);
    }

    public static Account registerExternal(AccountId id, ExternalSubject subject, Instant at) {
        return new Account(id, Optional.empty(), Optional.of(subject), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), at, at);
    }

    public Account correctProfile(ProfileCorrection correction, Instant at) {
        return new Account(id, email, externalSubject,
                correction.displayName().applyTo(displayName),
                correction.country().applyTo(country),
                correction.language().applyTo(language),
                avatar, createdAt, at);
    }

    public Account changeEmail(EmailAddress newEmail, Instant at) {
        return new Account(id, Optional.of(newEmail), externalSubject, displayName, country, language, avatar,
                createdAt, at);
    }

    public Account replaceAvatar(Optional<Avatar> newAvatar, Instant at) {
        return new Account(id, email, externalSubject, displayName, country, language, newAvatar, createdAt, at);
    }
}
