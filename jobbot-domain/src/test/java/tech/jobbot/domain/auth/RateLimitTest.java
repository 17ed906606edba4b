package tech.jobbot.domain.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.junit.jupiter.api.Test;

class RateLimitTest {
    private static final Instant NOW = Instant.parse("2026-03-01T12:00:00Z");
    private static final RateLimit THREE_PER_HOUR = new RateLimit("three-per-hour", 3, Duration.ofHours(1));

    private static Instant minutesAgo(long minutes) {
        return NOW.minus(Duration.ofMinutes(minutes));
    }

    @Test
    void given_fewer_events_than_the_max_in_the_window_then_one_more_is_allowed() {
        assertInstanceOf(RateDecision.Allowed.class, THREE_PER_HOUR.decide(List.of(), NOW));
        assertInstanceOf(RateDecision.Allowed.class, THREE_PER_HOUR.decide(List.of(minutesAgo(5), minutesAgo(1)), NOW));
    }

    @Test
    void given_max_events_in_the_window_then_the_next_is_limited_until_the_oldest_leaves() {
        RateDecision decision = THREE_PER_HOUR.decide(List.of(minutesAgo(50), minutesAgo(20), minutesAgo(10)), NOW);
        assertEquals(new RateDecision.Limited("three-per-hour", Duration.ofMinutes(10)), decision);
    }

    @Test
    void given_events_in_any_order_then_the_wait_is_for_the_oldest_in_window_event() {
        RateDecision decision = THREE_PER_HOUR.decide(List.of(minutesAgo(10), minutesAgo(50), minutesAgo(20)), NOW);
        assertEquals(new RateDecision.Limited("three-per-hour", Duration.ofMinutes(10)), decision);
    }

    @Test
    void given_more_than_max_events_in_the_window_then_the_wait_is_until_enough_have_left_for_one_more() {
        // Five events, max three: three must leave before one more fits, the last of them 30 minutes ago.
        RateDecision decision = THREE_PER_HOUR.decide(
                List.of(minutesAgo(55), minutesAgo(40), minutesAgo(30), minutesAgo(20), minutesAgo(10)), NOW);
        assertEquals(new RateDecision.Limited("three-per-hour", Duration.ofMinutes(30)), decision);
    }

    @Test
    void given_events_outside_the_window_then_they_are_ignored() {
        List<Instant> old = List.of(NOW.minus(Duration.ofHours(5)), NOW.minus(Duration.ofHours(2)),
                NOW.minus(Duration.ofHours(1)), minutesAgo(10), minutesAgo(1));
        assertInstanceOf(RateDecision.Allowed.class, THREE_PER_HOUR.decide(old, NOW),
                "an event exactly one window ago has left the window");
    }

    @Test
    void given_the_blocking_event_leaves_in_a_fraction_of_a_second_then_retry_after_is_at_least_one_second() {
        RateLimit onePerMinute = new RateLimit("cooldown", 1, Duration.ofMinutes(1));
        RateDecision decision = onePerMinute.decide(List.of(NOW.minus(Duration.ofSeconds(60)).plusMillis(100)), NOW);
        assertEquals(new RateDecision.Limited("cooldown", Duration.ofSeconds(1)), decision);
    }

    @Test
    void given_a_wait_with_a_fraction_of_a_second_then_retry_after_is_rounded_up() {
        RateLimit onePerMinute = new RateLimit("cooldown", 1, Duration.ofMinutes(1));
        RateDecision decision = onePerMinute.decide(List.of(NOW.minusMillis(500)), NOW);
        assertEquals(new RateDecision.Limited("cooldown", Duration.ofSeconds(60)), decision);
    }

    @Test
    void given_an_event_at_the_same_instant_then_a_one_per_minute_limit_waits_the_whole_minute() {
        RateLimit onePerMinute = new RateLimit("cooldown", 1, Duration.ofMinutes(1));
        assertEquals(new RateDecision.Limited("cooldown", Duration.ofSeconds(60)),
                onePerMinute.decide(List.of(NOW), NOW));
    }

    @Test
    void a_limit_needs_a_positive_max_and_window() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimit("x", 0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new RateLimit("x", 1, Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> new RateLimit("x", 1, Duration.ofSeconds(-1)));
        assertThrows(NullPointerException.class, () -> new RateLimit(null, 1, Duration.ofSeconds(1)));
    }

    @Property
    void after_recording_only_allowed_events_no_window_ever_holds_more_than_max(
            @ForAll @IntRange(min = 1, max = 6) int max,
            @ForAll @IntRange(min = 1, max = 120) int windowSeconds,
            @ForAll @Size(max = 60) List<@IntRange(min = 0, max = 90) Integer> gapsInSeconds) {
        RateLimit limit = new RateLimit("p", max, Duration.ofSeconds(windowSeconds));
        Duration window = limit.window();
        List<Instant> recorded = new ArrayList<>();
        Instant t = NOW;
        for (int gap : gapsInSeconds) {
            t = t.plusSeconds(gap);
            RateDecision decision = limit.decide(recorded, t);
            if (decision instanceof RateDecision.Allowed) {
                recorded.add(t);
            } else if (decision instanceof RateDecision.Limited limited) {
                assertTrue(limited.retryAfter().compareTo(Duration.ofSeconds(1)) >= 0);
                assertTrue(limited.retryAfter().compareTo(window) <= 0);
                Instant retryAt = t.plus(limited.retryAfter());
                assertInstanceOf(RateDecision.Allowed.class, limit.decide(recorded, retryAt),
                        "waiting retryAfter must be enough");
            }
        }
        for (Instant end : recorded) {
            long inWindow = recorded.stream().filter(e -> e.isAfter(end.minus(window)) && !e.isAfter(end)).count();
            assertTrue(inWindow <= max, inWindow + " events in a window ending " + end);
        }
    }
}
