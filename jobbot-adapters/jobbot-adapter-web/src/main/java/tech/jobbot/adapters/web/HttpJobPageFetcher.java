package tech.jobbot.adapters.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import javax.net.ssl.SSLException;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.impl.DefaultSchemePortResolver;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.impl.routing.DefaultRoutePlanner;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionRequestTimeoutException;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpHeaders;
import org.apache.hc.core5.io.CloseMode;
import org.apache.hc.core5.util.Timeout;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import tech.jobbot.ports.out.JobbotException;
import tech.jobbot.ports.out.job.JobPageFetcher;
import tech.jobbot.ports.out.job.PageFetch;
import tech.jobbot.ports.out.job.PageFetch.Fetched;
import tech.jobbot.ports.out.job.PageFetch.Refused;
import tech.jobbot.ports.out.job.PageFetch.Unreadable;

/**
 * Fetches a job page with Apache HttpClient and reads the posting on it with
 * {@link JsoupJobPostingReader}, without letting a link reach the server's own network (SSRF).
 *
 * <p>Before every request, the first and each redirect (followed by hand, at most
 * {@link FetchSettings#maxRedirects()}), the link must be http or https without a user name, and
 * every address its host resolves to must be {@linkplain AddressKind#PUBLIC public}: one private
 * address among public ones is enough to refuse, because the connection may use any of them. IP
 * addresses written in unusual numeric forms ({@code 2130706433}, {@code 127.1}, {@code 0x7f.1},
 * {@code 0177.0.0.1}) are refused outright: resolvers disagree on what they mean (the JDK reads
 * {@code 0177.0.0.1} as 177.0.0.1, browsers and curl as 127.0.0.1). Host names that only exist
 * inside a network ({@code localhost}, {@code *.local}, {@code *.internal}, names without a dot)
 * are refused before any lookup. Only hosts in {@link FetchSettings#allowedHosts()} skip these
 * address checks. The whole fetch shares one deadline, the body is read up to
 * {@link FetchSettings#maxBytes()}, and only HTML is parsed.
 *
 * <p><b>Addresses are pinned.</b> Each hop looks its host name up exactly once, with the
 * {@link HostResolver}, and connects only to the addresses of that answer that were checked, in
 * their order (an IP literal is its own single address): the HTTP client's DNS resolver is
 * replaced by {@code PinnedDnsResolver}, which hands it those addresses and never asks DNS. A DNS
 * server that answers the check with a public address therefore cannot send the connection to a
 * private one (DNS rebinding): there is no second lookup to answer. The host name still goes into
 * the Host header, the TLS server name (SNI) and the certificate check, so https is verified
 * against the name as usual. Allowlisted names are looked up and pinned the same way, only not
 * checked. Connections are never reused: every hop connects afresh to its own addresses, and an
 * abandoned body is cut off rather than drained.
 *
 * <p>The lookup runs on a virtual thread and counts against the deadline: a resolver that hangs
 * makes the fetch time out, though the lookup itself runs on until the operating system gives up,
 * and its answer is dropped.
 *
 * <p>The client never uses a proxy and never reads the JVM's proxy settings: behind a proxy the
 * address checks here would test the wrong connection. A deployment that must go through an
 * egress proxy needs the same rules there.
 */
public final class HttpJobPageFetcher implements JobPageFetcher, AutoCloseable {
    private static final Set<Integer> REDIRECT_STATUSES = Set.of(301, 302, 303, 307, 308);
    private static final Set<String> HTML_TYPES = Set.of("text/html", "application/xhtml+xml");
    private static final Pattern ENDS_IN_NUMBER = Pattern.compile("(?:^|\\.)(?:[0-9]+|0x[0-9a-f]*)$");
    private static final Pattern CANONICAL_IPV4 =
            Pattern.compile("(?:(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])\\.){3}(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])");
    private static final Pattern MEDIA_TYPE_TOKEN = Pattern.compile("[a-z0-9!#$&^_.+-]{1,64}/[a-z0-9!#$&^_.+-]{1,64}");
    private static final List<String> PRIVATE_NAME_SUFFIXES = List.of(".localhost", ".local", ".internal", ".home.arpa");
    private static final String ACCEPT = "text/html,application/xhtml+xml;q=0.9,*/*;q=0.1";
    // Connections are never reused, so the pool only caps fetches in flight: users pasting links to
    // the same job board must not queue behind each other.
    private static final int MAX_CONNECTIONS = 256;

