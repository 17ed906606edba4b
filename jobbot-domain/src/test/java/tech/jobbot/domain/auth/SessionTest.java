package tech.jobbot.domain.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tech.jobbot.domain.account.AccountId;

class SessionTest {
    private static final Instant T = Instant.parse("2026-03-01T08:00:00Z");
    private static final SessionPolicy POLICY = SessionPolicy.DEFAULT;

    private static Session started() {
        return Session.start(new SessionId(UUID.randomUUID()), new AccountId(UUID.randomUUID()),
                new Digest("token-digest-000000001"), new Device("Firefox", "Linux"), T);
    }

    @Test
    void given_no_use_then_the_session_is_active_until_just_before_the_idle_timeout() {
        Session session = started();
        assertTrue(session.isActive(POLICY, T));
        assertTrue(session.isActive(POLICY, T.plus(Duration.ofHours(24)).minusSeconds(1)));
        assertFalse(session.isActive(POLICY, T.plus(Duration.ofHours(24))));
        assertFalse(session.isActive(POLICY, T.plus(Duration.ofDays(2))));
    }

    @Test
    void given_use_then_the_idle_timeout_counts_from_the_last_use() {
        Session used = started().touch(T.plus(Duration.ofHours(20)));
        assertTrue(used.isActive(POLICY, T.plus(Duration.ofHours(30))));
        assertFalse(used.isActive(POLICY, T.plus(Duration.ofHours(44))));
    }

    @Test
    void given_use_every_twelve_hours_then_the_session_still_ends_at_its_absolute_lifetime() {
        Session session = started();
        Instant end = T.plus(POLICY.absoluteLifetime());
        for (Instant at = T.plus(Duration.ofHours(12)); at.isBefore(end); at = at.plus(Duration.ofHours(12))) {
            assertTrue(session.isActive(POLICY, at), "active at " + at);
            session = session.touch(at);
        }
        assertFalse(session.isActive(POLICY, end));
        assertEquals(end, session.expiresAt(POLICY));
    }

    @Test
    void expires_at_is_the_earlier_of_idle_and_absolute_expiry() {
        Session fresh = started();
        assertEquals(T.plus(Duration.ofHours(24)), fresh.expiresAt(POLICY));

        Session lateInLife = fresh.touch(T.plus(Duration.ofDays(29)).plus(Duration.ofHours(12)));
        assertEquals(T.plus(Duration.ofDays(30)), lateInLife.expiresAt(POLICY));

        Session midLife = fresh.touch(T.plus(Duration.ofDays(10)));
        assertEquals(T.plus(Duration.ofDays(11)), midLife.expiresAt(POLICY));
    }

    @Test
    void activity_is_written_back_at_most_once_a_minute() {
        Session session = started();
        assertFalse(session.needsTouch(T));
        assertFalse(session.needsTouch(T.plusSeconds(59)));
        assertTrue(session.needsTouch(T.plusSeconds(60)));
        Session touched = session.touch(T.plusSeconds(60));
        assertEquals(T.plusSeconds(60), touched.lastSeenAt());
        assertFalse(touched.needsTouch(T.plusSeconds(119)));
        assertEquals(Session.TOUCH_GRANULARITY, Duration.ofMinutes(1));
    }

    @Test
    void touching_with_an_earlier_time_changes_nothing() {
        Session touched = started().touch(T.plus(Duration.ofHours(1)));
        assertSame(touched, touched.touch(T.plusSeconds(5)));
        assertSame(touched, touched.touch(T.plus(Duration.ofHours(1))));
    }

    @Test
    void a_revoked_session_is_not_active_and_revoking_again_keeps_the_first_time() {
        Session revoked = started().revoke(T.plusSeconds(10));
        assertFalse(revoked.isActive(POLICY, T.plusSeconds(11)));
        assertEquals(Optional.of(T.plusSeconds(10)), revoked.revokedAt());

        Session again = revoked.revoke(T.plusSeconds(99));
        assertSame(revoked, again);
        assertEquals(Optional.of(T.plusSeconds(10)), again.revokedAt());
    }

    @Test
    void a_session_cannot_be_last_seen_before_it_was_created() {
        assertThrows(IllegalArgumentException.class, () -> new Session(new SessionId(UUID.randomUUID()),
                new AccountId(UUID.randomUUID()), new Digest("token-digest-000000001"), Device.UNKNOWN, T,
                T.minusSeconds(1), Optional.empty()));
    }

    @Test
    void a_custom_policy_is_what_decides() {
        SessionPolicy strict = new SessionPolicy(Duration.ofMinutes(15), Duration.ofHours(1));
        Session session = started();
        assertFalse(session.isActive(strict, T.plus(Duration.ofMinutes(15))));
        Session used = session.touch(T.plus(Duration.ofMinutes(50)));
        assertEquals(T.plus(Duration.ofHours(1)), used.expiresAt(strict));
    }
}
