package tech.jobbot.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;

class H2InterviewRepositoryTest extends InterviewRepositoryContract {
    @Override
    protected HikariDataSource newDataSource() {
        return TestDatabases.h2();
    }
}
