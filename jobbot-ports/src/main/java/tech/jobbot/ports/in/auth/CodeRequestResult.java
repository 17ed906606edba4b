package tech.jobbot.ports.in.auth;

import java.time.Duration;
import java.util.Objects;

import tech.jobbot.domain.auth.FlowId;

/** The answer to a code request. */
public sealed interface CodeRequestResult {
    /** A code is on its way (committed to the mail outbox) for this flow. */
    record Sent(FlowId flowId) implements CodeRequestResult {
        public Sent {
            Objects.requireNonNull(flowId, "flowId");
        }
    }

    /** A limit was hit; nothing was sent. */
    record RateLimited(String limit, Duration retryAfter) implements CodeRequestResult {}
}
