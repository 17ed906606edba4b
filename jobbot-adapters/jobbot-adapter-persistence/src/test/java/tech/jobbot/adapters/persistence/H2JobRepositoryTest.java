package tech.jobbot.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;

class H2JobRepositoryTest extends JobRepositoryContract {
    @Override
    protected HikariDataSource newDataSource() {
        return TestDatabases.h2();
    }
}
