package tech.jobbot.adapters.persistence;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import com.zaxxer.hikari.HikariDataSource;

/**
 * Fresh, isolated databases for tests: a private in-memory H2 database, or a new schema in the
 * PostgreSQL database named by {@code JOBBOT_TEST_POSTGRES_URL} (set by .ci/run). A PostgreSQL
 * test without that variable fails; it never skips.
 */
public final class TestDatabases {
    public static final String POSTGRES_URL_VARIABLE = "JOBBOT_TEST_POSTGRES_URL";

    private TestDatabases() {
    }

    public static HikariDataSource h2() {
        return Database.pool(DatabaseSettings.inMemory("test-" + UUID.randomUUID()));
    }

    public static HikariDataSource postgres() {
        String url = System.getenv(POSTGRES_URL_VARIABLE);
        if (url == null || url.isBlank()) {
            throw new IllegalStateException(POSTGRES_URL_VARIABLE + " is not set: PostgreSQL tests need a database"
                    + " (e.g. jdbc:postgresql://127.0.0.1:5432/jobbot_test?user=postgres)");
        }
        String schema = "t_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection c = DriverManager.getConnection(url); Statement s = c.createStatement()) {
            s.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL at " + POSTGRES_URL_VARIABLE + " does not answer", e);
        }
        String withSchema = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        return Database.pool(new DatabaseSettings(withSchema, null, null, 4));
    }
}
