package tech.jobbot.ports.in.auth;

import java.util.Objects;

import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.FlowId;
import tech.jobbot.domain.auth.SignInCode;

/** @param userAgent the client's User-Agent header, reduced to browser and OS before it is kept */
public record SignInCommand(FlowId flowId, EmailAddress email, SignInCode code, String userAgent) {
    public SignInCommand {
        Objects.requireNonNull(flowId, "flowId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(code, "code");
        userAgent = userAgent == null ? "" : userAgent;
    }
}
