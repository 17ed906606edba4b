package tech.jobbot.sdk.account;

import java.time.Duration;
import java.util.List;

import tech.jobbot.domain.auth.RateLimit;

/**
 * Limits on sending verification codes, so that nobody can flood an inbox or guess codes by
 * requesting many: per address (a cooldown and an hourly cap) and per client IP.
 */
public record CodeLimits(RateLimit addressCooldown, RateLimit addressHourly, RateLimit clientHourly) {
    public static final CodeLimits DEFAULT = new CodeLimits(
            new RateLimit("address-cooldown", 1, Duration.ofSeconds(60)),
            new RateLimit("address-hourly", 5, Duration.ofHours(1)),
            new RateLimit("client-hourly", 30, Duration.ofHours(1)));

    /** The longest window, how long events must be kept. */
    public Duration longestWindow() {
        return List.of(addressCooldown, addressHourly, clientHourly).stream()
                .map(RateLimit::window).max(Duration::compareTo).orElseThrow();
    }
}
