package tech.jobbot.server.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.sdk.Jobbot;
import tech.jobbot.server.http.Authenticator;
import tech.jobbot.server.http.Authenticator.Caller;
import tech.jobbot.server.http.ProblemException;

/**
 * {@code GET /me/export}: everything Jobbot holds about the signed-in person (policy §7), as the
 * documented JSON, or {@code ?format=html} as a readable page. Only from a session that began with
 * a code in the last ten minutes: an older one signs in again first (re-authentication). Streamed.
 */
public final class ExportRoutes implements HttpService {
    private final Jobbot jobbot;
    private final Authenticator authenticator;

    public ExportRoutes(Jobbot jobbot, Authenticator authenticator) {
        this.jobbot = jobbot;
        this.authenticator = authenticator;
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/me/export", this::export);
    }

    private void export(ServerRequest req, ServerResponse res) {
        Caller caller = authenticator.require(req);
        String format = req.query().first("format").orElse("json");
        if (!format.equals("json") && !format.equals("html")) {
            throw ProblemException.invalid("format", "must be json or html");
        }
        if (!jobbot.recentlySignedIn(caller.session())) {
            throw ProblemException.forbidden("reauthentication-required", "the export needs a fresh proof that it is"
                    + " you: sign in again with a code (POST /auth/codes, then /auth/sessions) and retry within "
                    + Jobbot.REAUTHENTICATION_WINDOW.toMinutes() + " minutes");
        }
        res.header(HeaderNames.CACHE_CONTROL, "no-store");
        if (format.equals("json")) {
            res.header(HeaderNames.CONTENT_TYPE, "application/json");
            res.header(HeaderNames.CONTENT_DISPOSITION, "attachment; filename=\"jobbot-export.json\"");
            try (OutputStream out = res.outputStream()) {
                jobbot.exportData(caller.session().account(), out);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
            return;
        }
        // The page is rendered from the JSON as it is written, through a pipe: neither is held in
        // memory whole, and no personal data touches the disk unencrypted.
        res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=utf-8");
        try (PipedInputStream json = new PipedInputStream(64 * 1024);
                PipedOutputStream writer = new PipedOutputStream(json)) {
            Thread producer = Thread.ofVirtual().name("jobbot-export").start(() -> {
                try (writer) {
                    jobbot.exportData(caller.session().account(), writer);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            });
            try (OutputStream out = res.outputStream()) {
                ExportHtml.render(json, out);
            }
            producer.join();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while exporting", e);
        }
    }
}
