package tech.jobbot.adapters.catalog;

import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Where a partner's catalog feed is and how it is fetched.
 *
 * @param feedUrl                the feed's https URL, without query, fragment or credentials (a
 *                               key in a URL ends up in access logs; use {@code apiKey})
 * @param requestTimeout         how long one fetch may take, body included; {@code null} means 5 seconds
 * @param ttl                    how long a fetched feed is served before it is fetched again;
 *                               {@code null} means 1 hour
 * @param maxItems               the most items a feed may hold; a longer feed is refused whole
 * @param maxBytes               the largest feed body accepted; a larger one is refused whole
 * @param apiKey                 sent as {@code Authorization: Bearer <apiKey>}; never shown by
 *                               {@link #toString()}
 * @param insecureHostsForTests  loopback hosts (such as {@code 127.0.0.1}) that may be reached over
 *                               plain http, for tests against a local server; empty in production
 */
public record PartnerFeedSettings(
        URI feedUrl,
        Duration requestTimeout,
        Duration ttl,
        long maxItems,
        int maxBytes,
        Optional<String> apiKey,
        Set<String> insecureHostsForTests) {

    public static final Duration DEFAULT_REQUEST_TIMEOUT = Duration.ofSeconds(5);
    public static final Duration DEFAULT_TTL = Duration.ofHours(1);
    public static final long DEFAULT_MAX_ITEMS = 10_000;
    public static final int DEFAULT_MAX_BYTES = 5 * 1024 * 1024;

    public PartnerFeedSettings {
        Objects.requireNonNull(feedUrl, "feedUrl");
        Objects.requireNonNull(apiKey, "apiKey");
        insecureHostsForTests = Set.copyOf(Objects.requireNonNull(insecureHostsForTests, "insecureHostsForTests"))
                .stream().map(PartnerFeedSettings::bareHost).collect(Collectors.toUnmodifiableSet());
        insecureHostsForTests.forEach(PartnerFeedSettings::requireLoopback);
        requireFeedUrl(feedUrl, insecureHostsForTests);
        requestTimeout = requestTimeout == null ? DEFAULT_REQUEST_TIMEOUT : requestTimeout;
        if (requestTimeout.isNegative() || requestTimeout.isZero() || requestTimeout.compareTo(Duration.ofMinutes(2)) > 0) {
            throw new IllegalArgumentException("requestTimeout must be positive and at most 2 minutes");
        }
        ttl = ttl == null ? DEFAULT_TTL : ttl;
        if (ttl.compareTo(Duration.ofSeconds(1)) < 0 || ttl.compareTo(Duration.ofDays(7)) > 0) {
            throw new IllegalArgumentException("ttl must be 1 second to 7 days");
        }
        if (maxItems < 1 || maxItems > 1_000_000) {
            throw new IllegalArgumentException("maxItems must be 1 to 1000000");
        }
        if (maxBytes < 1 || maxBytes > 100 * 1024 * 1024) {
            throw new IllegalArgumentException("maxBytes must be 1 byte to 100 MiB");
        }
        apiKey.ifPresent(key -> {
            if (key.isBlank() || key.chars().anyMatch(c -> Character.isWhitespace(c) || Character.isISOControl(c))) {
                throw new IllegalArgumentException("apiKey must not be blank or contain spaces or line breaks");
            }
        });
    }

    /** Settings for this feed with no key and the defaults for everything else. */
    public static PartnerFeedSettings of(URI feedUrl) {
        return new PartnerFeedSettings(feedUrl, null, null, DEFAULT_MAX_ITEMS, DEFAULT_MAX_BYTES, Optional.empty(), Set.of());
    }

    /** A copy that authenticates with this key as a bearer token. */
    public PartnerFeedSettings withApiKey(String newApiKey) {
        return new PartnerFeedSettings(feedUrl, requestTimeout, ttl, maxItems, maxBytes,
                Optional.of(newApiKey), insecureHostsForTests);
    }

    /** A copy with another timeout for one fetch. */
    public PartnerFeedSettings withRequestTimeout(Duration newRequestTimeout) {
        return new PartnerFeedSettings(feedUrl, newRequestTimeout, ttl, maxItems, maxBytes, apiKey, insecureHostsForTests);
    }

    /** A copy that keeps a fetched feed this long. */
    public PartnerFeedSettings withTtl(Duration newTtl) {
        return new PartnerFeedSettings(feedUrl, requestTimeout, newTtl, maxItems, maxBytes, apiKey, insecureHostsForTests);
    }

    /** A copy with other size limits. */
    public PartnerFeedSettings withLimits(long newMaxItems, int newMaxBytes) {
        return new PartnerFeedSettings(feedUrl, requestTimeout, ttl, newMaxItems, newMaxBytes, apiKey, insecureHostsForTests);
    }

    /** A copy that may reach these loopback hosts over plain http: for tests against a local server. */
    public PartnerFeedSettings withInsecureHostsForTests(Set<String> hosts) {
        return new PartnerFeedSettings(feedUrl, requestTimeout, ttl, maxItems, maxBytes, apiKey, hosts);
    }

    private static void requireFeedUrl(URI feedUrl, Set<String> insecureHosts) {
        String scheme = feedUrl.getScheme() == null ? "" : feedUrl.getScheme().toLowerCase(Locale.ROOT);
        String host = feedUrl.getHost() == null ? null : bareHost(feedUrl.getHost());
        if (host == null) {
            throw new IllegalArgumentException("feedUrl must be an absolute URL naming a host");
        }
        // The feed and the key travel together: over plain http both could be read or altered on the way.
        boolean allowed = scheme.equals("https") || (scheme.equals("http") && insecureHosts.contains(host));
        if (!allowed) {
            throw new IllegalArgumentException("feedUrl must be an https URL");
        }
        if (feedUrl.getRawUserInfo() != null || feedUrl.getRawQuery() != null || feedUrl.getRawFragment() != null) {
            throw new IllegalArgumentException("feedUrl must not carry credentials, a query or a fragment; use apiKey for a key");
        }
    }

    private static void requireLoopback(String host) {
        boolean loopback = host.equals("localhost")
                || host.matches("127(\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])){3}")
                || isIpv6Loopback(host);
        if (!loopback) {
            throw new IllegalArgumentException("insecureHostsForTests may only name loopback hosts, not " + host);
        }
    }

    private static boolean isIpv6Loopback(String host) {
        if (host.indexOf(':') < 0) {
            return false;
        }
        try {
            // With a colon in it the name is parsed as an IPv6 literal, never looked up.
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /** A host as compared with the allowlist: lower case, IPv6 literals without brackets. */
    private static String bareHost(String host) {
        String lower = host.toLowerCase(Locale.ROOT);
        return lower.startsWith("[") && lower.endsWith("]") ? lower.substring(1, lower.length() - 1) : lower;
    }

    @Override
    public String toString() {
        return "PartnerFeedSettings[feedUrl=" + feedUrl
                + ", requestTimeout=" + requestTimeout
                + ", ttl=" + ttl
                + ", maxItems=" + maxItems
                + ", maxBytes=" + maxBytes
                + ", apiKey=" + (apiKey.isPresent() ? "[redacted]" : "none")
                + ", insecureHostsForTests=" + insecureHostsForTests + "]";
    }
}
