package tech.jobbot.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;

class H2RetentionStoreTest extends RetentionStoreContract {
    @Override
    protected HikariDataSource newDataSource() {
        return TestDatabases.h2();
    }
}
