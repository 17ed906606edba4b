package tech.jobbot.adapters.openai;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Flow;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

/**
 * The wire side of the Chat Completions API: one request, its retries, and the reading of a plain
 * or streamed (server-sent events) reply. Knows nothing about interviews. Thread-safe.
 */
final class ChatCompletions implements AutoCloseable {
    private static final System.Logger LOG = System.getLogger(ChatCompletions.class.getName());

    /** Strict on purpose: duplicate keys and trailing text are refused rather than guessed at. */
    static final ObjectMapper STRICT_JSON = JsonMapper.builder()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .build();

    private final OpenAiSettings settings;
    private final Sleeper sleeper;
    private final HttpClient http;

    ChatCompletions(OpenAiSettings settings, Sleeper sleeper) {
        this.settings = settings;
        this.sleeper = sleeper;
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.requestTimeout())
                // A redirect could carry the key to another host; a model server has no reason to send one.
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** The assistant's reply to a system and a user message; {@code jsonObject} asks for JSON mode. */
    String complete(String step, String system, String user, boolean jsonObject) {
        ObjectNode body = body(system, user, false);
        if (jsonObject) {
            body.putObject("response_format").put("type", "json_object");
        }
        return withRetries(step, (timeout, deadline) -> completeOnce(step, body, timeout));
    }

    /**
     * Streams the reply: each piece of content goes to {@code onContent} as it arrives. Once a
     * piece has been passed on, a failure is no longer retried, since the listener cannot take the
     * text back.
     */
    void stream(String step, String system, String user, Consumer<String> onContent) {
        ObjectNode body = body(system, user, true);
        boolean[] passedOn = {false};
        Consumer<String> tracking = content -> {
            passedOn[0] = true;
            onContent.accept(content);
        };
        withRetries(step, (timeout, deadline) -> {
            streamOnce(step, body, timeout, deadline, tracking, passedOn);
            return null;
        });
    }

    @Override
    public void close() {
        http.close();
    }

    private ObjectNode body(String system, String user, boolean stream) {
        ObjectNode body = STRICT_JSON.createObjectNode();
        body.put("model", settings.model());
        ArrayNode messages = body.putArray("messages");
        messages.addObject().put("role", "system").put("content", system);
        messages.addObject().put("role", "user").put("content", user);
        body.put("temperature", settings.temperature());
        if (settings.maxTokens() != null) {
            body.put("max_tokens", settings.maxTokens());
        }
        if (stream) {
            body.put("stream", true);
        }
        return body;
    }

    @FunctionalInterface
    private interface Attempt<T> {
        T run(Duration timeout, long deadlineNanos) throws RetryableFailure;
    }

    /** A failed attempt another attempt may cure; {@code requestedWait} is the server's Retry-After. */
    private static final class RetryableFailure extends Exception {
        private final transient Optional<Duration> requestedWait;

        RetryableFailure(String reason, Optional<Duration> requestedWait, Throwable cause) {
            super(reason, cause);
            this.requestedWait = requestedWait;
        }
    }

    private <T> T withRetries(String step, Attempt<T> attempt) {
        long deadline = System.nanoTime() + settings.totalTimeout().toNanos();
        for (int retry = 0; ; retry++) {
            Duration timeout = min(settings.requestTimeout(), remaining(deadline));
            if (timeout.isZero()) {
                throw new InterviewerException(step + ": no time left within " + settings.totalTimeout().toSeconds()
                        + " s", true);
            }
            try {
                return attempt.run(timeout, deadline);
            } catch (RetryableFailure failure) {
                int attempts = retry + 1;
                if (retry >= settings.maxRetries()) {
                    throw new InterviewerException(step + ": " + failure.getMessage() + " (after " + attempts
                            + (attempts == 1 ? " attempt)" : " attempts)"), true, failure.getCause());
                }
                Duration wait = failure.requestedWait
                        .orElseGet(() -> RetryPolicy.backoff(attempts - 1, ThreadLocalRandom.current().nextDouble()));
                if (wait.compareTo(remaining(deadline)) >= 0) {
                    throw new InterviewerException(step + ": " + failure.getMessage()
                            + " and no time is left to retry", true, failure.getCause());
                }
                LOG.log(System.Logger.Level.DEBUG, "{0}: {1}; retrying in {2} ms", step, failure.getMessage(),
                        wait.toMillis());
                pause(step, wait);
            }
        }
    }

    private void pause(String step, Duration wait) {
        try {
            sleeper.sleep(wait);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterviewerException(step + ": interrupted while waiting to retry", true, e);
        }
    }

