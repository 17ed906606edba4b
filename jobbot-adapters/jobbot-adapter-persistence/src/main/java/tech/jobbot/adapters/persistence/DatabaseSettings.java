package tech.jobbot.adapters.persistence;

import java.nio.file.Path;
import java.util.Objects;

/**
 * Where the database is and how many connections to keep. {@link #embedded(Path)} is the
 * default: a file-backed H2 database in PostgreSQL mode inside the data directory.
 */
public record DatabaseSettings(String url, String username, String password, int maxPoolSize) {
    public DatabaseSettings {
        Objects.requireNonNull(url, "url");
        if (!url.startsWith("jdbc:h2:") && !url.startsWith("jdbc:postgresql:")) {
            throw new IllegalArgumentException("database url must be jdbc:h2:... or jdbc:postgresql:...");
        }
        username = username == null ? "" : username;
        password = password == null ? "" : password;
        if (maxPoolSize < 1) {
            throw new IllegalArgumentException("maxPoolSize must be at least 1");
        }
    }

    public static DatabaseSettings embedded(Path dataDirectory) {
        Path file = dataDirectory.toAbsolutePath().resolve("db").resolve("jobbot");
        // WRITE_DELAY=0: a commit is on disk before it is acknowledged. H2's default (half a second of
        // delay) loses the last acknowledged writes when the process is killed (CrashSafetyTest).
        return new DatabaseSettings(h2Url("file:" + file) + ";WRITE_DELAY=0", "sa", "", 10);
    }

    /** A private in-memory H2 database, kept while the JVM runs; for tests and demos. */
    public static DatabaseSettings inMemory(String name) {
        return new DatabaseSettings(h2Url("mem:" + name) + ";DB_CLOSE_DELAY=-1", "sa", "", 10);
    }

    private static String h2Url(String location) {
        return "jdbc:h2:" + location + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH";
    }

    @Override
    public String toString() {
        return "DatabaseSettings[url=" + url + ", username=" + username + ", password=redacted, maxPoolSize="
                + maxPoolSize + "]";
    }
}
