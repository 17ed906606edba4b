package tech.jobbot.server.http;

import java.io.IOException;
import java.io.UncheckedIOException;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** JSON in and out: strict reading with size and type checks, ISO-8601 times when writing. */
public final class Json {
    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .build();

    private Json() {
    }

    public static byte[] write(Object value) {
        try {
            return MAPPER.writeValueAsBytes(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write JSON", e);
        }
    }

    public static void send(ServerResponse res, int status, Object body) {
        res.status(status);
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(write(body));
    }

    /**
     * Reads a JSON object body of at most {@code maxBytes}: 415 unless the content type is JSON,
     * 413 when larger, 400 when it is not a single well-formed JSON object.
     */
    public static JsonBody readObject(ServerRequest req, int maxBytes) {
        String type = req.headers().contentType().map(t -> t.mediaType().text()).orElse("");
        if (!type.equalsIgnoreCase("application/json")) {
            throw ProblemException.unsupportedMediaType("send the body as application/json");
        }
        byte[] bytes = Bodies.read(req, maxBytes);
        JsonNode node;
        try {
            node = MAPPER.readTree(bytes);
        } catch (JsonProcessingException e) {
            throw ProblemException.badRequest("malformed-json", "Malformed JSON",
                    "the body is not valid JSON: " + e.getOriginalMessage()
                            + (e.getLocation() == null ? "" : " at line " + e.getLocation().getLineNr() + ", column "
                                    + e.getLocation().getColumnNr()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        if (node == null || !node.isObject()) {
            throw ProblemException.badRequest("malformed-json", "Malformed JSON", "the body must be a JSON object");
        }
        return new JsonBody(node);
    }
}
