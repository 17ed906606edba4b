package tech.jobbot.adapters.persistence;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;

/** Connection pool and schema migrations. */
public final class Database {
    private Database() {
    }

    /** A HikariCP pool for the settings; close it when done. */
    public static HikariDataSource pool(DatabaseSettings settings) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl(settings.url());
        config.setUsername(settings.username());
        config.setPassword(settings.password());
        config.setMaximumPoolSize(settings.maxPoolSize());
        config.setPoolName("jobbot");
        config.setAutoCommit(true);
        config.setTransactionIsolation("TRANSACTION_READ_COMMITTED");
        // When the database is away, a request fails fast (503, try again) instead of waiting half a
        // minute for a connection; the pool reconnects by itself when the database is back.
        config.setConnectionTimeout(3_000);
        config.setValidationTimeout(2_000);
        if (settings.url().startsWith("jdbc:postgresql:")) {
            config.addDataSourceProperty("connectTimeout", "3");
            config.addDataSourceProperty("socketTimeout", "60");
        }
        return new HikariDataSource(config);
    }

    /**
     * Whether every connection of {@code dataSource} starts a transaction at READ COMMITTED: true
     * for a HikariCP pool configured so (as {@link #pool} is), which restores the level on every
     * connection it hands out; for any other data source Jobbot sets the level itself.
     */
    static boolean startsReadCommitted(javax.sql.DataSource dataSource) {
        return dataSource instanceof HikariDataSource pool
                && "TRANSACTION_READ_COMMITTED".equals(pool.getTransactionIsolation());
    }

    /**
     * Brings the schema up to date; safe to run on every start and from several nodes at once. The
     * migrations and their history table have Jobbot's own names, so a host application that
     * embeds Jobbot and uses Flyway itself keeps its history apart.
     */
    public static void migrate(DataSource dataSource) {
        requireCompatibleH2(dataSource);
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:tech/jobbot/adapters/persistence/migration")
                .table("jobbot_schema_history")
                .load()
                .migrate();
    }

    /** The H2 settings Jobbot's SQL is written for (PostgreSQL's dialect, lower-case names). */
    public static final String H2_SETTINGS = "MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";

    /**
     * A host's own H2 database must speak PostgreSQL's dialect with lower-case names: said at once,
     * rather than as an obscure failure in the middle of a migration.
     */
    static void requireCompatibleH2(DataSource dataSource) {
        try (java.sql.Connection c = dataSource.getConnection()) {
            if (!"H2".equals(c.getMetaData().getDatabaseProductName())) {
                return;
            }
            java.util.Map<String, String> settings = new java.util.HashMap<>();
            try (var s = c.createStatement(); var rs = s.executeQuery(
                    "SELECT SETTING_NAME, SETTING_VALUE FROM INFORMATION_SCHEMA.SETTINGS "
                            + "WHERE SETTING_NAME IN ('MODE', 'DATABASE_TO_LOWER')")) {
                while (rs.next()) {
                    settings.put(rs.getString(1), rs.getString(2));
                }
            }
            if (!"PostgreSQL".equalsIgnoreCase(settings.get("MODE"))
                    || !"TRUE".equalsIgnoreCase(settings.get("DATABASE_TO_LOWER"))) {
                throw new IllegalArgumentException("an H2 database for Jobbot needs these settings in its URL: "
                        + H2_SETTINGS + " (found MODE=" + settings.get("MODE") + ", DATABASE_TO_LOWER="
                        + settings.get("DATABASE_TO_LOWER") + ")");
            }
        } catch (java.sql.SQLException e) {
            throw new IllegalStateException("the database does not answer: " + e.getMessage(), e);
        }
    }
}
