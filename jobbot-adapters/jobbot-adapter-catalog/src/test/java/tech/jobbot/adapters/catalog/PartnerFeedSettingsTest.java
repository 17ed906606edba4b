package tech.jobbot.adapters.catalog;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.util.Optional;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PartnerFeedSettingsTest {
    private static final URI FEED = URI.create("https://partner.example.com/catalog.json");

    @Test
    void the_defaults_are_5_seconds_1_hour_10000_items_and_5_mib() {
        PartnerFeedSettings settings = PartnerFeedSettings.of(FEED);

        assertEquals(Duration.ofSeconds(5), settings.requestTimeout());
        assertEquals(Duration.ofHours(1), settings.ttl());
        assertEquals(10_000, settings.maxItems());
        assertEquals(5 * 1024 * 1024, settings.maxBytes());
        assertEquals(Optional.empty(), settings.apiKey());
        assertEquals(Set.of(), settings.insecureHostsForTests());
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://partner.example.com/catalog.json", "ftp://partner.example.com/catalog.json",
            "/catalog.json", "http://127.0.0.1:8080/catalog.json"})
    void a_feed_url_must_be_https(String url) {
        assertThrows(IllegalArgumentException.class, () -> PartnerFeedSettings.of(URI.create(url)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"https://partner.example.com/catalog.json?key=secret",
            "https://user:pw@partner.example.com/catalog.json", "https://partner.example.com/catalog.json#top"})
    void a_feed_url_carries_no_query_credentials_or_fragment(String url) {
        assertThrows(IllegalArgumentException.class, () -> PartnerFeedSettings.of(URI.create(url)));
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1:8080/catalog.json", "http://localhost:8080/catalog.json",
            "http://[::1]:8080/catalog.json"})
    void plain_http_is_allowed_only_to_an_allowlisted_loopback_host(String url) {
        PartnerFeedSettings settings = new PartnerFeedSettings(URI.create(url), null, null, 10, 1_000, Optional.empty(),
                Set.of("127.0.0.1", "localhost", "[::1]"));

        assertEquals(URI.create(url), settings.feedUrl());
    }

    @ParameterizedTest
    @ValueSource(strings = {"partner.example.com", "10.0.0.7", "128.0.0.1", "127.0.0.256"})
    void the_insecure_allowlist_names_loopback_hosts_only(String host) {
        assertThrows(IllegalArgumentException.class, () -> new PartnerFeedSettings(URI.create("http://" + host + "/feed"),
                null, null, 10, 1_000, Optional.empty(), Set.of(host)));
    }

    @Test
    void limits_and_durations_are_checked() {
        PartnerFeedSettings settings = PartnerFeedSettings.of(FEED);

        assertThrows(IllegalArgumentException.class, () -> settings.withRequestTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> settings.withRequestTimeout(Duration.ofMinutes(3)));
        assertThrows(IllegalArgumentException.class, () -> settings.withTtl(Duration.ofMillis(500)));
        assertThrows(IllegalArgumentException.class, () -> settings.withLimits(0, 1_000));
        assertThrows(IllegalArgumentException.class, () -> settings.withLimits(10, 0));
        assertThrows(IllegalArgumentException.class, () -> settings.withApiKey("two words"));
        assertThrows(IllegalArgumentException.class, () -> settings.withApiKey("key\r\nX-Injected: 1"));
    }

    @Test
    void the_api_key_never_appears_in_to_string() {
        PartnerFeedSettings settings = PartnerFeedSettings.of(FEED).withApiKey("sk-partner-secret");

        assertFalse(settings.toString().contains("sk-partner-secret"), settings.toString());
        assertTrue(settings.toString().contains("apiKey=[redacted]"), settings.toString());
    }
}
