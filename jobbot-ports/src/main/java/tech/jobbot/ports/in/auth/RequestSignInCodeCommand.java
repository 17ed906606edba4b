package tech.jobbot.ports.in.auth;

import java.util.Objects;
import java.util.Optional;

import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.FlowId;

/**
 * @param resendOf a live flow to send a new code into (keeps its attempt budget); empty starts a new flow
 * @param clientIp the caller's address as the server saw it, for the per-client limit
 */
public record RequestSignInCodeCommand(EmailAddress email, Optional<FlowId> resendOf, String clientIp) {
    public RequestSignInCodeCommand {
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(resendOf, "resendOf");
        Objects.requireNonNull(clientIp, "clientIp");
    }
}
