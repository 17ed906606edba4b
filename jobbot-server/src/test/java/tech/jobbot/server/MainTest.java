package tech.jobbot.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.server.config.ServerSettings;

/** The standalone server on the embedded defaults: H2 file database, key file and outbox in the data directory. */
class MainTest {
    @TempDir
    Path dataDir;

    @Test
    void starts_on_the_embedded_defaults_and_keeps_state_in_the_data_directory() throws Exception {
        ServerSettings settings = ServerSettings.load(new String[] {"--port", "0", "--data-dir", dataDir.toString()},
                Map.of());
        HttpClient http = HttpClient.newHttpClient();
        try (Main.Running running = Main.start(settings)) {
            int port = running.server().port();
            HttpResponse<String> health = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/observe/health")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, health.statusCode(), health.body());
            assertTrue(health.body().contains("\"status\":\"UP\""), health.body());
            HttpResponse<String> metrics = http.send(HttpRequest.newBuilder(
                    URI.create("http://127.0.0.1:" + port + "/observe/metrics")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, metrics.statusCode());
            HttpResponse<String> code = http.send(HttpRequest.newBuilder(
                            URI.create("http://127.0.0.1:" + port + "/api/v1/auth/codes"))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"email\":\"first@example.com\"}")).build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(202, code.statusCode(), code.body());
        }
        assertTrue(Files.exists(dataDir.resolve("db").resolve("jobbot.mv.db")), "H2 file database");
        Path keys = dataDir.resolve("keys").resolve("jobbot.keys");
        assertEquals("rw-------", PosixFilePermissions.toString(Files.getPosixFilePermissions(keys)));
        try (var mails = Files.list(dataDir.resolve("outbox"))) {
            assertEquals(1, mails.filter(f -> f.toString().endsWith(".eml")).count(),
                    "the code mail was delivered to the outbox before shutdown");
        }
    }

    @Test
    void half_given_secrets_are_refused() {
        ServerSettings settings = ServerSettings.load(new String[] {"--port", "0", "--data-dir", dataDir.toString()},
                Map.of("JOBBOT_SECRETS_MASTER_KEY", "AAAA"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Main.start(settings));
        assertTrue(e.getMessage().contains("secrets.digest-key"), e.getMessage());
    }
}
