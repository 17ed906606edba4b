package tech.jobbot.domain.account;

import java.util.Objects;

/**
 * The identity an embedding platform (an HR or career platform) gives its own user. Jobbot
 * keeps no email for such an account; the platform vouches for who the person is.
 */
public record ExternalSubject(String value) {
    public static final int MAX_LENGTH = 200;

    public ExternalSubject {
        Objects.requireNonNull(value, "external subject");
        if (value.isBlank() || value.length() > MAX_LENGTH || value.chars().anyMatch(Character::isISOControl)) {
            throw new IllegalArgumentException("must be 1 to " + MAX_LENGTH + " printable characters");
        }
    }

    @Override
    public String toString() {
        return "ExternalSubject[redacted]";
    }
}
