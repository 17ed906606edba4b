package tech.jobbot.domain.analytics;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import tech.jobbot.domain.account.AccountId;

/**
 * One usage measurement (purpose {@code analytics.usage}): which page, and how long it was looked
 * at. Kept only with consent. The page is reduced to a pattern first ({@link #pagePattern}), so no
 * id, query or fragment is ever part of it; an anonymous visitor's view carries no account.
 */
public record PageView(UUID id, Optional<AccountId> person, String page, Duration dwell, Instant at) {
    public static final Duration MAX_DWELL = Duration.ofHours(4);
    private static final Pattern UUID_SEGMENT = Pattern.compile(
            "[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}");
    private static final Pattern OPAQUE_SEGMENT = Pattern.compile("[0-9]+|[A-Za-z0-9_-]{20,}");
    private static final Pattern SAFE_SEGMENT = Pattern.compile("[a-z0-9-]{1,40}");

    public PageView {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(person, "person");
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(dwell, "dwell");
        Objects.requireNonNull(at, "at");
        if (!pagePattern(page).equals(page)) {
            throw new IllegalArgumentException("a page view keeps only a page pattern");
        }
        if (dwell.isNegative() || dwell.compareTo(MAX_DWELL) > 0) {
            throw new IllegalArgumentException("dwell time is between 0 and " + MAX_DWELL.toHours() + " hours");
        }
    }

    /**
     * The page as a pattern: the path only (no query or fragment), ids ({@code 42}, UUIDs, long
     * opaque tokens) as {@code :id}, lower case, at most 8 segments ({@code /interviews/0b7e...?x=1}
     * becomes {@code /interviews/:id}).
     *
     * @throws IllegalArgumentException if it is not a path on this site
     */
    public static String pagePattern(String page) {
        Objects.requireNonNull(page, "page");
        String path = page.split("[?#]", 2)[0];
        if (!path.startsWith("/") || path.startsWith("//")) {
            throw new IllegalArgumentException("a page is a path on this site, starting with one /");
        }
        String[] segments = path.substring(1).split("/", -1);
        if (segments.length > 8) {
            throw new IllegalArgumentException("a page has at most 8 path segments");
        }
        StringBuilder pattern = new StringBuilder();
        for (String segment : segments) {
            if (segment.isEmpty()) {
                continue;
            }
            String part = UUID_SEGMENT.matcher(segment).matches() || OPAQUE_SEGMENT.matcher(segment).matches()
                    ? ":id" : segment.toLowerCase(java.util.Locale.ROOT);
            if (!part.equals(":id") && !SAFE_SEGMENT.matcher(part).matches()) {
                throw new IllegalArgumentException("a page segment is letters, digits and hyphens");
            }
            pattern.append('/').append(part);
        }
        return pattern.isEmpty() ? "/" : pattern.toString();
    }
}
