package tech.jobbot.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;

class H2RateLimitLedgerTest extends RateLimitLedgerContract {
    @Override
    protected HikariDataSource newDataSource() {
        return TestDatabases.h2();
    }
}
