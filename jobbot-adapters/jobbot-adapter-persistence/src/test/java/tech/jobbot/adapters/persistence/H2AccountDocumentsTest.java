package tech.jobbot.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;

class H2AccountDocumentsTest extends AccountDocumentsContract {
    @Override
    protected HikariDataSource newDataSource() {
        return TestDatabases.h2();
    }
}
