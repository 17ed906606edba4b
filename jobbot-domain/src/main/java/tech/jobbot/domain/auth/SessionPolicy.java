package tech.jobbot.domain.auth;

import java.time.Duration;
import java.util.Objects;

/**
 * How long a session lives: it ends after {@code idleTimeout} without use, and after
 * {@code absoluteLifetime} whatever happens.
 */
public record SessionPolicy(Duration idleTimeout, Duration absoluteLifetime) {
    public static final SessionPolicy DEFAULT = new SessionPolicy(Duration.ofHours(24), Duration.ofDays(30));

    public SessionPolicy {
        Objects.requireNonNull(idleTimeout, "idleTimeout");
        Objects.requireNonNull(absoluteLifetime, "absoluteLifetime");
        if (idleTimeout.isNegative() || idleTimeout.isZero() || absoluteLifetime.compareTo(idleTimeout) < 0) {
            throw new IllegalArgumentException("need 0 < idle timeout <= absolute lifetime");
        }
    }
}
