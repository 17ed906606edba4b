package tech.jobbot.adapters.web;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.ConnectException;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import javax.net.ssl.SSLException;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import tech.jobbot.ports.out.JobbotException;
import tech.jobbot.ports.out.job.JobPageFetcher;
import tech.jobbot.ports.out.job.PageFetch;
import tech.jobbot.ports.out.job.PageFetch.Fetched;
import tech.jobbot.ports.out.job.PageFetch.Refused;
import tech.jobbot.ports.out.job.PageFetch.Unreadable;

/**
 * Fetches a job page with the JDK HTTP client and reads the posting on it with
 * {@link JsoupJobPostingReader}, without letting a link reach the server's own network (SSRF).
 *
 * <p>Before every request, the first and each redirect (followed by hand, at most
 * {@link FetchSettings#maxRedirects()}), the link must be http or https without a user name, and
 * every address its host resolves to must be {@linkplain AddressKind#PUBLIC public}: one private
 * address among public ones is enough to refuse, because the client may pick any of them. IP
 * addresses written in unusual numeric forms ({@code 2130706433}, {@code 127.1}, {@code 0x7f.1},
 * {@code 0177.0.0.1}) are refused outright: resolvers disagree on what they mean (the JDK reads
 * {@code 0177.0.0.1} as 177.0.0.1, browsers and curl as 127.0.0.1). Host names that only exist
 * inside a network ({@code localhost}, {@code *.local}, {@code *.internal}, names without a dot)
 * are refused before any lookup. Only hosts in {@link FetchSettings#allowedHosts()} skip these
 * address checks. The whole fetch shares one deadline, the body is read up to
 * {@link FetchSettings#maxBytes()}, and only HTML is parsed.
 *
 * <p>The client never uses a proxy: behind a proxy the address checks here would test the wrong
 * connection. A deployment that must go through an egress proxy needs the same rules there.
 *
 * <p><b>Known limit: DNS rebinding.</b> The addresses are checked, then the HTTP client resolves
 * the host again when it connects. A hostile DNS server could answer the check with a public
 * address and the connection with a private one. With the default {@link HostResolver#system()}
 * both lookups go through the JVM's address cache ({@code networkaddress.cache.ttl}, 30 seconds
 * unless configured otherwise), so the client normally connects to the very addresses checked;
 * the race stays open when that cache is disabled or expires between check and connect.
 * Connecting to the checked IP ourselves is not done: for https it would break certificate and
 * SNI checks, and the JDK client does not let a caller set the Host header or pick the address.
 * Lookups themselves are bounded by the operating system's resolver, not by the fetch deadline.
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

    private final FetchSettings settings;
    private final HostResolver resolver;
    private final HttpClient client;
    private final JsoupJobPostingReader reader = new JsoupJobPostingReader();

    /** A fetcher that looks hosts up with the JVM's resolver. */
    public HttpJobPageFetcher(FetchSettings settings) {
        this(settings, HostResolver.system());
    }

    /** A fetcher that checks the addresses {@code resolver} gives for each host. */
    public HttpJobPageFetcher(FetchSettings settings, HostResolver resolver) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.resolver = Objects.requireNonNull(resolver, "resolver");
        this.client = HttpClient.newBuilder()
                .followRedirects(HttpClient.Redirect.NEVER)
                .proxy(HttpClient.Builder.NO_PROXY)
                .connectTimeout(settings.timeout())
                // HTTP/2 over cleartext starts with an Upgrade that some servers mishandle; a page is one request.
                .version(HttpClient.Version.HTTP_1_1)
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

    /** Stops the HTTP client; fetches still running are aborted. */
    @Override
    public void close() {
        client.shutdownNow();
    }

    private sealed interface Step {}

    private record Done(PageFetch outcome) implements Step {}

    private record Redirect(URI to) implements Step {}

    private Step step(URI target, boolean redirected, long deadline) {
        Optional<PageFetch> stop = check(target, redirected);
        if (stop.isPresent()) {
            return new Done(stop.get());
        }
        long remaining = deadline - System.nanoTime();
        if (remaining <= 0) {
            return new Done(timedOut());
        }
        HttpRequest request;
        try {
            request = HttpRequest.newBuilder(target)
                    .timeout(Duration.ofNanos(remaining))
                    .header("User-Agent", settings.userAgent())
                    .header("Accept", ACCEPT)
                    .GET()
                    .build();
        } catch (IllegalArgumentException e) {
            return new Done(new Refused(redirected
                    ? "the link redirects to a link that cannot be fetched"
                    : "the link cannot be fetched"));
        }
        CompletableFuture<HttpResponse<BoundedBody>> exchange = client.sendAsync(request, this::bodyFor);
        try {
            return interpret(target, exchange.get(remaining, TimeUnit.NANOSECONDS));
        } catch (TimeoutException e) {
            exchange.cancel(true);
            return new Done(timedOut());
        } catch (InterruptedException e) {
            exchange.cancel(true);
            Thread.currentThread().interrupt();
            return new Done(new Unreadable("fetching the page was interrupted"));
        } catch (ExecutionException e) {
            return new Done(failure(e.getCause()));
        }
    }

    private Optional<PageFetch> check(URI target, boolean redirected) {
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
            if (settings.allows(literal.getHostAddress())) {
                return Optional.empty();
            }
            addresses = List.of(literal);
        } else {
            if (settings.allows(host)) {
                return Optional.empty();
            }
            if (isPrivateName(host)) {
                return refused(via + "a host name that only works inside a private network");
            }
            try {
                addresses = resolver.resolve(host);
            } catch (UnknownHostException e) {
                addresses = List.of();
            }
            if (addresses.isEmpty()) {
                return Optional.of(new Unreadable("the site's host name could not be found"));
            }
        }
        for (InetAddress address : addresses) {
            AddressKind kind = AddressKind.of(address);
            if (!kind.isPublic()) {
                return refused(via + kind.phrase());
            }
        }
        return Optional.empty();
    }

    private static boolean isPrivateName(String host) {
        return !host.contains(".")
                || host.equals("localhost")
                || PRIVATE_NAME_SUFFIXES.stream().anyMatch(host::endsWith);
    }

    private HttpResponse.BodySubscriber<BoundedBody> bodyFor(HttpResponse.ResponseInfo info) {
        if (info.statusCode() / 100 != 2 || !isHtml(info.headers())) {
            return BoundedBody.skipped();
        }
        if (announcedLength(info.headers()) > settings.maxBytes()) {
            return BoundedBody.tooLarge();
        }
        return BoundedBody.upTo(settings.maxBytes());
    }

    private Step interpret(URI target, HttpResponse<BoundedBody> response) {
        int status = response.statusCode();
        if (REDIRECT_STATUSES.contains(status)) {
            return redirect(target, response.headers());
        }
        if (status / 100 != 2) {
            return new Done(new Unreadable("the page answered with HTTP status " + status));
        }
        if (!isHtml(response.headers())) {
            return new Done(new Unreadable(notHtml(response.headers())));
        }
        return switch (response.body()) {
            case BoundedBody.Complete complete -> new Done(parse(target, complete.bytes(), response.headers()));
            case BoundedBody.TooLarge tooLarge -> new Done(new Unreadable("the page is larger than " + size(settings.maxBytes())));
            case BoundedBody.Skipped skipped -> new Done(new Unreadable("the page could not be read"));
        };
    }

    private static Step redirect(URI from, HttpHeaders headers) {
        Optional<String> location = headers.firstValue("location").map(String::strip).filter(l -> !l.isEmpty());
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

    private PageFetch parse(URI target, byte[] body, HttpHeaders headers) {
        try {
            // Without a charset in the header jsoup looks for a BOM or <meta charset>, then takes UTF-8.
            Document page = Jsoup.parse(new ByteArrayInputStream(body), charset(headers), target.toString());
            return new Fetched(reader.read(page), target);
        } catch (IOException e) {
            return new Unreadable("the page could not be read");
        }
    }

    private PageFetch failure(Throwable failure) {
        Throwable cause = failure;
        while (cause instanceof CompletionException || cause instanceof ExecutionException) {
            if (cause.getCause() == null) {
                break;
            }
            cause = cause.getCause();
        }
        return switch (cause) {
            case HttpTimeoutException timeout -> timedOut();
            case UnknownHostException unknown -> new Unreadable("the site's host name could not be found");
            case ConnectException refused -> new Unreadable("the site could not be reached");
            case SSLException tls -> new Unreadable("the site's secure connection could not be established");
            case IOException io -> new Unreadable("the page could not be fetched");
            default -> throw new JobbotException("fetching a job page failed unexpectedly", false, cause);
        };
    }

    private Unreadable timedOut() {
        return new Unreadable("the page did not answer within " + duration(settings.timeout()));
    }

    private static Optional<PageFetch> refused(String reason) {
        return Optional.of(new Refused(reason));
    }

    private static boolean isHtml(HttpHeaders headers) {
        return mediaType(headers).filter(HTML_TYPES::contains).isPresent();
    }

    private static String notHtml(HttpHeaders headers) {
        return mediaType(headers)
                .filter(type -> MEDIA_TYPE_TOKEN.matcher(type).matches())
                .map(type -> "the link leads to " + type + " content, not an HTML page")
                .orElse("the link does not lead to an HTML page");
    }

    private static Optional<String> mediaType(HttpHeaders headers) {
        return headers.firstValue("content-type")
                .map(value -> value.split(";", 2)[0].strip().toLowerCase(Locale.ROOT))
                .filter(type -> !type.isEmpty());
    }

    private static String charset(HttpHeaders headers) {
        String contentType = headers.firstValue("content-type").orElse("");
        for (String parameter : contentType.split(";")) {
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

    private static long announcedLength(HttpHeaders headers) {
        try {
            return headers.firstValueAsLong("content-length").orElse(-1);
        } catch (NumberFormatException e) {
            return -1;
        }
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
