package tech.jobbot.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.SQLException;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

@Tag("postgres")
class PostgresConsentLedgerTest extends ConsentLedgerContract {
    @Override
    protected HikariDataSource newDataSource() {
        return TestDatabases.postgres();
    }

    @Test
    void the_database_refuses_to_truncate_the_ledger() {
        SQLException refused = assertThrows(SQLException.class, () -> execute("TRUNCATE consent_ledger"));
        assertEquals("23001", refused.getSQLState(), refused.getMessage());
    }
}
