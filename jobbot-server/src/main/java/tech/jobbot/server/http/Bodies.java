package tech.jobbot.server.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import io.helidon.webserver.http.ServerRequest;

/** Reads request bodies with a hard limit, refusing early when the declared length is already too large. */
public final class Bodies {
    private Bodies() {
    }

    public static byte[] read(ServerRequest req, int maxBytes) {
        req.headers().contentLength().ifPresent(length -> {
            if (length > maxBytes) {
                throw ProblemException.tooLarge(maxBytes);
            }
        });
        try (InputStream in = req.content().inputStream()) {
            byte[] bytes = in.readNBytes(maxBytes + 1);
            if (bytes.length > maxBytes) {
                throw ProblemException.tooLarge(maxBytes);
            }
            return bytes;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read request body", e);
        }
    }
}
