package tech.jobbot.adapters.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpHeaders;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class RetryPolicyTest {
    private static final Instant NOW = Instant.parse("2026-11-29T10:00:00Z");

    @Test
    void backoff_doubles_from_500_ms_up_to_8_s_and_jitter_only_shortens_it() {
        assertEquals(Duration.ofMillis(500), RetryPolicy.backoff(0, 0));
        assertEquals(Duration.ofMillis(1_000), RetryPolicy.backoff(1, 0));
        assertEquals(Duration.ofMillis(4_000), RetryPolicy.backoff(3, 0));
        assertEquals(Duration.ofSeconds(8), RetryPolicy.backoff(4, 0));
        assertEquals(Duration.ofSeconds(8), RetryPolicy.backoff(40, 0));
        assertEquals(Duration.ofMillis(400), RetryPolicy.backoff(0, 1));
    }

    @Test
    void retry_after_is_read_as_seconds_or_as_an_http_date() {
        assertEquals(Optional.of(Duration.ofSeconds(1)), RetryPolicy.parseRetryAfter("1", NOW));
        assertEquals(Optional.of(Duration.ofSeconds(3)), RetryPolicy.parseRetryAfter("Sun, 29 Nov 2026 10:00:03 GMT", NOW));
        assertEquals(Optional.of(Duration.ZERO), RetryPolicy.parseRetryAfter("Sun, 29 Nov 2026 09:00:00 GMT", NOW));
        assertEquals(Optional.empty(), RetryPolicy.parseRetryAfter("soon", NOW));
        assertEquals(Optional.empty(), RetryPolicy.parseRetryAfter("-5", NOW));
    }

    @Test
    void a_requested_wait_is_capped_at_10_s_and_retry_after_ms_wins() {
        assertEquals(Optional.of(Duration.ofSeconds(10)), RetryPolicy.requestedWait(headers(Map.of("Retry-After", "3600")), NOW));
        assertEquals(Optional.of(Duration.ofMillis(250)),
                RetryPolicy.requestedWait(headers(Map.of("Retry-After", "1", "retry-after-ms", "250")), NOW));
        assertEquals(Optional.empty(), RetryPolicy.requestedWait(headers(Map.of()), NOW));
    }

    @Test
    void rate_limits_timeouts_and_server_errors_are_retried_but_refusals_are_not() {
        for (int status : new int[] {408, 429, 500, 502, 503, 504}) {
            assertTrue(RetryPolicy.isRetryable(status), "status " + status);
        }
        for (int status : new int[] {400, 401, 403, 404, 422}) {
            assertFalse(RetryPolicy.isRetryable(status), "status " + status);
        }
    }

    private static HttpHeaders headers(Map<String, String> values) {
        return HttpHeaders.of(values.entrySet().stream()
                        .collect(java.util.stream.Collectors.toMap(Map.Entry::getKey, e -> List.of(e.getValue()))),
                (name, value) -> true);
    }
}
