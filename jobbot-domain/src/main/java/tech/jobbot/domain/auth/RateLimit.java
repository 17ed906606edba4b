package tech.jobbot.domain.auth;

import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * A sliding-window limit: at most {@code max} events per {@code window}. Pure: the caller
 * passes the times of earlier events and the current time.
 */
public record RateLimit(String name, int max, Duration window) {
    public RateLimit {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(window, "window");
        if (max < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("a limit needs max >= 1 and a positive window");
        }
    }

    /** Whether one more event is allowed now, given the earlier events (any order, any age). */
    public RateDecision decide(List<Instant> earlierEvents, Instant now) {
        Instant windowStart = now.minus(window);
        List<Instant> inWindow = earlierEvents.stream()
                .filter(t -> t.isAfter(windowStart))
                .sorted(Comparator.naturalOrder())
                .toList();
        if (inWindow.size() < max) {
            return new RateDecision.Allowed();
        }
        // The event that must leave the window before one more fits.
        Instant blocking = inWindow.get(inWindow.size() - max);
        Duration wait = Duration.between(now, blocking.plus(window));
        long seconds = Math.max(1, (wait.toMillis() + 999) / 1000);
        return new RateDecision.Limited(name, Duration.ofSeconds(seconds));
    }
}
