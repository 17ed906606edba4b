package tech.jobbot.ports.in.auth;

import java.time.Instant;

import tech.jobbot.domain.auth.SessionId;

/** One session as its owner sees it. */
public record SessionView(SessionId id, String browser, String operatingSystem, Instant createdAt,
        Instant lastSeenAt, Instant expiresAt, boolean current) {
}
