package tech.jobbot.domain.audit;

import java.time.Instant;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * One request in the access log (policy §2, §3: device and log data for troubleshooting): when,
 * what (method and path template, never the raw URL), how it went, how long it took, who
 * (a pseudonym, if signed in), and from where and what (a truncated IP, browser, OS, device type).
 * Nothing in it is an email, a query string or a full address.
 */
public record AccessRecord(Instant at, String method, String pathTemplate, int status, long latencyMicros,
        Optional<String> subject, Optional<String> truncatedIp, String browser, String operatingSystem,
        String deviceType) {
    private static final Pattern WORD = Pattern.compile("[a-z][a-z-]{0,39}|v[0-9]|\\.well-known|gpc\\.json");
    private static final java.util.Set<String> METHODS = java.util.Set.of("GET", "HEAD", "POST", "PUT", "PATCH",
            "DELETE", "OPTIONS");
    public static final int MAX_TEMPLATE = 300;

    public AccessRecord {
        Objects.requireNonNull(at, "at");
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(pathTemplate, "pathTemplate");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(truncatedIp, "truncatedIp");
        Objects.requireNonNull(browser, "browser");
        Objects.requireNonNull(operatingSystem, "operatingSystem");
        Objects.requireNonNull(deviceType, "deviceType");
        if (!METHODS.contains(method) && !method.equals("OTHER")) {
            throw new IllegalArgumentException("an access record keeps a known method or OTHER");
        }
        if (!template(pathTemplate).equals(pathTemplate)) {
            throw new IllegalArgumentException("an access record keeps a path template, not a raw path");
        }
    }

    /**
     * The path as a template: no query or fragment, and every segment that is not a plain lower-case
     * word (an id, a token, a name, an address) as {@code :id}, e.g. {@code /api/v1/interviews/:id/answers}.
     * At most 12 segments are kept.
     */
    public static String template(String rawPath) {
        String path = Objects.requireNonNull(rawPath, "rawPath").split("[?#]", 2)[0];
        StringBuilder template = new StringBuilder();
        int kept = 0;
        for (String segment : path.split("/")) {
            if (segment.isEmpty()) {
                continue;
            }
            if (++kept > 12) {
                template.append("/…");
                break;
            }
            template.append('/').append(WORD.matcher(segment).matches() ? segment : ":id");
        }
        String result = template.isEmpty() ? "/" : template.toString();
        return result.length() > MAX_TEMPLATE ? result.substring(0, MAX_TEMPLATE - 2) + "/…" : result;
    }

    /** A request method as logged: the standard ones as sent, anything else as {@code OTHER}. */
    public static String method(String raw) {
        return raw != null && METHODS.contains(raw) ? raw : "OTHER";
    }
}
