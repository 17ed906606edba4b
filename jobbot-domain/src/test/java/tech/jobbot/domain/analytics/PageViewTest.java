package tech.jobbot.domain.analytics;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PageViewTest {
    @Test
    void a_page_keeps_its_shape_but_never_an_id_a_query_or_a_fragment() {
        assertEquals("/interviews/:id", PageView.pagePattern("/interviews/0b7e6f2a-1c3d-4e5f-8a9b-0c1d2e3f4a5b?tab=2"));
        assertEquals("/jobs/:id/edit", PageView.pagePattern("/jobs/42/edit#top"));
        assertEquals("/shared/:id", PageView.pagePattern("/shared/AbCdEfGhIjKlMnOpQrStUvWxYz0123456789_-abcd"));
        assertEquals("/settings/privacy", PageView.pagePattern("/Settings/Privacy/"));
        assertEquals("/", PageView.pagePattern("/"));
    }

    @Test
    void anything_but_a_path_on_this_site_is_refused() {
        for (String bad : new String[] {"https://evil.example/x", "//evil.example/x", "interviews", "/a b",
                "/<script>", "/a/b/c/d/e/f/g/h/i", "/mail@example.com"}) {
            assertThrows(IllegalArgumentException.class, () -> PageView.pagePattern(bad), bad);
        }
    }

    @Test
    void a_view_holds_only_a_pattern_and_a_plausible_dwell_time() {
        assertThrows(IllegalArgumentException.class, () -> new PageView(UUID.randomUUID(), Optional.empty(),
                "/jobs/42", Duration.ofSeconds(1), Instant.EPOCH));
        assertThrows(IllegalArgumentException.class, () -> new PageView(UUID.randomUUID(), Optional.empty(),
                "/jobs", Duration.ofHours(5), Instant.EPOCH));
        assertThrows(IllegalArgumentException.class, () -> new PageView(UUID.randomUUID(), Optional.empty(),
                "/jobs", Duration.ofSeconds(-1), Instant.EPOCH));
    }
}
