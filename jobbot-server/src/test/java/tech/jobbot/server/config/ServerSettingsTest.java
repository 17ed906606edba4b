package tech.jobbot.server.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ServerSettingsTest {
    @TempDir
    Path dir;

    @Test
    void flags_beat_environment_which_beats_yaml() throws Exception {
        Path yaml = dir.resolve("jobbot.yaml");
        Files.writeString(yaml, """
                jobbot:
                  port: 7000
                  data-dir: /from/yaml
                  database:
                    url: jdbc:postgresql://db/jobbot
                  session:
                    idle-timeout: 2h
                """);
        ServerSettings s = ServerSettings.load(new String[] {"--config", yaml.toString(), "--port", "9000"},
                Map.of("JOBBOT_PORT", "8000", "JOBBOT_DATA_DIR", "/from/env"));
        assertEquals(9000, s.integer("port", 8080, 0, 65535));
        assertEquals("/from/env", s.string("data-dir", "jobbot-data"));
        assertEquals(Optional.of("jdbc:postgresql://db/jobbot"), s.get("database.url"));
        assertEquals(Duration.ofHours(2), s.duration("session.idle-timeout", Duration.ofHours(24)));
        assertEquals(Duration.ofDays(30), s.duration("session.absolute-lifetime", Duration.ofDays(30)));
    }

    @Test
    void environment_names_follow_the_keys() {
        ServerSettings s = ServerSettings.load(new String[0], Map.of("JOBBOT_SMTP_HOST", "mail.example.com",
                "JOBBOT_HTTP_TRUSTED_PROXIES", "10.0.0.1, 10.0.0.2", "JOBBOT_SESSION_ABSOLUTE_LIFETIME", "P7D"));
        assertEquals(Optional.of("mail.example.com"), s.get("smtp.host"));
        assertEquals(List.of("10.0.0.1", "10.0.0.2"), s.list("http.trusted-proxies"));
        assertEquals(Duration.ofDays(7), s.duration("session.absolute-lifetime", Duration.ZERO));
    }

    @Test
    void flags_take_both_spellings_and_bad_values_are_explained() {
        ServerSettings s = ServerSettings.load(new String[] {"--port=8181", "--data-dir", "x"}, Map.of());
        assertEquals(8181, s.integer("port", 8080, 0, 65535));
        IllegalArgumentException notNumber = assertThrows(IllegalArgumentException.class,
                () -> ServerSettings.load(new String[] {"--port", "eighty"}, Map.of()).integer("port", 8080, 0, 65535));
        assertTrue(notNumber.getMessage().contains("port must be a whole number"), notNumber.getMessage());
        assertThrows(IllegalArgumentException.class,
                () -> ServerSettings.load(new String[] {"--port", "70000"}, Map.of()).integer("port", 8080, 0, 65535));
        assertThrows(IllegalArgumentException.class, () -> ServerSettings.load(new String[] {"--port"}, Map.of()));
        assertThrows(IllegalArgumentException.class, () -> ServerSettings.load(new String[] {"8080"}, Map.of()));
        assertThrows(IllegalArgumentException.class,
                () -> ServerSettings.load(new String[] {"--config", dir.resolve("missing.yaml").toString()}, Map.of()));
        IllegalArgumentException badDuration = assertThrows(IllegalArgumentException.class,
                () -> ServerSettings.parseDuration("session.idle-timeout", "soon"));
        assertTrue(badDuration.getMessage().contains("90s"));
    }

    @Test
    void short_and_iso_durations_are_read() {
        assertEquals(Duration.ofSeconds(90), ServerSettings.parseDuration("k", "90s"));
        assertEquals(Duration.ofMinutes(10), ServerSettings.parseDuration("k", "10m"));
        assertEquals(Duration.ofDays(30), ServerSettings.parseDuration("k", "30d"));
        assertEquals(Duration.ofMillis(250), ServerSettings.parseDuration("k", "250ms"));
        assertEquals(Duration.ofHours(24), ServerSettings.parseDuration("k", "PT24H"));
    }
}