    private String completeOnce(String step, ObjectNode body, Duration timeout) throws RetryableFailure {
        CompletableFuture<HttpResponse<String>> sent =
                http.sendAsync(request(body, timeout, "application/json"), HttpResponse.BodyHandlers.ofString(UTF_8));
        HttpResponse<String> response;
        try {
            // The client's own timeout stops at the headers; this one also covers a body that trickles.
            response = sent.get(timeout.toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            sent.cancel(true);
            throw new RetryableFailure("no reply within " + timeout.toMillis() + " ms", Optional.empty(), e);
        } catch (ExecutionException e) {
            throw transportFailure(step, e.getCause());
        } catch (InterruptedException e) {
            sent.cancel(true);
            Thread.currentThread().interrupt();
            throw new InterviewerException(step + ": interrupted", true, e);
        }
        requireSuccess(step, response.statusCode(), response.headers());
        return messageContent(step, response.body());
    }

    private HttpRequest request(ObjectNode body, Duration timeout, String accept) {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.chatCompletionsUri())
                .timeout(timeout)
                .header("Content-Type", "application/json")
                .header("Accept", accept)
                .POST(HttpRequest.BodyPublishers.ofString(body.toString(), UTF_8));
        if (settings.chatCompletionsUri().getScheme().equals("http")) {
            // Cleartext HTTP/2 starts with an Upgrade on the first POST, which several local model
            // servers answer badly; TLS servers negotiate HTTP/2 cleanly through ALPN instead.
            request.version(HttpClient.Version.HTTP_1_1);
        }
        if (settings.apiKey() != null) {
            request.header("Authorization", "Bearer " + settings.apiKey());
        }
        settings.headers().forEach(request::header);
        return request.build();
    }

    private RetryableFailure transportFailure(String step, Throwable cause) {
        if (cause instanceof IOException) {
            // The exception text can carry the URL, never the key or the prompt, but the class says enough.
            return new RetryableFailure("network failure (" + cause.getClass().getSimpleName() + ")", Optional.empty(),
                    cause);
        }
        throw new InterviewerException(step + ": the request failed", false, cause);
    }

    private void requireSuccess(String step, int status, HttpHeaders headers) throws RetryableFailure {
        if (status >= 200 && status < 300) {
            return;
        }
        // The error body is not quoted: servers echo the prompt in it, and the prompt holds the answer.
        String reason = "the model server at " + settings.baseUrl().getHost() + " answered HTTP " + status;
        if (RetryPolicy.isRetryable(status)) {
            throw new RetryableFailure(reason, RetryPolicy.requestedWait(headers, Instant.now()), null);
        }
        throw new InterviewerException(step + ": " + reason + hint(status), false);
    }

    private static String hint(int status) {
        return switch (status) {
            case 401, 403 -> " (check the API key and headers)";
            case 404 -> " (check the base URL and the model name)";
            default -> "";
        };
    }

    private static String messageContent(String step, String body) {
        JsonNode completion = parse(step, body, "reply");
        JsonNode content = completion.path("choices").path(0).path("message").path("content");
        if (!content.isTextual()) {
            throw new InterviewerException(step + ": the reply has no message content", false);
        }
        return content.textValue();
    }

    private static JsonNode parse(String step, String text, String what) {
        try {
            JsonNode node = STRICT_JSON.readValue(text, JsonNode.class);
            if (node == null || !node.isObject()) {
                throw new InterviewerException(step + ": the " + what + " is not a JSON object", false);
            }
            return node;
        } catch (JsonProcessingException e) {
            // The parser's message quotes the offending text; keep it out of logs.
            throw new InterviewerException(step + ": the " + what + " is not valid JSON", false);
        }
    }

