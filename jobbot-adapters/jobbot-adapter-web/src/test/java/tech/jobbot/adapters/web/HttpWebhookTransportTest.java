package tech.jobbot.adapters.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.Map;

import com.sun.net.httpserver.HttpServer;
import org.junit.jupiter.api.Test;

/** Webhooks go only to public addresses (loopback only when allowed), and never wait past their timeout. */
class HttpWebhookTransportTest {
    @Test
    void private_and_loopback_addresses_are_refused_unless_loopback_is_allowed() throws Exception {
        HttpServer receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hook", e -> {
            e.sendResponseHeaders(204, -1);
            e.close();
        });
        receiver.createContext("/slow", e -> {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException ignored) {
                Thread.currentThread().interrupt();
            }
            e.sendResponseHeaders(204, -1);
            e.close();
        });
        receiver.start();
        URI local = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/hook");
        try (HttpWebhookTransport production = new HttpWebhookTransport(false);
                HttpWebhookTransport development = new HttpWebhookTransport(true)) {
            for (String url : new String[] {local.toString(), "http://10.0.0.7/hook", "http://169.254.169.254/latest",
                    "http://[::1]/hook", "http://192.168.1.1/hook"}) {
                UncheckedIOException refused = assertThrows(UncheckedIOException.class,
                        () -> production.post(URI.create(url), Map.of(), new byte[0], Duration.ofSeconds(2)));
                assertTrue(refused.getMessage().contains("not allowed"), url + ": " + refused.getMessage());
            }
            assertEquals(204, development.post(local, Map.of("X-Test", "1"), "{}".getBytes(), Duration.ofSeconds(2)));
            long start = System.nanoTime();
            URI slow = URI.create("http://127.0.0.1:" + receiver.getAddress().getPort() + "/slow");
            assertThrows(UncheckedIOException.class, () -> development.post(slow, Map.of(), new byte[0],
                    Duration.ofMillis(500)));
            assertTrue(System.nanoTime() - start < 3_000_000_000L, "cut off at the timeout, not when the answer came");
        } finally {
            receiver.stop(0);
        }
    }
}
