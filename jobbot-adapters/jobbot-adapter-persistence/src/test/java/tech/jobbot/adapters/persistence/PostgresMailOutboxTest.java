package tech.jobbot.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class PostgresMailOutboxTest extends MailOutboxContract {
    @Override
    protected HikariDataSource newDataSource() {
        return TestDatabases.postgres();
    }
}
