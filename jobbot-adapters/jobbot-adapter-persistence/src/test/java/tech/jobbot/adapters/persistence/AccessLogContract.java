package tech.jobbot.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;

import tech.jobbot.domain.audit.AccessRecord;

/** The access log's batches, as the writer thread appends them. */
abstract class AccessLogContract extends PersistenceContract {
    private AccessRecord record(Optional<String> subject, Optional<String> ip) {
        return new AccessRecord(clock.instant(), "GET", "/api/v1/me", 200, 1_200, subject, ip, "Firefox", "Linux",
                "desktop");
    }

    @Test
    void a_batch_mixing_signed_in_and_anonymous_requests_is_written_whole_in_either_order() throws SQLException {
        AccessRecord signedIn = record(Optional.of("p-ada"), Optional.of("203.0.113.0"));
        AccessRecord anonymous = record(Optional.empty(), Optional.empty());

        persistence.accessLog().append(List.of(signedIn, anonymous, signedIn));
        persistence.accessLog().append(List.of(anonymous, signedIn, anonymous));

        assertEquals(6, rows(), "every record of both batches");
        assertEquals(3, persistence.accessLog().of("p-ada", 10).size());
        assertEquals(Optional.of("203.0.113.0"), persistence.accessLog().of("p-ada", 10).getFirst().truncatedIp());
    }

    private long rows() throws SQLException {
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery("SELECT COUNT(*) FROM access_log")) {
            rs.next();
            return rs.getLong(1);
        }
    }
}
