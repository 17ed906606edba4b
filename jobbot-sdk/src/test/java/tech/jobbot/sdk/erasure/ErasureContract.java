package tech.jobbot.sdk.erasure;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.Background;
import tech.jobbot.domain.account.DisplayName;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.account.Patch;
import tech.jobbot.domain.account.ProfileCorrection;
import tech.jobbot.domain.consent.ConsentMethod;
import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.domain.erasure.Cancellation;
import tech.jobbot.domain.erasure.ErasureRecord;
import tech.jobbot.domain.inbox.MessageKind;
import tech.jobbot.domain.interview.Interview;
import tech.jobbot.ports.in.account.AvatarUpload;
import tech.jobbot.ports.in.auth.SignInResult;
import tech.jobbot.ports.in.consent.ConsentContext;
import tech.jobbot.sdk.JobbotHarness;

/**
 * Cancellation and erasure (policy §7) on a real database: after the grace period no table holds
 * the person's email, name, answers, id or data key; the withdrawals are kept without any of them.
 */
abstract class ErasureContract {
    private static final EmailAddress ADA = JobbotHarness.email("ada.erased@example.com");
    private static final String NAME = "Ada Quintessence Lovelace";
    private static final ConsentContext SETTINGS = new ConsentContext(ConsentMethod.SETTINGS,
            Optional.of("203.0.113.7"), Optional.of(JobbotHarness.FIREFOX_ON_LINUX));

    @TempDir
    Path dataDir;
    JobbotHarness h;

    protected abstract JobbotHarness harness(Path dataDir);

    @BeforeEach
    void start() {
        h = harness(dataDir);
    }

    @AfterEach
    void stop() {
        h.close();
    }

    private AccountId fullJourney() throws IOException {
        SignInResult.SignedIn signedIn = h.signInFully(ADA);
        AccountId ada = signedIn.account();
        h.jobbot.correctProfile(ada, new ProfileCorrection(Patch.set(new DisplayName(NAME)), Patch.keep(),
                Patch.keep()));
        assertInstanceOf(AvatarUpload.Stored.class, h.jobbot.uploadAvatar(ada, JobbotHarness.png(10, 10,
                java.awt.Color.BLACK)));
        h.jobbot.replaceBackground(ada, new Background(Optional.of(4), List.of("Quintessential Analyst"), List.of(),
                List.of()));
        Interview interview = h.finishedInterview(ada, "Data Analyst");
        h.finishedInterview(ada, "Registered Nurse");
        h.jobbot.changeConsents(ada, Map.of(PurposeKey.MARKETING_EMAIL, true, PurposeKey.ANALYTICS_USAGE, true),
                SETTINGS);
        h.jobbot.changeConsents(ada, Map.of(PurposeKey.MARKETING_EMAIL, false), SETTINGS);
        h.jobbot.recordPageView(Optional.of(ada), "/jobs", Duration.ofSeconds(3), false, false);
        var share = h.jobbot.shareReport(ada, interview.id(), "Acme Recruiting", Duration.ofDays(7), SETTINGS);
        h.jobbot.openShare(share.token()).orElseThrow();
        h.jobbot.postMessage(ada, MessageKind.COMPLAINT_REPLY, "Your complaint", "We answered it.");
        h.deliverMail();
        return ada;
    }

    @Test
    void while_the_account_lives_no_personal_value_is_stored_in_plaintext_anywhere() throws Exception {
        fullJourney();
        for (String needle : List.of(ADA.value(), NAME, "Quintessential Analyst", "I planned the work",
                "Acme Recruiting", "We answered it.", "203.0.113.7", "Firefox on Linux", "Data Analyst")) {
            assertEquals(List.of(), columnsContaining(needle), "'" + needle + "' is stored in plaintext");
        }
    }

