package tech.jobbot.server.export;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.concurrent.atomic.AtomicReference;
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
        // Fail before the first byte if the account is gone: after it, a failure can only cut the stream.
        if (jobbot.profile(caller.session().account()).isEmpty()) {
            throw ProblemException.unauthorized("the account of this session no longer exists");
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
            AtomicReference<Throwable> failed = new AtomicReference<>();
            Thread producer = Thread.ofVirtual().name("jobbot-export").start(() -> {
                try (writer) {
                    jobbot.exportData(caller.session().account(), writer);
                } catch (IOException | RuntimeException e) {
                    failed.set(e);
                }
            });
            try (OutputStream out = res.outputStream()) {
                ExportHtml.render(json, out);
            }
            producer.join();
            if (failed.get() != null) {
                // The page was cut short; the log says why (the client sees an incomplete page).
                throw new IllegalStateException("the export failed while streaming", failed.get());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while exporting", e);
        }
    }
}