    private void streamOnce(String step, ObjectNode body, Duration timeout, long deadline, Consumer<String> onContent,
            boolean[] passedOn) throws RetryableFailure {
        LineQueue lines = new LineQueue();
        CompletableFuture<HttpResponse<Void>> sent =
                http.sendAsync(request(body, timeout, "text/event-stream"), lines);
        sent.whenComplete((response, failure) -> {
            if (failure != null) {
                lines.events.add(new Failed(failure));
            }
        });
        ServerSentEvents events = new ServerSentEvents();
        boolean finishReasonSeen = false;
        StringBuilder unstreamed = null;
        try {
            while (true) {
                // Each wait is bounded, so a stream that stalls halfway fails instead of hanging.
                Duration wait = min(timeout, remaining(deadline));
                Event event = lines.events.poll(wait.toNanos(), TimeUnit.NANOSECONDS);
                List<String> data = List.of();
                switch (event) {
                    case null -> throw streamFailure(step, passedOn[0],
                            new RetryableFailure("the stream stalled for " + wait.toMillis() + " ms", Optional.empty(), null));
                    case Head head -> {
                        requireSuccess(step, head.status(), head.headers());
                        // Some gateways ignore "stream" and answer with one completion; take it whole.
                        if (head.headers().firstValue("Content-Type").orElse("").startsWith("application/json")) {
                            unstreamed = new StringBuilder();
                        }
                    }
                    case Line line -> {
                        if (unstreamed != null) {
                            unstreamed.append(line.text()).append('\n');
                        } else {
                            data = events.accept(line.text());
                        }
                    }
                    case End end -> {
                        if (unstreamed != null) {
                            onContent.accept(messageContent(step, unstreamed.toString()));
                            return;
                        }
                        data = events.finish();
                    }
                    case Failed failed -> throw streamFailure(step, passedOn[0], transportFailure(step, unwrap(failed.cause())));
                }
                for (String payload : data) {
                    ChunkOutcome outcome;
                    try {
                        outcome = chunk(step, payload, onContent);
                    } catch (RetryableFailure inStream) {
                        // An error chunk after text reached the client must not be retried: the retry
                        // would stream the same text a second time.
                        throw streamFailure(step, passedOn[0], inStream);
                    }
                    switch (outcome) {
                        case DONE -> {
                            return;
                        }
                        case FINISHED -> finishReasonSeen = true;
                        case MORE -> {
                        }
                    }
                }
                if (event instanceof End) {
                    // [DONE] is the protocol's end, but a final finish_reason says the reply is whole too.
                    if (finishReasonSeen) {
                        return;
                    }
                    throw streamFailure(step, passedOn[0],
                            new RetryableFailure("the stream ended before [DONE]", Optional.empty(), null));
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new InterviewerException(step + ": interrupted", true, e);
        } finally {
            if (!sent.isDone()) {
                sent.cancel(true);
            }
        }
    }

    /** A failure before anything was passed on may be retried; after, it ends the call. */
    private static RetryableFailure streamFailure(String step, boolean passedOn, RetryableFailure failure) {
        if (passedOn) {
            throw new InterviewerException(step + ": " + failure.getMessage() + " after part of the reply was streamed",
                    true, failure.getCause());
        }
        return failure;
    }

    private enum ChunkOutcome {
        MORE,
        FINISHED,
        DONE
    }

    private static ChunkOutcome chunk(String step, String data, Consumer<String> onContent) throws RetryableFailure {
        if (data.equals("[DONE]")) {
            return ChunkOutcome.DONE;
        }
        JsonNode chunk = parse(step, data, "streamed chunk");
        if (chunk.has("error")) {
            throw new RetryableFailure("the model server reported an error in the stream", Optional.empty(), null);
        }
        // Some gateways send chunks without choices (content-filter notes, usage); they carry no text.
        JsonNode choice = chunk.path("choices").path(0);
        JsonNode content = choice.path("delta").path("content");
        if (content.isTextual() && !content.textValue().isEmpty()) {
            onContent.accept(content.textValue());
        }
        return choice.path("finish_reason").isTextual() ? ChunkOutcome.FINISHED : ChunkOutcome.MORE;
    }

    private static Throwable unwrap(Throwable failure) {
        Throwable cause = failure;
        while ((cause instanceof ExecutionException || cause instanceof java.util.concurrent.CompletionException)
                && cause.getCause() != null) {
            cause = cause.getCause();
        }
        return cause;
    }

    private static Duration remaining(long deadlineNanos) {
        long left = deadlineNanos - System.nanoTime();
        return left <= 0 ? Duration.ZERO : Duration.ofNanos(left);
    }

    private static Duration min(Duration a, Duration b) {
        return a.compareTo(b) <= 0 ? a : b;
    }

    private sealed interface Event permits Head, Line, End, Failed {
    }

    private record Head(int status, HttpHeaders headers) implements Event {
    }

    private record Line(String text) implements Event {
    }

    private record End() implements Event {
    }

    private record Failed(Throwable cause) implements Event {
    }

    /**
     * Turns the response into a queue of events the calling thread reads with a timeout: the JDK
     * client's own timeout stops counting once the headers are in, and a blocking stream cannot be
     * waited on with a limit.
     */
    private static final class LineQueue implements BodyHandler<Void>, Flow.Subscriber<String> {
        private final BlockingQueue<Event> events = new LinkedBlockingQueue<>();

        @Override
        public BodySubscriber<Void> apply(ResponseInfo info) {
            events.add(new Head(info.statusCode(), info.headers()));
            if (info.statusCode() < 200 || info.statusCode() >= 300) {
                return BodySubscribers.discarding();
            }
            return BodySubscribers.fromLineSubscriber(this, subscriber -> null, UTF_8, null);
        }

        @Override
        public void onSubscribe(Flow.Subscription subscription) {
            // A reply is bounded by max_tokens, so taking every line as it comes cannot run away.
            subscription.request(Long.MAX_VALUE);
        }

        @Override
        public void onNext(String line) {
            events.add(new Line(line));
        }

        @Override
        public void onError(Throwable failure) {
            events.add(new Failed(failure));
        }

        @Override
        public void onComplete() {
            events.add(new End());
        }
    }
}
