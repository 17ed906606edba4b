package tech.jobbot.domain.auth;

import java.time.Duration;

/** The fixed rules of verification codes (privacy policy §2: registration and verification). */
public final class CodeRules {
    /** How long a code can be used after it was sent. */
    public static final Duration LIFETIME = Duration.ofMinutes(10);
    /** Wrong entries a flow survives; the next entry, even a right one, fails and the flow is dead. */
    public static final int MAX_ATTEMPTS = 5;

    private CodeRules() {
    }
}
