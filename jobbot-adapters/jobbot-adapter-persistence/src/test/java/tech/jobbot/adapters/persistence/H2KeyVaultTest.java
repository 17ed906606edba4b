package tech.jobbot.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;

class H2KeyVaultTest extends KeyVaultContract {
    @Override
    protected HikariDataSource newDataSource() {
        return TestDatabases.h2();
    }
}
