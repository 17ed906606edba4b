package tech.jobbot.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Tag;

@Tag("postgres")
class PostgresMigrationUpgradeTest extends MigrationUpgradeContract {
    @Override
    protected HikariDataSource newDataSource() {
        return TestDatabases.postgres();
    }
}
