package tech.jobbot.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Set;

import org.junit.jupiter.api.Test;

class FetchSettingsTest {

    @Test
    void the_defaults_are_five_seconds_two_megabytes_three_redirects_and_no_allowlist() {
        FetchSettings defaults = FetchSettings.defaults();

        assertEquals(Duration.ofSeconds(5), defaults.timeout());
        assertEquals(2 * 1024 * 1024, defaults.maxBytes());
        assertEquals(3, defaults.maxRedirects());
        assertEquals(Set.of(), defaults.allowedHosts());
    }

    @Test
    void allowed_hosts_are_kept_in_the_form_links_are_compared_in() {
        FetchSettings settings = FetchSettings.defaults()
                .withAllowedHosts("Jobs.Intranet.Example.", "[::1]", "127.0.0.1", "::FFFF:10.0.0.1");

        assertEquals(Set.of("jobs.intranet.example", "0:0:0:0:0:0:0:1", "127.0.0.1", "10.0.0.1"), settings.allowedHosts());
        assertTrue(settings.allows(FetchSettings.normaliseHost("JOBS.intranet.example")));
    }

    @Test
    void settings_outside_their_bounds_are_rejected() {
        FetchSettings defaults = FetchSettings.defaults();

        assertThrows(IllegalArgumentException.class, () -> defaults.withTimeout(Duration.ZERO));
        assertThrows(IllegalArgumentException.class, () -> defaults.withTimeout(Duration.ofHours(1)));
        assertThrows(IllegalArgumentException.class, () -> defaults.withMaxBytes(0));
        assertThrows(IllegalArgumentException.class, () -> new FetchSettings(Duration.ofSeconds(5), 1024, -1, Set.of(), "UA"));
        assertThrows(IllegalArgumentException.class, () -> new FetchSettings(Duration.ofSeconds(5), 1024, 11, Set.of(), "UA"));
        assertThrows(IllegalArgumentException.class, () -> new FetchSettings(Duration.ofSeconds(5), 1024, 3, Set.of(), "UA\r\nX-Evil: 1"));
        assertThrows(IllegalArgumentException.class, () -> defaults.withAllowedHosts("http://example.com/"));
        assertThrows(IllegalArgumentException.class, () -> defaults.withAllowedHosts(" "));
        assertThrows(IllegalArgumentException.class, () -> defaults.withAllowedHosts("::zz"));
    }
}
