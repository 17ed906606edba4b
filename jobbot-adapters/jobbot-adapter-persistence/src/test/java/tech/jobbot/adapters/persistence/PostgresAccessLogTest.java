package tech.jobbot.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class PostgresAccessLogTest extends AccessLogContract {
    @Override
    protected HikariDataSource newDataSource() {
        return TestDatabases.postgres();
    }
}
