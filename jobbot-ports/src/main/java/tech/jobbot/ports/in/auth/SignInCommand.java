package tech.jobbot.ports.in.auth;

import java.util.Objects;
import java.util.Optional;

import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.FlowId;
import tech.jobbot.domain.auth.SignInCode;
import tech.jobbot.domain.minor.AgeDeclaration;

/**
 * @param userAgent the client's User-Agent header, reduced to browser and OS before it is kept
 * @param age what a person signing up says of their age; recorded if they have not declared it
 *     yet, ignored otherwise. Without one, nothing beyond the email is kept until they declare it.
 */
public record SignInCommand(FlowId flowId, EmailAddress email, SignInCode code, String userAgent,
        Optional<AgeDeclaration> age) {
    public SignInCommand {
        Objects.requireNonNull(flowId, "flowId");
        Objects.requireNonNull(email, "email");
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(age, "age");
        userAgent = userAgent == null ? "" : userAgent;
    }

    /** A sign-in of someone who declares no age now (e.g. they did at sign-up). */
    public SignInCommand(FlowId flowId, EmailAddress email, SignInCode code, String userAgent) {
        this(flowId, email, code, userAgent, Optional.empty());
    }
}
