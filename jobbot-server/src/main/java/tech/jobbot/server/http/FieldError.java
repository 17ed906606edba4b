package tech.jobbot.server.http;

/** One invalid field of a request: which (a JSON pointer-like name) and what is wrong. */
public record FieldError(String field, String message) {
}