    private final FetchSettings settings;
    private final HostResolver resolver;
    private final PinnedDnsResolver pinnedDns = new PinnedDnsResolver();
    private final ExecutorService workers =
            Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("jobbot-page-fetch-", 0).factory());
    /** Built off the caller's thread (loading the trust store takes a few hundred milliseconds). */
    private final CompletableFuture<CloseableHttpClient> client;
    private final JsoupJobPostingReader reader = new JsoupJobPostingReader();

    /** A fetcher that looks hosts up with the JVM's resolver. */
    public HttpJobPageFetcher(FetchSettings settings) {
        this(settings, HostResolver.system());
    }

    /** A fetcher that checks the addresses {@code resolver} gives for each host, and connects only to them. */
    public HttpJobPageFetcher(FetchSettings settings, HostResolver resolver) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.client = CompletableFuture.supplyAsync(this::newClient, workers);
    }

    private CloseableHttpClient newClient() {
        Timeout limit = Timeout.of(settings.timeout());
        return HttpClients.custom()
                .setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
                        .setDnsResolver(pinnedDns)
                        .setMaxConnTotal(MAX_CONNECTIONS)
                        .setMaxConnPerRoute(MAX_CONNECTIONS)
                        .setDefaultConnectionConfig(ConnectionConfig.custom()
                                .setConnectTimeout(limit)
                                .setSocketTimeout(limit)
                                .build())
                        .build())
                // Straight to the target: no proxy, and no system properties that could name one.
                .setRoutePlanner(new DefaultRoutePlanner(DefaultSchemePortResolver.INSTANCE))
                .setConnectionReuseStrategy((request, response, context) -> false)
                .disableRedirectHandling()
                .disableAutomaticRetries()
                .disableCookieManagement()
                .disableAuthCaching()
                // Without Accept-Encoding the size limit applies to what arrives, as announced.
                .disableContentCompression()
                .build();
    }

    @Override
    public PageFetch fetch(URI link) {
        Objects.requireNonNull(link, "link");
        long deadline = System.nanoTime() + settings.timeout().toNanos();
        URI target = link;
        for (int redirects = 0; ; redirects++) {
            Step step = step(target, redirects > 0, deadline);
            switch (step) {
                case Done done -> {
                    return done.outcome();
                }
                case Redirect redirect -> {
                    if (redirects == settings.maxRedirects()) {
                        return new Refused("the link redirects more than " + settings.maxRedirects()
                                + (settings.maxRedirects() == 1 ? " time" : " times"));
                    }
                    target = redirect.to();
                }
            }
        }
    }

    /** The HTTP client, once built; a failure to build it is this fetch's failure. */
    private CloseableHttpClient client() {
        try {
            return client.join();
        } catch (CompletionException e) {
            throw e.getCause() instanceof RuntimeException cause ? cause : e;
        }
    }

    /** Stops the HTTP client; fetches still running are aborted. */
    @Override
    public void close() {
        try {
            CloseableHttpClient built = client.handle((done, failed) -> done).join();
            if (built != null) {
                built.close(CloseMode.IMMEDIATE);
            }
        } finally {
            workers.shutdownNow();
        }
    }

    private sealed interface Step {}

    /** What checking a link gives: the end of the fetch, or where it may connect to. */
    private sealed interface Check {}

    private record Done(PageFetch outcome) implements Step, Check {}

    private record Redirect(URI to) implements Step {}

    /** {@code host} as {@link FetchSettings#normaliseHost} leaves it, and the addresses that passed. */
    private record Cleared(String host, List<InetAddress> addresses) implements Check {}

    private Step step(URI target, boolean redirected, long deadline) {
        return switch (check(target, redirected, deadline)) {
            case Done done -> done;
            case Cleared cleared -> exchange(target, redirected, cleared, deadline);
        };
    }

    private Check check(URI target, boolean redirected, long deadline) {
        String scheme = target.getScheme() == null ? "" : target.getScheme().toLowerCase(Locale.ROOT);
        if (!scheme.equals("http") && !scheme.equals("https")) {
            return refused(redirected
                    ? "the link redirects to a link that is not http or https"
                    : "only http and https links are fetched");
        }
        if (target.getRawUserInfo() != null) {
            return refused(redirected
                    ? "the link redirects to a link with a user name or password"
                    : "links with a user name or password are not fetched");
        }
        String rawHost = target.getHost();
        if (rawHost == null || rawHost.contains("%")) {
            return refused(redirected
                    ? "the link redirects to a link without a valid host name"
                    : "the link does not name a valid host");
        }
        String via = redirected ? "the link redirects to " : "the link points to ";
        String host = FetchSettings.normaliseHost(rawHost);
        List<InetAddress> addresses;
        if (rawHost.startsWith("[") || ENDS_IN_NUMBER.matcher(host).find()) {
            if (!rawHost.startsWith("[") && !CANONICAL_IPV4.matcher(host).matches()) {
                return refused(via + "an IP address written in an unusual form; write it as four decimal numbers");
            }
            InetAddress literal;
            try {
                // A bracketed IPv6 or a dotted-quad IPv4 literal is parsed, never looked up.
                literal = InetAddress.getByName(rawHost.startsWith("[") ? rawHost : host);
            } catch (UnknownHostException e) {
                return refused(via + "an IP address that is not valid");
            }
            addresses = List.of(literal);
            if (settings.allows(literal.getHostAddress())) {
                return new Cleared(host, addresses);
            }
        } else {
            boolean allowed = settings.allows(host);
            if (!allowed && isPrivateName(host)) {
                return refused(via + "a host name that only works inside a private network");
            }
            switch (lookUp(host, deadline)) {
                case Done failed -> {
                    return failed;
                }
                case Cleared found when allowed -> {
                    return found;
                }
                case Cleared found -> addresses = found.addresses();
            }
        }
        for (InetAddress address : addresses) {
            AddressKind kind = AddressKind.of(address);
            if (!kind.isPublic()) {
                return refused(via + kind.phrase());
            }
        }
        return new Cleared(host, addresses);
    }

    private static boolean isPrivateName(String host) {
        return !host.contains(".")
                || host.equals("localhost")
                || PRIVATE_NAME_SUFFIXES.stream().anyMatch(host::endsWith);
    }

    /** The one lookup of this hop: its addresses, unchecked yet, or why there are none. */
    private Check lookUp(String host, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            return new Done(timedOut());
        }
        Future<List<InetAddress>> lookup = submit(() -> resolver.resolve(host));
        List<InetAddress> addresses;
        try {
            addresses = lookup.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            lookup.cancel(true);
            return new Done(timedOut());
        } catch (InterruptedException e) {
            lookup.cancel(true);
            Thread.currentThread().interrupt();
            return new Done(interrupted());
        } catch (ExecutionException e) {
            return switch (e.getCause()) {
                case UnknownHostException unknown -> new Done(hostNotFound());
                case RuntimeException failure -> throw failure;
                case Error error -> throw error;
                default -> throw new JobbotException("looking up a job page's host failed unexpectedly", false, e.getCause());
            };
        }
        return addresses == null || addresses.isEmpty() ? new Done(hostNotFound()) : new Cleared(host, List.copyOf(addresses));
    }

    private Step exchange(URI target, boolean redirected, Cleared destination, long deadline) {
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            return new Done(timedOut());
        }
        HttpGet request;
        try {
            request = new HttpGet(target);
        } catch (IllegalArgumentException e) {
            return new Done(new Refused(redirected
                    ? "the link redirects to a link that cannot be fetched"
                    : "the link cannot be fetched"));
        }
        // A socket timeout of 0 would mean none at all, so never less than a millisecond.
        Timeout timeLeft = Timeout.ofMilliseconds(Math.max(1, TimeUnit.NANOSECONDS.toMillis(remaining)));
        request.setConfig(RequestConfig.custom()
                .setConnectionRequestTimeout(timeLeft)
                .setResponseTimeout(timeLeft)
                .setRedirectsEnabled(false)
                // The client would otherwise offer "Upgrade: TLS/1.2" on http, which some servers mishandle.
                .setProtocolUpgradeEnabled(false)
                .build());
        request.setHeader(HttpHeaders.USER_AGENT, settings.userAgent());
        request.setHeader(HttpHeaders.ACCEPT, ACCEPT);
        Future<Step> exchange = submit(() ->
                pinnedDns.pinned(destination.host(), destination.addresses(), () -> send(target, request)));
        try {
            return exchange.get(remaining, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            request.cancel();
            exchange.cancel(true);
            return new Done(timedOut());
        } catch (InterruptedException e) {
            request.cancel();
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return new Done(interrupted());
        } catch (ExecutionException e) {
            return new Done(failure(e.getCause()));
        }
    }

    private Step send(URI target, HttpGet request) throws IOException {
        ClassicHttpResponse response = client().executeOpen(null, request, null);
        try {
            return interpret(target, response);
        } finally {
            // Cancelling shuts the connection down; closing alone would first read the rest of the body.
            request.cancel();
            closeCancelled(response);
        }
    }

    private static void closeCancelled(ClassicHttpResponse response) {
        try {
            response.close();
        } catch (IOException connectionAlreadyShut) {
            // Nothing is left to release: the cancelled connection is closed and back in the pool.
        }
    }

    private Step interpret(URI target, ClassicHttpResponse response) throws IOException {
        int status = response.getCode();
        if (REDIRECT_STATUSES.contains(status)) {
            return redirect(target, response);
        }
        if (status / 100 != 2) {
            return new Done(new Unreadable("the page answered with HTTP status " + status));
        }
        if (!isHtml(response)) {
            return new Done(new Unreadable(notHtml(response)));
        }
        HttpEntity entity = response.getEntity();
        if (entity == null) {
            return new Done(parse(target, new byte[0], response));
        }
        if (entity.getContentLength() > settings.maxBytes()) {
            return new Done(tooLarge());
        }
        byte[] body;
        try (InputStream content = entity.getContent()) {
            // One byte past the limit is enough to know the page is too large: the rest is never read.
            body = content.readNBytes(settings.maxBytes() + 1);
        }
        return new Done(body.length > settings.maxBytes() ? tooLarge() : parse(target, body, response));
    }

    private static Step redirect(URI from, ClassicHttpResponse response) {
        Optional<String> location = header(response, HttpHeaders.LOCATION).map(String::strip).filter(l -> !l.isEmpty());
        if (location.isEmpty()) {
            return new Done(new Unreadable("the page redirects without saying where to"));
        }
        try {
            // URI.resolve glues a relative link to a host without a path ("http://a" + "b" -> "http://ab").
            URI base = from.getRawPath() == null || from.getRawPath().isEmpty() ? from.resolve("/") : from;
            return new Redirect(base.resolve(new URI(location.get())));
        } catch (URISyntaxException | IllegalArgumentException e) {
            return new Done(new Unreadable("the page redirects to a link that is not valid"));
        }
    }

    private PageFetch parse(URI target, byte[] body, ClassicHttpResponse response) {
        try {
            // Without a charset in the header jsoup looks for a BOM or <meta charset>, then takes UTF-8.
            Document page = Jsoup.parse(new ByteArrayInputStream(body), charset(response), target.toString());
            return new Fetched(reader.read(page), target);
        } catch (IOException e) {
            return new Unreadable("the page could not be read");
        }
    }

    private PageFetch failure(Throwable failure) {
        return switch (failure) {
            case SocketTimeoutException timeout -> timedOut();
            case ConnectionRequestTimeoutException poolFull -> timedOut();
            case UnknownHostException unknown -> hostNotFound();
            case ConnectException refused -> new Unreadable("the site could not be reached");
            case SSLException tls -> new Unreadable("the site's secure connection could not be established");
            case IOException io -> new Unreadable("the page could not be fetched");
            case Error error -> throw error;
            default -> throw new JobbotException("fetching a job page failed unexpectedly", false, failure);
        };
    }

    private <T> Future<T> submit(Callable<T> task) {
        try {
            return workers.submit(task);
        } catch (RejectedExecutionException e) {
            throw new IllegalStateException("the page fetcher is closed", e);
        }
    }

    private Unreadable timedOut() {
        return new Unreadable("the page did not answer within " + duration(settings.timeout()));
    }

    private Unreadable tooLarge() {
        return new Unreadable("the page is larger than " + size(settings.maxBytes()));
    }

    private static Unreadable hostNotFound() {
        return new Unreadable("the site's host name could not be found");
    }

    private static Unreadable interrupted() {
        return new Unreadable("fetching the page was interrupted");
    }

    private static Done refused(String reason) {
        return new Done(new Refused(reason));
    }

    private static Optional<String> header(ClassicHttpResponse response, String name) {
        return Optional.ofNullable(response.getFirstHeader(name)).map(Header::getValue);
    }

    private static boolean isHtml(ClassicHttpResponse response) {
        return mediaType(response).filter(HTML_TYPES::contains).isPresent();
    }

    private static String notHtml(ClassicHttpResponse response) {
        return mediaType(response)
                .filter(type -> MEDIA_TYPE_TOKEN.matcher(type).matches())
                .map(type -> "the link leads to " + type + " content, not an HTML page")
                .orElse("the link does not lead to an HTML page");
    }

    private static Optional<String> mediaType(ClassicHttpResponse response) {
        return header(response, HttpHeaders.CONTENT_TYPE)
                .map(value -> value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
                .filter(type -> !type.isEmpty());
    }

    private static String charset(ClassicHttpResponse response) {
        for (String parameter : header(response, HttpHeaders.CONTENT_TYPE).orElse("").split(";")) {
            String[] pair = parameter.split("=", 2);
            if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
                String name = pair[1].strip().replace("\"", "").replace("'", "");
                try {
                    if (Charset.isSupported(name)) {
                        return name;
                    }
                } catch (IllegalCharsetNameException e) {
                    return null;
                }
            }
        }
        return null;
    }

    private static String duration(Duration duration) {
        long millis = duration.toMillis();
        if (millis % 1000 == 0) {
            long seconds = millis / 1000;
            return seconds + (seconds == 1 ? " second" : " seconds");
        }
        return millis + " milliseconds";
    }

    private static String size(int bytes) {
        if (bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " bytes";
    }
}
