package tech.jobbot.server.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.server.JobbotServer;
import tech.jobbot.server.support.TestServer;

/**
 * Slow and oversized requests over raw sockets: a client silent in its request line is cut off by
 * the idle sweep (one second here, twenty by default), hundreds of stalled connections hold up no
 * one else, and request lines, headers or announced bodies beyond the limits are refused with a
 * 4xx before anything is read into memory.
 */
class SlowClientTest {
    private static final Duration IDLE_TIMEOUT = Duration.ofSeconds(1);

    @TempDir
    Path dir;
    private TestServer server;

    @BeforeEach
    void start() {
        server = TestServer.startWith(dir, b -> b, JobbotServer.Options.local(0).withIdleTimeout(IDLE_TIMEOUT));
    }

    @AfterEach
    void stop() {
        server.close();
    }

    private Socket connect() throws IOException {
        Socket socket = new Socket("127.0.0.1", server.uri("/").getPort());
        socket.setSoTimeout(15_000);
        return socket;
    }

    private static void send(Socket socket, String text) throws IOException {
        OutputStream out = socket.getOutputStream();
        out.write(text.getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
    }

    /** Everything the server sends until it closes the connection; fails if it keeps it open 15 s. */
    private static String untilClosed(Socket socket) throws IOException {
        InputStream in = socket.getInputStream();
        StringBuilder text = new StringBuilder();
        byte[] buffer = new byte[8192];
        try {
            for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                text.append(new String(buffer, 0, n, StandardCharsets.ISO_8859_1));
            }
        } catch (SocketTimeoutException stillOpen) {
            throw new AssertionError("the server kept a stalled connection open for 15 s; it sent: " + text);
        } catch (IOException reset) {
            // A reset is a close too.
        }
        return text.toString();
    }

    @Test
    void a_client_that_stalls_in_its_request_line_is_cut_off() throws Exception {
        try (Socket socket = connect()) {
            send(socket, "GET /api/v1/poli");
            long start = System.nanoTime();
            untilClosed(socket);
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(IDLE_TIMEOUT.multipliedBy(5)) < 0, "closed after " + took);
        }
    }

    @Test
    void hundreds_of_stalled_connections_hold_up_no_one_else() throws Exception {
        assertEquals(200, server.get("/api/v1/policies/current").status(), "warmed up");
        List<Socket> inRequestLine = new ArrayList<>();
        List<Socket> inHeaders = new ArrayList<>();
        try {
            for (int i = 0; i < 200; i++) {
                Socket line = connect();
                inRequestLine.add(line);
                send(line, "POST /api/v1/auth/co");
                Socket headers = connect();
                inHeaders.add(headers);
                send(headers, "POST /api/v1/auth/codes HTTP/1.1\r\nHost: localhost\r\nContent-Len");
            }
            long start = System.nanoTime();
            assertEquals(200, server.get("/api/v1/policies/current").status());
            Duration took = Duration.ofNanos(System.nanoTime() - start);
            assertTrue(took.compareTo(Duration.ofSeconds(5)) < 0, "an ordinary request waited " + took);
            for (Socket socket : inRequestLine) {
                untilClosed(socket);
            }
            assertEquals(200, server.get("/api/v1/policies/current").status(), "still serving");
        } finally {
            for (Socket socket : inHeaders) {
                socket.close();
            }
            for (Socket socket : inRequestLine) {
                socket.close();
            }
        }
    }

    @Test
    void headers_beyond_the_limit_are_refused_with_a_client_error() throws Exception {
        try (Socket socket = connect()) {
            send(socket, "GET /api/v1/policies/current HTTP/1.1\r\nHost: localhost\r\nX-Padding: "
                    + "a".repeat(64 * 1024) + "\r\n\r\n");
            String answer = untilClosed(socket);
            assertTrue(answer.matches("(?s)HTTP/1\\.1 4\\d\\d .*"), "answered: " + firstLine(answer));
        }
        assertEquals(200, server.get("/api/v1/policies/current").status(), "the server is fine");
    }

    @Test
    void a_request_line_beyond_the_limit_is_refused_with_a_client_error() throws Exception {
        try (Socket socket = connect()) {
            send(socket, "GET /api/v1/policies/current?q=" + "a".repeat(16 * 1024) + " HTTP/1.1\r\nHost: localhost\r\n\r\n");
            String answer = untilClosed(socket);
            assertTrue(answer.matches("(?s)HTTP/1\\.1 4\\d\\d .*"), "answered: " + firstLine(answer));
        }
    }

    @Test
    void an_announced_body_beyond_the_limit_is_refused_before_it_is_sent() throws Exception {
        String bearer = server.signIn("ada.slow@example.com").bearer();
        try (Socket socket = connect()) {
            socket.setSoTimeout(5_000);
            send(socket, "POST /api/v1/jobs HTTP/1.1\r\nHost: localhost\r\nAuthorization: " + bearer
                    + "\r\nContent-Type: application/json\r\nContent-Length: 500000000\r\n\r\n{\"title\":\"");
            byte[] head = new byte[12];
            int n = socket.getInputStream().readNBytes(head, 0, head.length);
            String status = new String(head, 0, n, StandardCharsets.ISO_8859_1);
            assertEquals("HTTP/1.1 413", status, "answered before the body was sent");
        }
        assertEquals(0, server.get("/api/v1/jobs", "Authorization", bearer).json().get("jobs").size(),
                "nothing stored");
    }

    private static String firstLine(String answer) {
        int end = answer.indexOf("\r\n");
        return end < 0 ? answer : answer.substring(0, end);
    }
}
