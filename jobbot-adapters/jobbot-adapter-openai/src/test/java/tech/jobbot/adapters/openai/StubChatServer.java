package tech.jobbot.adapters.openai;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A local server that answers {@code POST /v1/chat/completions} the way OpenAI does, from a script
 * of replies, and keeps every request it received.
 */
final class StubChatServer implements AutoCloseable {
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One scripted reply. */
    @FunctionalInterface
    interface Reply {
        void send(HttpExchange exchange, CountDownLatch closing) throws IOException, InterruptedException;
    }

    /** A request as it arrived. */
    record Received(String method, URI uri, Headers headers, String body) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** The content of the message with this role. */
        String message(String role) {
            for (JsonNode message : json().get("messages")) {
                if (message.get("role").asText().equals(role)) {
                    return message.get("content").asText();
                }
            }
            throw new AssertionError("no " + role + " message");
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final Deque<Reply> script = new ArrayDeque<>();
    private final List<Received> received = new ArrayList<>();
    private final CountDownLatch closing = new CountDownLatch(1);

    StubChatServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.createContext("/v1/chat/completions", this::handle);
        server.start();
    }

    /** The base URL an adapter is configured with. */
    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** Adds replies, given to requests in this order. */
    synchronized StubChatServer then(Reply... replies) {
        script.addAll(List.of(replies));
        return this;
    }

    synchronized List<Received> received() {
        return List.copyOf(received);
    }

    synchronized Received onlyRequest() {
        if (received.size() != 1) {
            throw new AssertionError("expected one request, got " + received.size());
        }
        return received.getFirst();
    }

    @Override
    public void close() {
        if (closing.getCount() == 0) {
            return;
        }
        closing.countDown();
        server.stop(0);
        executor.shutdownNow();
    }

    private void handle(HttpExchange exchange) throws IOException {
        Reply reply;
        try (exchange) {
            String body = new String(exchange.getRequestBody().readAllBytes(), UTF_8);
            synchronized (this) {
                received.add(new Received(exchange.getRequestMethod(), exchange.getRequestURI(),
                        exchange.getRequestHeaders(), body));
                reply = script.pollFirst();
            }
            if (reply == null) {
                reply = status(599, Map.of());
            }
            reply.send(exchange, closing);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A {@code chat.completion} whose one choice says {@code content}. */
    static Reply completion(String content) {
        ObjectNode completion = JSON.createObjectNode();
        completion.put("id", "chatcmpl-stub");
        completion.put("object", "chat.completion");
        completion.put("created", 1_767_225_600L);
        completion.put("model", "stub-model");
        ObjectNode choice = completion.putArray("choices").addObject();
        choice.put("index", 0);
        choice.putObject("message").put("role", "assistant").put("content", content);
        choice.put("finish_reason", "stop");
        completion.putObject("usage").put("prompt_tokens", 100).put("completion_tokens", 20).put("total_tokens", 120);
        return raw(200, "application/json", completion.toString());
    }

    /** A {@code text/event-stream} of {@code chat.completion.chunk}s, one per piece, then {@code [DONE]}. */
    static Reply stream(String... pieces) {
        return (exchange, closing) -> {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            event(out, chunk("{\"role\":\"assistant\",\"content\":\"\"}", null));
            for (String piece : pieces) {
                event(out, chunk(JSON.createObjectNode().put("content", piece).toString(), null));
            }
            event(out, chunk("{}", "stop"));
            event(out, "[DONE]");
        };
    }

    /** A stream that sends these pieces, then breaks off without finishing. */
    static Reply brokenStream(String... pieces) {
        return (exchange, closing) -> {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (String piece : pieces) {
                event(out, chunk(JSON.createObjectNode().put("content", piece).toString(), null));
            }
        };
    }

    /** A stream that sends these pieces, then an in-stream error object as some gateways do. */
    static Reply streamWithError(String... pieces) {
        return (exchange, closing) -> {
            exchange.getResponseHeaders().set("Content-Type", "text/event-stream");
            exchange.sendResponseHeaders(200, 0);
            OutputStream out = exchange.getResponseBody();
            for (String piece : pieces) {
                event(out, chunk(JSON.createObjectNode().put("content", piece).toString(), null));
            }
            event(out, "{\"error\":{\"message\":\"upstream overloaded\",\"type\":\"server_error\"}}");
        };
    }

    static Reply status(int status, Map<String, String> headers) {
        return (exchange, closing) -> {
            headers.forEach(exchange.getResponseHeaders()::set);
            byte[] body = "{\"error\":{\"message\":\"stub error\",\"type\":\"server_error\"}}".getBytes(UTF_8);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(status, body.length);
            exchange.getResponseBody().write(body);
        };
    }

    static Reply raw(int status, String contentType, String body) {
        return (exchange, closing) -> {
            byte[] bytes = body.getBytes(UTF_8);
            exchange.getResponseHeaders().set("Content-Type", contentType);
            exchange.sendResponseHeaders(status, bytes.length);
            exchange.getResponseBody().write(bytes);
        };
    }

    /** Waits before replying, or until the server closes, whichever comes first. */
    static Reply slow(Duration delay, Reply then) {
        return (exchange, closing) -> {
            if (!closing.await(delay.toMillis(), TimeUnit.MILLISECONDS)) {
                then.send(exchange, closing);
            }
        };
    }

    private static String chunk(String delta, String finishReason) {
        String finish = finishReason == null ? "null" : "\"" + finishReason + "\"";
        return "{\"id\":\"chatcmpl-stub\",\"object\":\"chat.completion.chunk\",\"created\":1767225600,"
                + "\"model\":\"stub-model\",\"choices\":[{\"index\":0,\"delta\":" + delta
                + ",\"finish_reason\":" + finish + "}]}";
    }

    private static void event(OutputStream out, String data) throws IOException {
        out.write(("data: " + data + "\n\n").getBytes(UTF_8));
        out.flush();
    }
}
