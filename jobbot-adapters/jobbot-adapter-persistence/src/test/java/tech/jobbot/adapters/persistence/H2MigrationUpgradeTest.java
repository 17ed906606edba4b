package tech.jobbot.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;

class H2MigrationUpgradeTest extends MigrationUpgradeContract {
    @Override
    protected HikariDataSource newDataSource() {
        return TestDatabases.h2();
    }
}
