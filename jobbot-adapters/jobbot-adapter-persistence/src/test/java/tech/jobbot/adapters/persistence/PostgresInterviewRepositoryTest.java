package tech.jobbot.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class PostgresInterviewRepositoryTest extends InterviewRepositoryContract {
    @Override
    protected HikariDataSource newDataSource() {
        return TestDatabases.postgres();
    }
}
