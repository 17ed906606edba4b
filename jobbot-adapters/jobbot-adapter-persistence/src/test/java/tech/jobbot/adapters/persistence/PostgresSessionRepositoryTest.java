package tech.jobbot.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class PostgresSessionRepositoryTest extends SessionRepositoryContract {
    @Override
    protected HikariDataSource newDataSource() {
        return TestDatabases.postgres();
    }
}
