package tech.jobbot.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;

class H2CodeChallengeRepositoryTest extends CodeChallengeRepositoryContract {
    @Override
    protected HikariDataSource newDataSource() {
        return TestDatabases.h2();
    }
}
