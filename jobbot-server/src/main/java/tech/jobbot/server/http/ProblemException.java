package tech.jobbot.server.http;

import java.util.List;
import java.util.Map;

/**
 * Ends a request with an RFC 9457 problem. Thrown by handlers; turned into
 * {@code application/problem+json} in one place, {@link Problems}.
 */
public final class ProblemException extends RuntimeException {
    private final int status;
    private final String type;
    private final String title;
    private final List<FieldError> errors;
    private final Map<String, String> headers;

    public ProblemException(int status, String type, String title, String detail, List<FieldError> errors,
            Map<String, String> headers) {
        super(detail, null, false, false);
        this.status = status;
        this.type = type;
        this.title = title;
        this.errors = List.copyOf(errors);
        this.headers = Map.copyOf(headers);
    }

    public static ProblemException invalid(List<FieldError> errors) {
        String detail = errors.size() == 1 ? errors.get(0).field() + ": " + errors.get(0).message()
                : errors.size() + " fields are invalid";
        return new ProblemException(400, "validation", "Invalid request", detail, errors, Map.of());
    }

    public static ProblemException invalid(String field, String message) {
        return invalid(List.of(new FieldError(field, message)));
    }

    /**
     * A 400 from a domain refusal written {@code "field: what is wrong"} (as the SDK's services word
     * them); a message naming no field of {@code fields} is charged to {@code otherwise}.
     */
    public static ProblemException invalid(IllegalArgumentException refusal, java.util.Set<String> fields,
            String otherwise) {
        String message = String.valueOf(refusal.getMessage());
        int colon = message.indexOf(": ");
        if (colon > 0 && fields.contains(message.substring(0, colon))) {
            return invalid(message.substring(0, colon), message.substring(colon + 2));
        }
        return invalid(otherwise, message);
    }

    public static ProblemException badRequest(String type, String title, String detail) {
        return new ProblemException(400, type, title, detail, List.of(), Map.of());
    }

    public static ProblemException unauthorized(String detail) {
        return new ProblemException(401, "unauthenticated", "Sign-in required", detail, List.of(),
                Map.of("WWW-Authenticate", "Bearer realm=\"jobbot\""));
    }

    public static ProblemException forbidden(String type, String detail) {
        return new ProblemException(403, type, "Forbidden", detail, List.of(), Map.of());
    }

    public static ProblemException notFound(String detail) {
        return new ProblemException(404, "not-found", "Not found", detail, List.of(), Map.of());
    }

    public static ProblemException conflict(String type, String detail) {
        return new ProblemException(409, type, "Conflict", detail, List.of(), Map.of());
    }

    public static ProblemException tooLarge(long maxBytes) {
        return new ProblemException(413, "payload-too-large", "Request body too large",
                "the body may be at most " + maxBytes + " bytes", List.of(), Map.of());
    }

    public static ProblemException unsupportedMediaType(String detail) {
        return new ProblemException(415, "unsupported-media-type", "Unsupported media type", detail, List.of(),
                Map.of());
    }

    public static ProblemException tooManyRequests(long retryAfterSeconds, String detail) {
        return new ProblemException(429, "rate-limited", "Too many requests", detail, List.of(),
                Map.of("Retry-After", Long.toString(retryAfterSeconds)));
    }

    public int status() {
        return status;
    }

    public String type() {
        return type;
    }

    public String title() {
        return title;
    }

    public List<FieldError> errors() {
        return errors;
    }

    public Map<String, String> headers() {
        return headers;
    }
}
