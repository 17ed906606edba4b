package tech.jobbot.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A host's own H2 database without the PostgreSQL dialect is refused at once, saying what to add. */
class H2SettingsCheckTest {
    @TempDir
    Path dir;

    @Test
    void a_plain_h2_database_is_refused_with_the_settings_it_needs_and_the_right_one_migrates() {
        JdbcDataSource plain = new JdbcDataSource();
        plain.setURL("jdbc:h2:file:" + dir.resolve("plain").toAbsolutePath());
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Database.migrate(plain));
        assertTrue(e.getMessage().contains(Database.H2_SETTINGS), e.getMessage());

        JdbcDataSource right = new JdbcDataSource();
        right.setURL("jdbc:h2:file:" + dir.resolve("right").toAbsolutePath() + ";" + Database.H2_SETTINGS);
        Database.migrate(right);
    }
}
