package tech.jobbot.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;

class H2MailOutboxTest extends MailOutboxContract {
    @Override
    protected HikariDataSource newDataSource() {
        return TestDatabases.h2();
    }
}
