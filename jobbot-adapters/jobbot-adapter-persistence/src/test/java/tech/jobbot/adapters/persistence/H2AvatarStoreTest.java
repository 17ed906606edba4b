package tech.jobbot.adapters.persistence;

import com.zaxxer.hikari.HikariDataSource;

class H2AvatarStoreTest extends AvatarStoreContract {
    @Override
    protected HikariDataSource newDataSource() {
        return TestDatabases.h2();
    }
}
