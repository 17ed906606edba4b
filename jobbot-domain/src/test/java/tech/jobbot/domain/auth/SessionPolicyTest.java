package tech.jobbot.domain.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class SessionPolicyTest {

    @Test
    void the_default_is_a_day_idle_and_thirty_days_at_most() {
        assertEquals(Duration.ofHours(24), SessionPolicy.DEFAULT.idleTimeout());
        assertEquals(Duration.ofDays(30), SessionPolicy.DEFAULT.absoluteLifetime());
    }

    @Test
    void the_idle_timeout_may_equal_the_absolute_lifetime() {
        SessionPolicy policy = new SessionPolicy(Duration.ofHours(1), Duration.ofHours(1));
        assertEquals(policy.idleTimeout(), policy.absoluteLifetime());
    }

    @Test
    void a_zero_or_negative_idle_timeout_is_rejected() {
        assertThrows(IllegalArgumentException.class, () -> new SessionPolicy(Duration.ZERO, Duration.ofDays(1)));
        assertThrows(IllegalArgumentException.class,
                () -> new SessionPolicy(Duration.ofMinutes(-1), Duration.ofDays(1)));
    }

    @Test
    void an_absolute_lifetime_shorter_than_the_idle_timeout_is_rejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new SessionPolicy(Duration.ofHours(2), Duration.ofHours(1)));
    }

    @Test
    void missing_durations_are_rejected() {
        assertThrows(NullPointerException.class, () -> new SessionPolicy(null, Duration.ofDays(1)));
        assertThrows(NullPointerException.class, () -> new SessionPolicy(Duration.ofHours(1), null));
    }
}
