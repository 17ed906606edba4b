package tech.jobbot.adapters.persistence;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import tech.jobbot.ports.out.crypto.MasterKeys;

/**
 * Base of every persistence contract test: a fresh migrated database per test, from the
 * subclass's choice of engine.
 */
abstract class PersistenceContract {
    protected HikariDataSource dataSource;
    protected JdbiPersistence persistence;
    protected TestClock clock;

    /** A new empty database of the engine under test. */
    protected abstract HikariDataSource newDataSource();

    @BeforeEach
    void openDatabase() {
        dataSource = newDataSource();
        clock = TestClock.atDefaultStart();
        persistence = new JdbiPersistence(dataSource, randomKeys(), clock);
    }

    @AfterEach
    void closeDatabase() {
        dataSource.close();
    }

    static MasterKeys randomKeys() {
        SecureRandom random = new SecureRandom();
        byte[] master = new byte[32];
        byte[] digest = new byte[32];
        random.nextBytes(master);
        random.nextBytes(digest);
        return new MasterKeys(master, digest);
    }

    /** Every table and column in which the UTF-8 bytes of {@code needle} appear, as table.column. */
    protected List<String> columnsContaining(String needle) throws SQLException {
        byte[] pattern = needle.getBytes(StandardCharsets.UTF_8);
        List<String> hits = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            int type = rs.getMetaData().getColumnType(i);
                            boolean binary = type == Types.BINARY || type == Types.VARBINARY
                                    || type == Types.LONGVARBINARY || type == Types.BLOB;
                            byte[] value = binary ? rs.getBytes(i) : null;
                            String text = binary ? null : rs.getString(i);
                            if (contains(value, pattern) || text != null && text.contains(needle)) {
                                hits.add(table + "." + rs.getMetaData().getColumnName(i));
                            }
                        }
                    }
                }
            }
        }
        return hits;
    }

    private static boolean contains(byte[] haystack, byte[] needle) {
        if (haystack == null) {
            return false;
        }
        outer:
        for (int i = 0; i + needle.length <= haystack.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (haystack[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return true;
        }
        return false;
    }
}
