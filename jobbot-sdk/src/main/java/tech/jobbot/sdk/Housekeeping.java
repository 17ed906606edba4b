package tech.jobbot.sdk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import tech.jobbot.domain.auth.CodeRules;
import tech.jobbot.ports.out.auth.CodeChallengeRepository;
import tech.jobbot.ports.out.auth.RateLimitLedger;

/** Forgets what is no longer needed: spent rate-limit events and expired code flows. */
final class Housekeeping {
    private final RateLimitLedger rateLimits;
    private final CodeChallengeRepository challenges;
    private final Duration rateLimitMemory;
    private final Clock clock;

    Housekeeping(RateLimitLedger rateLimits, CodeChallengeRepository challenges, Duration rateLimitMemory, Clock clock) {
        this.rateLimits = rateLimits;
        this.challenges = challenges;
        this.rateLimitMemory = rateLimitMemory;
        this.clock = clock;
    }

    void run() {
        Instant now = clock.instant();
        rateLimits.purgeBefore(now.minus(rateLimitMemory));
        // Keep spent flows a while after expiry, so a late attempt is told "expired", not "unknown".
        challenges.deleteExpiredBefore(now.minus(CodeRules.LIFETIME));
    }
}
