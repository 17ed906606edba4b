package tech.jobbot.sdk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import tech.jobbot.domain.auth.CodeRules;
import tech.jobbot.domain.auth.SessionPolicy;
import tech.jobbot.ports.out.auth.CodeChallengeRepository;
import tech.jobbot.ports.out.auth.RateLimitLedger;
import tech.jobbot.ports.out.auth.SessionRepository;
import tech.jobbot.ports.out.mail.MailOutbox;

/**
 * Forgets what is no longer needed (data minimisation): spent rate-limit events and their keys,
 * expired code flows, ended sessions, and the bookkeeping rows of delivered mail.
 */
final class Housekeeping {
    /** How long finished outbox rows (no content left, only status) are kept for troubleshooting. */
    static final Duration MAIL_RECORD_RETENTION = Duration.ofDays(7);

    private final RateLimitLedger rateLimits;
    private final CodeChallengeRepository challenges;
    private final SessionRepository sessions;
    private final MailOutbox outbox;
    private final Duration rateLimitMemory;
    private final SessionPolicy sessionPolicy;
    private final Clock clock;

    Housekeeping(RateLimitLedger rateLimits, CodeChallengeRepository challenges, SessionRepository sessions,
            MailOutbox outbox, Duration rateLimitMemory, SessionPolicy sessionPolicy, Clock clock) {
        this.rateLimits = rateLimits;
        this.challenges = challenges;
        this.sessions = sessions;
        this.outbox = outbox;
        this.rateLimitMemory = rateLimitMemory;
        this.sessionPolicy = sessionPolicy;
        this.clock = clock;
    }

    void run() {
        Instant now = clock.instant();
        rateLimits.purgeBefore(now.minus(rateLimitMemory));
        // Keep spent flows a while after expiry, so a late attempt is told "expired", not "unknown".
        challenges.deleteExpiredBefore(now.minus(CodeRules.LIFETIME));
        // A session unused for longer than the idle timeout has ended; so has a revoked one.
        sessions.deleteEndedBefore(now.minus(sessionPolicy.idleTimeout()));
        outbox.purgeFinishedBefore(now.minus(MAIL_RECORD_RETENTION));
    }
}
