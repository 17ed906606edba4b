package tech.jobbot.adapters.web;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * Limits for fetching a job page.
 *
 * @param timeout      the whole fetch, redirects and body included; at most 5 minutes
 * @param maxBytes     the largest body read; a larger page is unreadable
 * @param maxRedirects how many redirects are followed, 0 to 10
 * @param allowedHosts host names or IP literals that may be reached even though they are not
 *                     public (tests, intranets); matched exactly and case-insensitively, IPv6
 *                     with or without brackets. Empty in production.
 * @param userAgent    the User-Agent header sent to the site
 */
public record FetchSettings(
        Duration timeout,
        int maxBytes,
        int maxRedirects,
        Set<String> allowedHosts,
        String userAgent) {

    public static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(5);
    public static final int DEFAULT_MAX_BYTES = 2 * 1024 * 1024;
    public static final int DEFAULT_MAX_REDIRECTS = 3;
    public static final String DEFAULT_USER_AGENT = "Mozilla/5.0 (compatible; Jobbot/0.1; job posting reader)";

    private static final Duration MAX_TIMEOUT = Duration.ofMinutes(5);
    private static final int MAX_REDIRECTS = 10;

    public FetchSettings {
        Objects.requireNonNull(timeout, "timeout");
        Objects.requireNonNull(allowedHosts, "allowedHosts");
        Objects.requireNonNull(userAgent, "userAgent");
        if (timeout.isNegative() || timeout.isZero() || timeout.compareTo(MAX_TIMEOUT) > 0) {
            throw new IllegalArgumentException("timeout must be positive and at most " + MAX_TIMEOUT);
        }
        // The body buffer is one array, which holds at most Integer.MAX_VALUE - 8 bytes.
        if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
            throw new IllegalArgumentException("maxBytes must be positive and below " + (Integer.MAX_VALUE - 8));
        }
        if (maxRedirects < 0 || maxRedirects > MAX_REDIRECTS) {
            throw new IllegalArgumentException("maxRedirects must be between 0 and " + MAX_REDIRECTS);
        }
        if (userAgent.isBlank() || userAgent.chars().anyMatch(c -> c < 0x20 || c == 0x7f)) {
            throw new IllegalArgumentException("userAgent must be non-blank and free of control characters");
        }
        Set<String> normalised = new LinkedHashSet<>();
        for (String host : allowedHosts) {
            normalised.add(normaliseAllowedHost(host));
        }
        allowedHosts = Set.copyOf(normalised);
    }

    /** The production limits: 5 s, 2 MB, 3 redirects, no allowlist. */
    public static FetchSettings defaults() {
        return new FetchSettings(DEFAULT_TIMEOUT, DEFAULT_MAX_BYTES, DEFAULT_MAX_REDIRECTS, Set.of(), DEFAULT_USER_AGENT);
    }

    /** A copy that may also reach these hosts, public or not. */
    public FetchSettings withAllowedHosts(String... hosts) {
        return new FetchSettings(timeout, maxBytes, maxRedirects, Set.copyOf(Arrays.asList(hosts)), userAgent);
    }

    /** A copy with another time limit for the whole fetch. */
    public FetchSettings withTimeout(Duration timeout) {
        return new FetchSettings(timeout, maxBytes, maxRedirects, allowedHosts, userAgent);
    }

    /** A copy with another size limit for the body. */
    public FetchSettings withMaxBytes(int maxBytes) {
        return new FetchSettings(timeout, maxBytes, maxRedirects, allowedHosts, userAgent);
    }

    /** Whether {@code host} (as {@link #normaliseHost} leaves it) is on the allowlist. */
    boolean allows(String host) {
        return allowedHosts.contains(host);
    }

    /**
     * Lower case, without a trailing dot or IPv6 brackets, IPv6 in the JDK's full form: the shape in
     * which the fetcher compares a link's host with the allowlist.
     */
    static String normaliseHost(String host) {
        String name = host.toLowerCase(Locale.ROOT);
        if (name.startsWith("[") && name.endsWith("]")) {
            name = name.substring(1, name.length() - 1);
        }
        if (name.endsWith(".")) {
            name = name.substring(0, name.length() - 1);
        }
        return name;
    }

    private static String normaliseAllowedHost(String host) {
        Objects.requireNonNull(host, "allowed host");
        String name = normaliseHost(host.strip());
        if (name.isEmpty() || name.chars().anyMatch(c -> c <= ' ' || c == '/' || c == '@' || c == '[' || c == ']')) {
            throw new IllegalArgumentException("allowed host must be a host name or an IP literal: " + host);
        }
        if (!name.contains(":")) {
            return name;
        }
        try {
            // So that "::1", "[::1]" and "0:0:0:0:0:0:0:1" all match the same links.
            return InetAddress.getByName("[" + name + "]").getHostAddress();
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException("allowed host is not a valid IPv6 literal: " + host, e);
        }
    }
}
