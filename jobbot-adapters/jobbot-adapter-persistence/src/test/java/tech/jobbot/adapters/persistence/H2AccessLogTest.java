package tech.jobbot.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;

class H2AccessLogTest extends AccessLogContract {
    @Override
    protected HikariDataSource newDataSource() {
        return TestDatabases.h2();
    }
}
