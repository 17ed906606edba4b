package tech.jobbot.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;

class H2CommunicationsTest extends CommunicationsContract {
    @Override
    protected HikariDataSource newDataSource() {
        return TestDatabases.h2();
    }
}