    @Test
    void after_the_grace_period_nothing_about_the_person_is_left_that_can_be_read() throws Exception {
        AccountId ada = fullJourney();
        SignInResult.SignedIn other = h.signInFully(JobbotHarness.email("bystander@example.com"));
        Cancellation cancellation = h.jobbot.cancelAccount(ada);
        assertEquals(cancellation, h.jobbot.cancelAccount(ada), "cancelling again changes nothing");
        assertTrue(h.jobbot.sessions(ada, new tech.jobbot.domain.auth.SessionId(java.util.UUID.randomUUID()))
                .isEmpty(), "every session ended at once");

        h.clock.advance(Duration.ofDays(14).minusSeconds(1));
        assertEquals(0, h.jobbot.eraseDueAccounts(10), "not before the grace period is over");
        h.clock.advance(Duration.ofSeconds(1));
        assertEquals(1, h.jobbot.eraseDueAccounts(10));
        assertEquals(0, h.jobbot.eraseDueAccounts(10), "erasing again finds nothing to do");
        // The one thing that outlives the account is the account.erased event, until it is dispatched to
        // the host (every second in production; here by hand).
        h.jobbot.dispatchEvents();

        String id = ada.value().toString();
        for (String needle : List.of(ADA.value(), NAME, "Quintessential Analyst", "I planned the work", id,
                "Acme Recruiting", "We answered it.")) {
            assertEquals(List.of(), columnsContaining(needle), "'" + needle + "' is left somewhere");
        }
        assertEquals(0, count("SELECT COUNT(*) FROM data_keys WHERE scope = 'account:" + id + "'"),
                "the data key is destroyed: any copy of sealed data is unreadable");
        assertEquals(0, count("SELECT COUNT(*) FROM mail_outbox WHERE status = 'PENDING'"),
                "the cancellation notice still queued for her was dropped");

        List<ErasureRecord> kept = h.jobbot.erasureRecords();
        assertEquals(1, kept.size());
        assertEquals(PurposeKey.MARKETING_EMAIL.value(), kept.get(0).keptWithdrawals().get(0).purpose(),
                "the withdrawal is kept, as proof, without the person");
        assertTrue(h.jobbot.profile(other.account()).isPresent(), "nobody else is touched");
    }

    @Test
    void signing_in_within_the_grace_period_restores_everything_and_later_starts_afresh() throws Exception {
        AccountId ada = fullJourney();
        h.jobbot.cancelAccount(ada);
        h.clock.advance(Duration.ofDays(13));
        SignInResult.SignedIn back = h.signInFully(ADA);
        assertEquals(ada, back.account());
        assertEquals(Optional.empty(), h.jobbot.cancellation(ada), "restored");
        assertEquals(2, h.jobbot.interviews(ada).size());
        assertEquals("Your account is restored", h.jobbot.messages(ada).get(0).subject());
        h.clock.advance(Duration.ofDays(30));
        assertEquals(0, h.jobbot.eraseDueAccounts(10), "a restored account is not erased");

        h.jobbot.cancelAccount(ada);
        h.clock.advance(Duration.ofDays(15));
        SignInResult.SignedIn afresh = h.signInFully(ADA);
        assertTrue(afresh.newAccount(), "after the grace period the old account is gone first");
        assertEquals(List.of(), h.jobbot.interviews(afresh.account()));
        h.jobbot.dispatchEvents();
        assertEquals(List.of(), columnsContaining(ada.value().toString()));
    }

    private long count(String sql) throws SQLException {
        try (Connection c = h.dataSource.getConnection(); Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Every table.column in which the text (or its UTF-8 bytes) appears. */
    private List<String> columnsContaining(String needle) throws SQLException {
        byte[] pattern = needle.getBytes(StandardCharsets.UTF_8);
        List<String> hits = new ArrayList<>();
        try (Connection c = h.dataSource.getConnection()) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, c.getSchema(), "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertTrue(tables.size() > 20, "the scan sees the schema: " + tables);
            for (String table : tables) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            int type = rs.getMetaData().getColumnType(i);
                            boolean binary = type == Types.BINARY || type == Types.VARBINARY
                                    || type == Types.LONGVARBINARY || type == Types.BLOB;
                            String text = binary ? null : rs.getString(i);
                            byte[] bytes = binary ? rs.getBytes(i) : null;
                            if (text != null && text.contains(needle) || contains(bytes, pattern)) {
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
