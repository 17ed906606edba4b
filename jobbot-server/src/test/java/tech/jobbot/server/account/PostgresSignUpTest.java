package tech.jobbot.server.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.SignedIn;

/** The whole sign-up over HTTP with PostgreSQL behind the server, as operators run it. */
@Tag("postgres")
class PostgresSignUpTest {
    @TempDir
    Path dataDir;

    @Test
    void sign_up_and_profile_work_on_postgresql() throws Exception {
        String url = System.getenv("JOBBOT_TEST_POSTGRES_URL");
        if (url == null) {
            throw new IllegalStateException("JOBBOT_TEST_POSTGRES_URL is not set");
        }
        String schema = "e2e_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        }
        try (TestServer server = TestServer.startOn(dataDir, url + "&currentSchema=" + schema)) {
            SignedIn in = server.signIn("pg.user@example.com");
            assertEquals("pg.user@example.com",
                    server.get("/api/v1/me", "Authorization", in.bearer()).json().get("email").asText());
            assertEquals(200, server.request("PATCH", "/api/v1/me", "{\"language\":\"zh-CN\"}", "Authorization",
                    in.bearer()).status());
            assertEquals("zh-CN", server.get("/api/v1/me", "Authorization", in.bearer()).json().get("language").asText());
        }
    }
}
