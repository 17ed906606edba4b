package tech.jobbot.server.interview;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.server.http.Json;

/**
 * A {@code text/event-stream} answer opened only when its first event is sent, so that a request
 * refused before anything happened still gets an ordinary status and problem body. A client that
 * goes away stops the writing, not the work: the answer and its feedback are stored regardless.
 */
final class EventStream {
    private final ServerResponse res;
    private OutputStream out;
    private boolean gone;

    EventStream(ServerResponse res) {
        this.res = res;
    }

    boolean started() {
        return out != null;
    }

    void send(String event, Object data) {
        if (gone) {
            return;
        }
        try {
            if (out == null) {
                res.header(HeaderNames.CONTENT_TYPE, "text/event-stream");
                res.header(HeaderNames.CACHE_CONTROL, "no-store");
                out = res.outputStream();
            }
            out.write(("event: " + event + "\ndata: ").getBytes(StandardCharsets.UTF_8));
            out.write(Json.write(data));
            out.write("\n\n".getBytes(StandardCharsets.UTF_8));
            out.flush();
        } catch (IOException | RuntimeException clientGone) {
            gone = true;
        }
    }

    void close() {
        if (out != null) {
            try {
                out.close();
            } catch (IOException | RuntimeException clientGone) {
                gone = true;
            }
        }
    }
}
