package tech.jobbot.domain.erasure;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;

import tech.jobbot.domain.account.AccountId;

/**
 * An account its owner cancelled (policy §7): signing in before {@link #eraseAfter()} restores it;
 * from then on it is erased.
 */
public record Cancellation(AccountId account, Instant cancelledAt, Instant eraseAfter) {
    public static final Duration DEFAULT_GRACE = Duration.ofDays(14);

    public Cancellation {
        Objects.requireNonNull(account, "account");
        Objects.requireNonNull(cancelledAt, "cancelledAt");
        Objects.requireNonNull(eraseAfter, "eraseAfter");
        if (eraseAfter.isBefore(cancelledAt)) {
            throw new IllegalArgumentException("erasure comes after the cancellation");
        }
    }

    public static Cancellation of(AccountId account, Instant now, Duration grace) {
        if (grace.isNegative()) {
            throw new IllegalArgumentException("a grace period cannot be negative");
        }
        return new Cancellation(account, now, now.plus(grace));
    }

    /** Whether signing in now still restores the account. */
    public boolean restorableAt(Instant now) {
        return now.isBefore(eraseAfter);
    }
}
