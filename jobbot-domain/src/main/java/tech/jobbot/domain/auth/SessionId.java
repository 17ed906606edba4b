package tech.jobbot.domain.auth;

import java.util.Objects;
import java.util.UUID;

/** Public identity of a session, safe to show and to use for revoking it; never the token. */
public record SessionId(UUID value) {
    public SessionId {
        Objects.requireNonNull(value, "session id");
    }

    public static SessionId parse(String text) {
        return new SessionId(UUID.fromString(text));
    }

    @Override
    public String toString() {
        return value.toString();
    }
}
