package tech.jobbot.adapters.catalog;

import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodySubscriber;
import java.net.http.HttpResponse.BodySubscribers;
import java.net.http.HttpResponse.ResponseInfo;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.locks.ReentrantLock;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

import tech.jobbot.domain.job.SkillId;
import tech.jobbot.domain.recommendation.CatalogItem;
import tech.jobbot.ports.out.JobbotException;
import tech.jobbot.ports.out.recommendation.SkillServiceCatalog;

/**
 * A partner's catalog of trainings, courses and consulting services, read from a JSON feed over
 * HTTPS.
 *
 * <p><b>What is sent.</b> One {@code GET} of the whole feed, with no query string, no body, and no
 * header but {@code Accept} and, when a key is configured, {@code Authorization: Bearer}. Nothing
 * about the person, not even the skills being looked up, leaves Jobbot: the feed is filtered here.
 *
 * <p><b>The feed.</b> {@code {"items": [...]}} in the same format as the bundled catalog: each item
 * has {@code id} (a lower-case slug), {@code title}, {@code type} (training, course, consulting),
 * {@code skills} (1 to 4 taxonomy skill ids), {@code level} (beginner, intermediate, advanced),
 * {@code format} (online, in-person, one-to-one), {@code duration}, {@code price} (free, low,
 * medium, high), {@code provider} and an optional https {@code url}. An invalid item is skipped and
 * the rest served; a document that is not a catalog, is larger than the configured limits, or has
 * no valid item at all, is refused whole.
 *
 * <p><b>Freshness.</b> A fetched feed is served for the configured TTL, then fetched again on the
 * next lookup; one fetch runs at a time. When a fetch fails (timeout, error status, malformed or
 * oversized feed, network failure), a warning is logged (never the body) and the last good copy
 * is served, however old; the partner is asked again a minute later at the soonest. If no fetch
 * has ever succeeded, lookups answer an <em>empty list</em> rather than throw: the partner feed
 * supplements the bundled catalog, and its outage should thin the recommendations, not stop them.
 *
 * <p>Thread-safe. Close it to release its HTTP client.
 */
public final class PartnerFeedSkillServiceCatalog implements SkillServiceCatalog, AutoCloseable {
    private static final System.Logger LOG = System.getLogger(PartnerFeedSkillServiceCatalog.class.getName());

    /**
     * After a failed fetch, how long lookups are answered from the fallback before the partner is
     * asked again (at most the TTL): a partner that is down is not asked on every lookup.
     */
    static final Duration RETRY_AFTER_FAILURE = Duration.ofMinutes(1);

    private final PartnerFeedSettings settings;
    private final Ticker ticker;
    private final long retryAfterFailureNanos;
    private final HttpClient http;
    /** The feed while it is fresh: one entry that expires after the TTL. */
    private final Cache<URI, Catalog> fresh;
    private final ReentrantLock fetching = new ReentrantLock();
    /** Kept apart from the cache because it must outlive the TTL; null until a fetch succeeds. */
    private volatile Catalog lastGood;
    /** Guarded by {@link #fetching}. */
    private boolean failedSinceLastGood;
    /** Guarded by {@link #fetching}. */
    private long lastFailureAt;
    private volatile boolean closed;

    public PartnerFeedSkillServiceCatalog(PartnerFeedSettings settings) {
        this(settings, Ticker.systemTicker());
    }

