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
        return new HikariDataSource(config);
    }

    /**
     * Brings the schema up to date; safe to run on every start and from several nodes at once. The
     * migrations and their history table have Jobbot's own names, so a host application that
     * embeds Jobbot and uses Flyway itself keeps its history apart.
     */
    public static void migrate(DataSource dataSource) {
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:tech/jobbot/adapters/persistence/migration")
                .table("jobbot_schema_history")
                .load()
                .migrate();
    }
}
