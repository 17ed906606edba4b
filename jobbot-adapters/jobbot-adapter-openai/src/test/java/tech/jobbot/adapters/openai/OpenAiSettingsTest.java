package tech.jobbot.adapters.openai;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OpenAiSettingsTest {
    private static final OpenAiSettings OLLAMA = OpenAiSettings.of("http://localhost:11434/v1", "llama3.1");

    @Test
    void given_only_a_url_and_a_model_when_created_then_the_defaults_apply() {
        assertNull(OLLAMA.apiKey());
        assertEquals(Map.of(), OLLAMA.headers());
        assertEquals(Duration.ofSeconds(20), OLLAMA.requestTimeout());
        assertEquals(2, OLLAMA.maxRetries());
        assertEquals(0.2, OLLAMA.temperature());
        assertEquals(2_000, OLLAMA.maxTokens());
    }

    @Test
    void chat_completions_are_posted_under_the_base_url_with_its_query_kept_at_the_end() {
        assertEquals(URI.create("http://localhost:11434/v1/chat/completions"), OLLAMA.chatCompletionsUri());
        assertEquals(URI.create("https://api.openai.com/v1/chat/completions"),
                OpenAiSettings.of("https://api.openai.com/v1/", "gpt-4o-mini").chatCompletionsUri());
        assertEquals(URI.create("https://gw.example.com/openai/deployments/interviewer/chat/completions?api-version=2024-10-21"),
                OpenAiSettings.of("https://gw.example.com/openai/deployments/interviewer?api-version=2024-10-21", "gpt-4o")
                        .chatCompletionsUri());
    }

    @Test
    void the_key_and_header_values_never_show_in_to_string() {
        OpenAiSettings settings = OLLAMA.withApiKey("sk-very-secret").withHeaders(Map.of("X-Tenant", "tenant-secret"));

        String shown = settings.toString();

        assertFalse(shown.contains("sk-very-secret"), shown);
        assertFalse(shown.contains("tenant-secret"), shown);
        assertTrue(shown.contains("X-Tenant"), shown);
        assertTrue(shown.contains("apiKey=[redacted]"), shown);
    }

    @ParameterizedTest
    @ValueSource(strings = {"ftp://example.com/v1", "localhost:11434/v1", "/v1", "https://user:pass@example.com/v1",
            "https://example.com/v1#frag"})
    void a_base_url_that_is_not_plain_http_or_https_is_refused(String url) {
        assertThrows(IllegalArgumentException.class, () -> OpenAiSettings.of(url, "gpt-4o-mini"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void a_blank_model_is_refused(String model) {
        assertThrows(IllegalArgumentException.class, () -> OpenAiSettings.of("https://api.openai.com/v1", model));
    }

    @Test
    void out_of_range_numbers_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> OLLAMA.withMaxRetries(-1));
        assertThrows(IllegalArgumentException.class, () -> OLLAMA.withMaxRetries(11));
        assertThrows(IllegalArgumentException.class, () -> OLLAMA.withTemperature(2.5));
        assertThrows(IllegalArgumentException.class, () -> OLLAMA.withTemperature(Double.NaN));
        assertThrows(IllegalArgumentException.class, () -> OLLAMA.withMaxTokens(0));
        assertThrows(IllegalArgumentException.class, () -> OLLAMA.withRequestTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> OLLAMA.withRequestTimeout(Duration.ofMinutes(11)));
    }

    @Test
    void headers_that_would_break_the_protocol_or_the_request_are_refused() {
        assertThrows(IllegalArgumentException.class, () -> OLLAMA.withHeaders(Map.of("Host", "evil.example")));
        assertThrows(IllegalArgumentException.class, () -> OLLAMA.withHeaders(Map.of("Content-Type", "text/plain")));
        assertThrows(IllegalArgumentException.class, () -> OLLAMA.withHeaders(Map.of("bad header", "x")));
        assertThrows(IllegalArgumentException.class, () -> OLLAMA.withHeaders(Map.of("X-A", "one\r\nX-B: two")));
        assertThrows(IllegalArgumentException.class, () -> OLLAMA.withHeaders(Map.of("api-key", "a", "API-KEY", "b")));
        assertThrows(IllegalArgumentException.class,
                () -> OLLAMA.withApiKey("sk-1").withHeaders(Map.of("Authorization", "Basic eDp5")));
        assertThrows(IllegalArgumentException.class, () -> OLLAMA.withApiKey("sk-1\nX-Evil: 1"));
    }

    @Test
    void the_total_time_of_a_call_is_bounded_by_its_attempts_and_waits() {
        assertEquals(Duration.ofSeconds(20 * 3 + 10 * 2), OLLAMA.totalTimeout());
        assertEquals(Duration.ofSeconds(5), OLLAMA.withRequestTimeout(Duration.ofSeconds(5)).withMaxRetries(0).totalTimeout());
    }
}
