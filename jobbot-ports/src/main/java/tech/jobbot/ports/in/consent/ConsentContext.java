package tech.jobbot.ports.in.consent;

import java.util.Objects;
import java.util.Optional;

import tech.jobbot.domain.consent.ConsentMethod;

/**
 * How a choice was made, for the record: the method, and the request's client address and user
 * agent as seen (they are truncated and summarised before they are kept).
 */
public record ConsentContext(ConsentMethod method, Optional<String> clientIp, Optional<String> userAgent) {
    public ConsentContext {
        Objects.requireNonNull(method, "method");
        Objects.requireNonNull(clientIp, "clientIp");
        Objects.requireNonNull(userAgent, "userAgent");
    }
}
