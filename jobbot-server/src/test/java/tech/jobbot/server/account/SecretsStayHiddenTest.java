package tech.jobbot.server.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Types;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.SimpleFormatter;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.server.support.TestServer;
import tech.jobbot.server.support.TestServer.Response;

/**
 * The code and the session token exist in plain text only in the mail and in the answer to the
 * person: never in the database, never in a log line (even at the finest level), and the email
 * address is never stored in plain text.
 */
class SecretsStayHiddenTest {
    @TempDir
    Path dataDir;

    @Test
    void code_token_and_address_appear_nowhere_in_database_or_logs() throws Exception {
        List<String> logLines = new ArrayList<>();
        Handler capture = new Handler() {
            private final SimpleFormatter formatter = new SimpleFormatter();

            @Override
            public void publish(LogRecord record) {
                logLines.add(formatter.format(record));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        capture.setLevel(Level.ALL);
        Logger root = Logger.getLogger("");
        Level previous = root.getLevel();
        root.setLevel(Level.ALL);
        root.addHandler(capture);
        String email = "very.private.person@example.org";
        String code;
        String token;
        try (TestServer server = TestServer.start(dataDir)) {
            String flow = server.requestCode(email);
            code = server.codeFromOutbox(email);
            String wrong = code.equals("000000") ? "000001" : "000000";
            server.post("/api/v1/auth/sessions",
                    "{\"flowId\":\"" + flow + "\",\"email\":\"" + email + "\",\"code\":\"" + wrong + "\"}");
            Response in = server.post("/api/v1/auth/sessions",
                    "{\"flowId\":\"" + flow + "\",\"email\":\"" + email + "\",\"code\":\"" + code + "\"}");
            assertEquals(201, in.status());
            token = in.json().get("token").asText();
            assertEquals(200, server.get("/api/v1/me", "Authorization", "Bearer " + token).status());

            List<String> hits = new ArrayList<>();
            for (String secret : List.of(code, token, email, "very.private.person")) {
                hits.addAll(columnsContaining(server.databaseUrl, secret).stream().map(c -> secret + " in " + c).toList());
            }
            assertEquals(List.of(), hits, "no secret or address in any column");
            assertEquals(List.of("code_challenges.flow_id"), columnsContaining(server.databaseUrl, flow),
                    "the scan finds what is stored");
        } finally {
            root.removeHandler(capture);
            root.setLevel(previous);
        }
        assertTrue(logLines.size() > 5, "logging was captured: " + logLines.size() + " lines");
        for (String line : logLines) {
            assertTrue(!line.contains(code) && !line.contains(token) && !line.contains("very.private.person"),
                    "a secret leaked into the log: " + line);
        }
    }

    private static List<String> columnsContaining(String url, String needle) throws Exception {
        byte[] pattern = needle.getBytes(StandardCharsets.UTF_8);
        List<String> hits = new ArrayList<>();
        try (Connection c = DriverManager.getConnection(url, "sa", "")) {
            DatabaseMetaData meta = c.getMetaData();
            List<String> tables = new ArrayList<>();
            try (ResultSet rs = meta.getTables(null, "public", "%", new String[] {"TABLE"})) {
                while (rs.next()) {
                    tables.add(rs.getString("TABLE_NAME"));
                }
            }
            assertTrue(tables.size() >= 7, "scanned tables: " + tables);
            for (String table : tables) {
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT * FROM " + table)) {
                    int columns = rs.getMetaData().getColumnCount();
                    while (rs.next()) {
                        for (int i = 1; i <= columns; i++) {
                            int type = rs.getMetaData().getColumnType(i);
                            boolean binary = type == Types.BINARY || type == Types.VARBINARY
                                    || type == Types.LONGVARBINARY || type == Types.BLOB;
                            String value = binary ? latin1(rs.getBytes(i)) : rs.getString(i);
                            String needleText = binary ? latin1(pattern) : needle;
                            if (value != null && value.contains(needleText)) {
                                hits.add(table + "." + rs.getMetaData().getColumnName(i));
                            }
                        }
                    }
                }
            }
        }
        return hits;
    }

    private static String latin1(byte[] bytes) {
        return bytes == null ? null : new String(bytes, StandardCharsets.ISO_8859_1);
    }
}
