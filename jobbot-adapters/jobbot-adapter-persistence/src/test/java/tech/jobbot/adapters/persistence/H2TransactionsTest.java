package tech.jobbot.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;

class H2TransactionsTest extends TransactionsContract {
    @Override
    protected HikariDataSource newDataSource() {
        return TestDatabases.h2();
    }
}
