package tech.jobbot.server.web;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import io.helidon.http.HeaderNames;
import io.helidon.webserver.http.HttpRules;
import io.helidon.webserver.http.HttpService;
import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;

import tech.jobbot.server.http.ProblemException;

/**
 * The website, served from the jar: {@code /} is the single page, {@code /app/...} its ES modules,
 * styles and message bundles. No build step and no remote assets: plain files from the classpath
 * ({@code web/}), read once and kept in memory.
 */
public final class WebApp implements HttpService {
    private static final Pattern LOOPBACK = Pattern.compile("(?:127\\.\\d{1,3}\\.\\d{1,3}\\.\\d{1,3}|\\[::1\\])(:\\d{1,5})?");
    private static final Pattern SAFE_PATH = Pattern.compile("[a-z0-9][a-z0-9/_-]*\\.(js|css|json|svg)");
    private static final Map<String, String> TYPES = Map.of(
            "js", "text/javascript; charset=utf-8",
            "css", "text/css; charset=utf-8",
            "json", "application/json; charset=utf-8",
            "svg", "image/svg+xml");

    private final Map<String, Optional<byte[]>> cache = new ConcurrentHashMap<>();
    private final Optional<String> mailOutbox;

    /** @param mailOutbox where mail goes on the embedded default (told to people waiting for a code), if there */
    public WebApp(Optional<java.nio.file.Path> mailOutbox) {
        this.mailOutbox = mailOutbox.map(java.nio.file.Path::toString);
    }

    @Override
    public void routing(HttpRules rules) {
        rules.get("/", this::index)
                .get("/app/site.json", this::site)
                .get("/app/{+path}", this::asset);
    }

    private void index(ServerRequest req, ServerResponse res) {
        // Browsers keep Secure cookies (the session's, the cookie choice's) on http only for a
        // host named localhost, not for a loopback address: send a local visitor there.
        // Only for a visitor on this machine talking to it directly: behind a proxy (which may well
        // send Host: 127.0.0.1) nothing is redirected.
        String host = req.headers().first(HeaderNames.HOST).orElse("");
        java.util.regex.Matcher loopback = LOOPBACK.matcher(host);
        boolean direct = !req.headers().contains(HeaderNames.X_FORWARDED_FOR)
                && !req.headers().contains(HeaderNames.FORWARDED)
                && req.remotePeer().address() instanceof java.net.InetSocketAddress peer
                && peer.getAddress().isLoopbackAddress();
        if (direct && loopback.matches()) {
            res.status(302);
            res.header(HeaderNames.LOCATION, "http://localhost" + (loopback.group(1) == null ? "" : loopback.group(1)) + "/");
            res.send();
            return;
        }
        byte[] page = load("index.html").orElseThrow(() -> new IllegalStateException("web/index.html is missing"));
        res.header(HeaderNames.CONTENT_TYPE, "text/html; charset=utf-8");
        res.header(HeaderNames.CACHE_CONTROL, "no-cache");
        res.send(page);
    }

    /** What the pages need to know about this server: where codes arrive when no mail is sent. */
    private void site(ServerRequest req, ServerResponse res) {
        Map<String, Object> site = new java.util.LinkedHashMap<>();
        site.put("mailOutbox", mailOutbox.orElse(null));
        tech.jobbot.server.http.Json.send(res, 200, site);
    }

    private void asset(ServerRequest req, ServerResponse res) {
        String path = req.path().pathParameters().get("path");
        if (!SAFE_PATH.matcher(path).matches() || path.contains("..") || path.contains("//")) {
            throw ProblemException.notFound("no such file");
        }
        byte[] body = load("app/" + path).orElseThrow(() -> ProblemException.notFound("no such file"));
        res.header(HeaderNames.CONTENT_TYPE, TYPES.get(path.substring(path.lastIndexOf('.') + 1)));
        res.header(HeaderNames.CACHE_CONTROL, "no-cache");
        res.send(body);
    }

    /** Files found are kept in memory; a miss is not (asking for made-up names must not fill the heap). */
    private Optional<byte[]> load(String name) {
        Optional<byte[]> cached = cache.get(name);
        if (cached != null) {
            return cached;
        }
        try (InputStream in = WebApp.class.getClassLoader().getResourceAsStream("web/" + name)) {
            if (in == null) {
                return Optional.empty();
            }
            Optional<byte[]> found = Optional.of(in.readAllBytes());
            cache.put(name, found);
            return found;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
