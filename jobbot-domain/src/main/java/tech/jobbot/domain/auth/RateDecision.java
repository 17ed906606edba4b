package tech.jobbot.domain.auth;

import java.time.Duration;

/** Whether a rate limit lets one more event through, and if not, how long to wait. */
public sealed interface RateDecision {
    record Allowed() implements RateDecision {}

    record Limited(String limit, Duration retryAfter) implements RateDecision {}
}
