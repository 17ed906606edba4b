package tech.jobbot.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;

class H2ConsentLedgerTest extends ConsentLedgerContract {
    @Override
    protected HikariDataSource newDataSource() {
        return TestDatabases.h2();
    }
}
