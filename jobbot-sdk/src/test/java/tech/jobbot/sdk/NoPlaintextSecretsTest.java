package tech.jobbot.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.ResultSetMetaData;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.account.ExternalSubject;
import tech.jobbot.domain.auth.FlowId;
import tech.jobbot.domain.auth.SignInCode;
import tech.jobbot.ports.in.auth.CodeRequestResult;
import tech.jobbot.ports.in.auth.RequestSignInCodeCommand;
import tech.jobbot.ports.in.auth.SignInCommand;
import tech.jobbot.ports.in.auth.SignInResult;

/**
 * Privacy policy §6: the database holds no code, token, address or client IP in plaintext, and
 * neither do the logs.
 */
class NoPlaintextSecretsTest {
    private static final EmailAddress EMAIL = EmailAddress.parse("quinn.privacyprobe@example.org");
    private static final String LOCAL_PART = "quinn.privacyprobe";
    private static final String CLIENT_IP = "198.51.100.23";
    private static final Set<String> EXPECTED_TABLES = Set.of("accounts", "avatars", "code_challenges", "sessions",
            "rate_limit_events", "mail_outbox", "data_keys");

    @TempDir
    Path dataDirectory;
    private JobbotHarness h;
    private final List<LogRecord> logRecords = new ArrayList<>();
    private final Handler capture = new Handler() {
        @Override
        public void publish(LogRecord record) {
            synchronized (logRecords) {
                logRecords.add(record);
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };
    private Level rootLevelBefore;

    @BeforeEach
    void start() {
        Logger root = Logger.getLogger("");
        rootLevelBefore = root.getLevel();
        capture.setLevel(Level.ALL);
        root.addHandler(capture);
        root.setLevel(Level.ALL);
        h = JobbotHarness.start(dataDirectory);
    }

    @AfterEach
    void stop() {
        try {
            h.close();
        } finally {
            Logger root = Logger.getLogger("");
            root.removeHandler(capture);
            root.setLevel(rootLevelBefore);
        }
    }

    @Test
    void after_a_full_sign_in_no_table_holds_the_code_the_token_the_address_or_the_client_ip() throws SQLException {
        h.mail.failNext(1, true);
        FlowId flow = assertInstanceOf(CodeRequestResult.Sent.class,
                h.jobbot.requestSignInCode(new RequestSignInCodeCommand(EMAIL, Optional.empty(), CLIENT_IP)))
                .flowId();
        assertEquals(0, h.deliverMail(), "the first delivery fails, so the mail stays queued");
        SignInCode code = CapturingMailSender.codeIn(h.mail.attempted().getLast());
        assertEquals(1, h.jobbot.pendingMail());

        List<String> whileQueued = findings(Map.of("code", code.digits(), "address", EMAIL.value(),
                "local part", LOCAL_PART, "client ip", CLIENT_IP));
        h.clock.advance(Duration.ofSeconds(20));
        assertEquals(1, h.deliverMail());
        assertEquals(code, h.mail.lastCodeTo(EMAIL));

        SignInResult.SignedIn signedIn = assertInstanceOf(SignInResult.SignedIn.class,
                h.jobbot.signIn(new SignInCommand(flow, EMAIL, code, JobbotHarness.FIREFOX_ON_LINUX)));
        h.jobbot.authenticate(signedIn.token()).orElseThrow();
        h.jobbot.accountFor(new ExternalSubject("platform|privacyprobe-subject"));

        Map<String, String> secrets = new LinkedHashMap<>();
        secrets.put("code", code.digits());
        secrets.put("token", signedIn.token().value());
        secrets.put("address", EMAIL.value());
        secrets.put("local part", LOCAL_PART);
        secrets.put("client ip", CLIENT_IP);
        secrets.put("external subject", "privacyprobe-subject");
        Scan scan = scan(h.dataSource, secrets);

        assertEquals(List.of(), whileQueued);
        assertEquals(List.of(), scan.findings());
        assertTrue(scan.tables().containsAll(EXPECTED_TABLES), "scanned " + scan.tables());
        assertTrue(scan.plainValues().contains(flow.value()),
                "control: the scan does see values stored in plaintext, such as the flow id");
        assertTrue(scan.plainValues().contains(signedIn.account().toString()),
                "control: the scan does see the account id");
    }

    @Test
    void no_log_record_carries_the_code_the_token_or_the_address() {
        h.mail.failNext(2, true);
        FlowId flow = h.requestGranted(EMAIL);
        h.deliverMail();
        h.clock.advance(Duration.ofSeconds(15));
        h.deliverMail();
        h.clock.advance(Duration.ofSeconds(30));
        SignInCode code = h.codeMailedTo(EMAIL);
        SignInResult.SignedIn signedIn = assertInstanceOf(SignInResult.SignedIn.class, h.signIn(flow, EMAIL, code));
        h.jobbot.authenticate(signedIn.token()).orElseThrow();
        h.clock.advance(Duration.ofSeconds(61));
        h.mail.failNext(1, false);
        h.requestGranted(EMAIL);
        h.deliverMail();

        List<String> formatted;
        synchronized (logRecords) {
            SimpleFormatter formatter = new SimpleFormatter();
            formatted = logRecords.stream().map(r -> formatter.format(r) + " " + parameters(r)).toList();
        }
        assertTrue(formatted.stream().anyMatch(line -> line.contains("not delivered")),
                "control: the delivery failures were logged and captured: " + formatted);
        assertTrue(formatted.stream().anyMatch(line -> line.contains("given up")),
                "control: the dead mail was logged and captured");
        for (String line : formatted) {
            String lower = line.toLowerCase(Locale.ROOT);
            assertFalse(line.contains(code.digits()), "the code is in a log record: " + line);
            assertFalse(line.contains(signedIn.token().value()), "the token is in a log record: " + line);
            assertFalse(lower.contains(EMAIL.value().toLowerCase(Locale.ROOT)), "the address is logged: " + line);
            assertFalse(lower.contains(LOCAL_PART), "the local part is logged: " + line);
        }
    }

    private static String parameters(LogRecord record) {
        Object[] parameters = record.getParameters();
        if (parameters == null) {
            return "";
        }
        StringBuilder all = new StringBuilder();
        for (Object p : parameters) {
            all.append(' ').append(p);
        }
        return all.toString();
    }

    private List<String> findings(Map<String, String> secrets) throws SQLException {
        return scan(h.dataSource, secrets).findings();
    }

    private record Scan(Set<String> tables, Set<String> plainValues, List<String> findings) {
    }

    /** Reads every column of every table of the public schema and reports where a secret occurs. */
    private static Scan scan(DataSource dataSource, Map<String, String> secrets) throws SQLException {
        Set<String> tables = new TreeSet<>();
        Set<String> plainValues = new TreeSet<>();
        List<String> findings = new ArrayList<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            try (ResultSet rs = meta.getTables(null, "public", "%", null)) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            for (String table : tables) {
                try (Statement statement = connection.createStatement();
                        ResultSet rows = statement.executeQuery("SELECT * FROM \"" + table + "\"")) {
                    ResultSetMetaData columns = rows.getMetaData();
                    while (rows.next()) {
                        for (int c = 1; c <= columns.getColumnCount(); c++) {
                            String where = table + "." + columns.getColumnName(c);
                            if (isBinary(columns.getColumnType(c))) {
                                byte[] bytes = rows.getBytes(c);
                                if (bytes != null) {
                                    secrets.forEach((name, secret) -> {
                                        if (containsBytes(bytes, secret.getBytes(StandardCharsets.UTF_8))
                                                || containsBytes(bytes, secret.toLowerCase(Locale.ROOT)
                                                        .getBytes(StandardCharsets.UTF_8))) {
                                            findings.add(name + " in the bytes of " + where);
                                        }
                                    });
                                }
                            }
                            // Also as text: H2 reports UUID columns as binary, yet they read as text.
                            String text = rows.getString(c);
                            if (text != null) {
                                plainValues.add(text);
                                String lower = text.toLowerCase(Locale.ROOT);
                                secrets.forEach((name, secret) -> {
                                    if (lower.contains(secret.toLowerCase(Locale.ROOT))) {
                                        findings.add(name + " in " + where);
                                    }
                                });
                            }
                        }
                    }
                }
            }
        }
        return new Scan(tables, plainValues, findings);
    }

    private static boolean isBinary(int sqlType) {
        return sqlType == Types.BINARY || sqlType == Types.VARBINARY || sqlType == Types.LONGVARBINARY
                || sqlType == Types.BLOB;
    }

    private static boolean containsBytes(byte[] haystack, byte[] needle) {
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
