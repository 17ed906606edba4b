package tech.jobbot.sdk.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.audit.AuditVerification;
import tech.jobbot.domain.consent.ConsentMethod;
import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.ports.in.consent.ConsentContext;
import tech.jobbot.sdk.JobbotHarness;

/** The tamper-evident audit log on a real database: any edited, removed or reordered entry is found. */
abstract class AuditLogContract {
    private static final ConsentContext SETTINGS = new ConsentContext(ConsentMethod.SETTINGS, Optional.empty(),
            Optional.empty());

    @TempDir
    Path dataDir;
    JobbotHarness h;
    AccountId ada;

    protected abstract JobbotHarness harness(Path dataDir);

    @BeforeEach
    void journey() {
        h = harness(dataDir);
        ada = h.signInFully(JobbotHarness.email("ada.audit@example.com")).account();
        h.jobbot.changeConsents(ada, Map.of(PurposeKey.MARKETING_EMAIL, true), SETTINGS);
        h.jobbot.changeConsents(ada, Map.of(PurposeKey.MARKETING_EMAIL, false), SETTINGS);
        h.jobbot.recordStaffAccess(ada, "support agent", "read the profile");
        h.jobbot.purge();
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private void execute(String sql) throws SQLException {
        try (Connection c = h.dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    @Test
    void an_untouched_log_verifies_and_names_people_only_by_pseudonym() throws SQLException {
        AuditVerification check = h.jobbot.verifyAuditLog();
        assertTrue(check.intact(), check.finding());
        assertTrue(check.entriesChecked() >= 5, "sign-in, two consent changes, a staff access, a purge");
        try (Connection c = h.dataSource.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM audit_log WHERE subject = '"
                        + h.jobbot.auditPseudonym(ada) + "'")) {
            rs.next();
            assertEquals(4, rs.getInt(1), "her events under her pseudonym");
        }
        try (Connection c = h.dataSource.getConnection(); Statement s = c.createStatement();
                var rs = s.executeQuery("SELECT COUNT(*) FROM audit_log WHERE detail LIKE '%ada.audit%'"
                        + " OR subject LIKE '%" + ada.value() + "%' OR detail LIKE '%" + ada.value() + "%'")) {
            rs.next();
            assertEquals(0, rs.getInt(1), "no address, no account id");
        }
    }

    @Test
    void an_edited_entry_is_found_where_it_is() throws SQLException {
        execute("UPDATE audit_log SET detail = 'nothing happened' WHERE sequence = 3");
        AuditVerification check = h.jobbot.verifyAuditLog();
        assertEquals(Optional.of(3L), check.firstBrokenSequence());
        assertTrue(check.finding().contains("edited"), check.finding());
    }

    @Test
    void a_removed_entry_is_found() throws SQLException {
        execute("DELETE FROM audit_log WHERE sequence = 2");
        AuditVerification check = h.jobbot.verifyAuditLog();
        assertEquals(Optional.of(2L), check.firstBrokenSequence());
        assertTrue(check.finding().contains("missing"), check.finding());
    }

    @Test
    void reordered_entries_are_found() throws SQLException {
        execute("UPDATE audit_log SET sequence = -1 WHERE sequence = 2");
        execute("UPDATE audit_log SET sequence = 2 WHERE sequence = 3");
        execute("UPDATE audit_log SET sequence = 3 WHERE sequence = -1");
        AuditVerification check = h.jobbot.verifyAuditLog();
        assertEquals(Optional.of(2L), check.firstBrokenSequence());
        assertTrue(check.finding().contains("removed or reordered"), check.finding());
    }

    @Test
    void entries_cut_off_the_end_are_found() throws SQLException {
        long last = h.jobbot.verifyAuditLog().entriesChecked();
        execute("DELETE FROM audit_log WHERE sequence = " + last);
        AuditVerification check = h.jobbot.verifyAuditLog();
        assertFalse(check.intact());
        assertTrue(check.finding().contains("removed from the end"), check.finding());
    }

    @Test
    void rewinding_the_head_over_entries_cut_off_the_end_is_found() throws SQLException {
        long last = h.jobbot.verifyAuditLog().entriesChecked();
        execute("DELETE FROM audit_log WHERE sequence = " + last);
        execute("UPDATE audit_head SET last_sequence = " + (last - 1) + ", last_mac = (SELECT mac FROM audit_log"
                + " WHERE sequence = " + (last - 1) + ")");
        AuditVerification check = h.jobbot.verifyAuditLog();
        assertFalse(check.intact());
        assertTrue(check.finding().contains("head"), check.finding());
    }

    @Test
    void erasing_a_person_never_breaks_the_chain() {
        h.jobbot.cancelAccount(ada);
        h.clock.advance(Duration.ofDays(15));
        h.jobbot.purge();
        assertTrue(h.jobbot.profile(ada).isEmpty());
        AuditVerification check = h.jobbot.verifyAuditLog();
        assertTrue(check.intact(), check.finding());
    }
}