    /** With the time source of the cache and of the retry delay: tests pass a fake one. */
    PartnerFeedSkillServiceCatalog(PartnerFeedSettings settings, Ticker ticker) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.ticker = Objects.requireNonNull(ticker, "ticker");
        this.retryAfterFailureNanos = RETRY_AFTER_FAILURE.compareTo(settings.ttl()) < 0
                ? RETRY_AFTER_FAILURE.toNanos() : settings.ttl().toNanos();
        this.fresh = Caffeine.newBuilder()
                .expireAfterWrite(settings.ttl())
                .maximumSize(1)
                .ticker(ticker)
                // One entry makes maintenance trivial; doing it in the caller keeps it off the common pool.
                .executor(Runnable::run)
                .build();
        this.http = HttpClient.newBuilder()
                .connectTimeout(settings.requestTimeout())
                // A redirect could carry the key to another host, or the feed down to plain http.
                .followRedirects(HttpClient.Redirect.NEVER)
                // One GET an hour gains nothing from HTTP/2, and plain-http test servers would be sent
                // an upgrade request.
                .version(HttpClient.Version.HTTP_1_1)
                .build();
    }

    /**
     * The partner's items teaching at least one of the skills, in the feed's order; the last good
     * copy when the partner cannot be reached, and an empty list if it never could.
     *
     * @throws IllegalStateException once closed
     */
    @Override
    public List<CatalogItem> itemsTeaching(Set<SkillId> skills) {
        Objects.requireNonNull(skills, "skills");
        if (closed) {
            throw new IllegalStateException("the partner feed catalog is closed");
        }
        if (skills.isEmpty()) {
            return List.of();
        }
        return current().teaching(skills);
    }

    @Override
    public void close() {
        closed = true;
        fresh.invalidateAll();
        // Not close(): it would wait for a fetch stuck on a slow partner.
        http.shutdownNow();
    }

    private Catalog current() {
        URI key = settings.feedUrl();
        Catalog feed = fresh.getIfPresent(key);
        if (feed != null) {
            return feed;
        }
        Catalog stale = lastGood;
        if (stale != null) {
            // Another lookup is already asking the partner: answer now rather than queue behind it.
            if (!fetching.tryLock()) {
                return stale;
            }
        } else {
            fetching.lock();
        }
        try {
            feed = fresh.getIfPresent(key);
            if (feed != null) {
                return feed;
            }
            if (failedSinceLastGood && ticker.read() - lastFailureAt < retryAfterFailureNanos) {
                return fallback();
            }
            try {
                Catalog fetched = fetch();
                fresh.put(key, fetched);
                lastGood = fetched;
                failedSinceLastGood = false;
                return fetched;
            } catch (JobbotException e) {
                failedSinceLastGood = true;
                lastFailureAt = ticker.read();
                warn(e);
                return fallback();
            }
        } finally {
            fetching.unlock();
        }
    }

    private Catalog fallback() {
        Catalog stale = lastGood;
        return stale == null ? Catalog.EMPTY : stale;
    }

    private Catalog fetch() {
        HttpRequest.Builder request = HttpRequest.newBuilder(settings.feedUrl())
                .GET()
                .timeout(settings.requestTimeout())
                .header("Accept", "application/json");
        settings.apiKey().ifPresent(key -> request.header("Authorization", "Bearer " + key));
        CompletableFuture<HttpResponse<byte[]>> pending = http.sendAsync(request.build(), this::body);
        HttpResponse<byte[]> response;
        try {
            // The request's own timeout ends when the headers arrive; this one also covers the body.
            response = pending.get(settings.requestTimeout().toNanos(), TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            pending.cancel(true);
            throw new JobbotException("no complete answer within " + settings.requestTimeout().toMillis() + " ms", true, e);
        } catch (InterruptedException e) {
            pending.cancel(true);
            Thread.currentThread().interrupt();
            throw new JobbotException("interrupted while fetching", true, e);
        } catch (ExecutionException e) {
            throw failure(e.getCause());
        }
        int status = response.statusCode();
        if (status != 200) {
            throw new JobbotException("answered HTTP " + status + (status / 100 == 3 ? " (redirects are not followed)" : ""),
                    status >= 500 || status == 408 || status == 429);
        }
        CatalogJson.Parsed parsed;
        try {
            // Skill ids are not checked against a taxonomy: an item teaching only unknown skills is
            // never looked up, so it does no harm.
            parsed = CatalogJson.parse(response.body(), settings.maxItems(), skill -> true);
        } catch (IllegalArgumentException e) {
            throw new JobbotException(e.getMessage(), false, e);
        }
        if (parsed.items().isEmpty() && parsed.skipped() > 0) {
            // Every item invalid means the partner changed its format, not that it has nothing to offer.
            throw new JobbotException("none of its " + parsed.skipped() + " items is valid; the first: "
                    + parsed.problems().getFirst(), false);
        }
        if (parsed.skipped() > 0) {
            LOG.log(Level.WARNING, () -> "Partner catalog feed " + settings.feedUrl() + ": skipped " + parsed.skipped()
                    + " invalid item(s) of " + (parsed.items().size() + parsed.skipped()) + "; the first: "
                    + parsed.problems().getFirst());
        }
        return new Catalog(parsed.items());
    }

    private BodySubscriber<byte[]> body(ResponseInfo info) {
        if (info.statusCode() != 200) {
            // An error page is of no use and is never logged.
            return BodySubscribers.replacing(null);
        }
        return new BoundedBody(settings.maxBytes(), info.headers().firstValueAsLong("Content-Length").orElse(-1));
    }

    private JobbotException failure(Throwable cause) {
        for (Throwable t = cause; t != null; t = t.getCause()) {
            if (t instanceof BoundedBody.TooLarge tooLarge) {
                return new JobbotException(tooLarge.getMessage(), false, tooLarge);
            }
            if (t instanceof HttpTimeoutException) {
                return new JobbotException("no answer within " + settings.requestTimeout().toMillis() + " ms", true, t);
            }
        }
        return new JobbotException("could not be reached (" + cause + ")", true, cause);
    }

    private void warn(JobbotException failure) {
        Catalog stale = lastGood;
        String serving = stale == null
                ? "no good copy yet, so no partner items are served"
                : "serving the last good copy (" + stale.items().size() + " items)";
        LOG.log(Level.WARNING, () -> "Partner catalog feed " + settings.feedUrl() + " unavailable: " + failure.getMessage()
                + "; " + serving + "; next attempt in " + Duration.ofNanos(retryAfterFailureNanos).toSeconds() + " s at the soonest");
    }
}
