package tech.jobbot.adapters.openai;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/** When to try again: which answers deserve another attempt, and how long to wait first. */
final class RetryPolicy {
    static final Duration BASE_BACKOFF = Duration.ofMillis(500);
    static final Duration MAX_BACKOFF = Duration.ofSeconds(8);
    /** Share of a backoff that may be taken off at random. */
    static final double JITTER = 0.2;

    private RetryPolicy() {
    }

    /**
     * Rate limits, timeouts and server errors pass; anything else the server said about the
     * request itself (bad request, bad key, unknown model) will not change by asking again.
     */
    static boolean isRetryable(int status) {
        return status == 408 || status == 429 || status >= 500;
    }

    /**
     * The wait before retry number {@code retry} (0 for the first): 500 ms doubling up to 8 s, less
     * up to a fifth at random so that server instances hit by the same outage do not retry in step.
     *
     * @param random a number in [0, 1)
     */
    static Duration backoff(int retry, double random) {
        long doubled = BASE_BACKOFF.toMillis() << Math.min(retry, 20);
        long capped = Math.min(doubled, MAX_BACKOFF.toMillis());
        return Duration.ofMillis(Math.round(capped * (1 - JITTER * random)));
    }

    /**
     * The wait the server asks for, capped at {@link OpenAiSettings#MAX_RETRY_WAIT}: OpenAI and
     * Azure's {@code retry-after-ms} first (finer), then the standard {@code Retry-After}.
     */
    static Optional<Duration> requestedWait(HttpHeaders headers, Instant now) {
        Optional<Duration> millis = headers.firstValue("retry-after-ms").flatMap(RetryPolicy::parseMillis);
        Optional<Duration> requested = millis.isPresent()
                ? millis
                : headers.firstValue("retry-after").flatMap(value -> parseRetryAfter(value, now));
        return requested.map(RetryPolicy::capped);
    }

    /** {@code Retry-After} is either delay-seconds or an HTTP date (RFC 9110 §10.2.3). */
    static Optional<Duration> parseRetryAfter(String value, Instant now) {
        String trimmed = value.strip();
        if (trimmed.matches("[0-9]{1,9}")) {
            return Optional.of(Duration.ofSeconds(Long.parseLong(trimmed)));
        }
        try {
            Instant at = ZonedDateTime.parse(trimmed, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
            Duration until = Duration.between(now, at);
            return Optional.of(until.isNegative() ? Duration.ZERO : until);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static Optional<Duration> parseMillis(String value) {
        String trimmed = value.strip();
        return trimmed.matches("[0-9]{1,12}") ? Optional.of(Duration.ofMillis(Long.parseLong(trimmed))) : Optional.empty();
    }

    private static Duration capped(Duration wait) {
        return wait.compareTo(OpenAiSettings.MAX_RETRY_WAIT) > 0 ? OpenAiSettings.MAX_RETRY_WAIT : wait;
    }
}
