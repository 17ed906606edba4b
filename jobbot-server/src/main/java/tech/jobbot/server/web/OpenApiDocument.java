package tech.jobbot.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

/** The OpenAPI 3.1 description of the whole HTTP API, served at {@code /openapi}. */
public final class OpenApiDocument {
    private static final byte[] DOCUMENT = load();

    private OpenApiDocument() {
    }

    private static byte[] load() {
        try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream("openapi.json")) {
            if (in == null) {
                throw new IllegalStateException("openapi.json is missing from the jar");
            }
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static void serve(ServerRequest req, ServerResponse res) {
        res.header(HeaderNames.CONTENT_TYPE, "application/json");
        res.send(DOCUMENT);
    }
}
