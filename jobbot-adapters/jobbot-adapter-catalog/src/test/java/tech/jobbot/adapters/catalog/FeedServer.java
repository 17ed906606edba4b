package tech.jobbot.adapters.catalog;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A partner's feed on 127.0.0.1: answers {@code GET /partner/catalog.json} with whatever reply is
 * set, and keeps every request it received.
 */
final class FeedServer implements AutoCloseable {

    /** How the server answers. */
    @FunctionalInterface
    interface Reply {
        void send(HttpExchange exchange, CountDownLatch closing) throws IOException, InterruptedException;
    }

    /** A request as it arrived. */
    record Received(String method, URI uri, Map<String, List<String>> headers, byte[] body) {
        String header(String name) {
            return headers.entrySet().stream()
                    .filter(entry -> entry.getKey().equalsIgnoreCase(name))
                    .map(entry -> String.join(",", entry.getValue()))
                    .findFirst().orElse(null);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);
    private volatile Reply reply = status(404);

    FeedServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/", this::handle);
        server.start();
    }

    URI feedUrl() {
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + "/partner/catalog.json");
    }

    void reply(Reply next) {
        reply = next;
    }

    List<Received> received() {
        return List.copyOf(received);
    }

    int requests() {
        return received.size();
    }

    /** A 200 with this JSON and its Content-Length. */
    static Reply json(String body) {
        return (exchange, closing) -> send(exchange, 200, body.getBytes(UTF_8), false);
    }

    /** A 200 with this JSON sent in chunks, so that its length is not known up front. */
    static Reply chunkedJson(String body) {
        return (exchange, closing) -> send(exchange, 200, body.getBytes(UTF_8), true);
    }

    static Reply status(int status) {
        return (exchange, closing) -> send(exchange, status, "{\"error\":\"secret partner detail\"}".getBytes(UTF_8), false);
    }

    /** Waits this long (or until the server closes) before answering with the JSON. */
    static Reply slow(Duration delay, String body) {
        return (exchange, closing) -> {
            if (!closing.await(delay.toMillis(), TimeUnit.MILLISECONDS)) {
                send(exchange, 200, body.getBytes(UTF_8), false);
            }
        };
    }

    private static void send(HttpExchange exchange, int status, byte[] body, boolean chunked) throws IOException {
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(status, chunked ? 0 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            for (int offset = 0; offset < body.length; offset += 1024) {
                out.write(body, offset, Math.min(1024, body.length - offset));
                out.flush();
            }
        }
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            byte[] body = exchange.getRequestBody().readAllBytes();
            received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI(),
                    Map.copyOf(exchange.getRequestHeaders()), body));
            reply.send(exchange, closing);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // The client hung up (it timed out, or refused an oversized body): nothing left to answer.
        }
    }

    @Override
    public void close() {
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }
}
