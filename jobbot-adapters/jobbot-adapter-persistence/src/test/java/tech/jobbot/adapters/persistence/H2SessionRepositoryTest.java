package tech.jobbot.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;

class H2SessionRepositoryTest extends SessionRepositoryContract {
    @Override
    protected HikariDataSource newDataSource() {
        return TestDatabases.h2();
    }
}
