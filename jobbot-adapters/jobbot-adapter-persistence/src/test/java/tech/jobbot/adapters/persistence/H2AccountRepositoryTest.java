package tech.jobbot.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;

class H2AccountRepositoryTest extends AccountRepositoryContract {
    @Override
    protected HikariDataSource newDataSource() {
        return TestDatabases.h2();
    }
}
