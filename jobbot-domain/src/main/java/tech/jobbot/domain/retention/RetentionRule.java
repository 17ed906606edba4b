package tech.jobbot.domain.retention;

import java.time.Duration;
import java.util.Objects;

/**
 * One line of the retention schedule: for a category of data, how long after its trigger it is
 * kept, and what happens then.
 *
 * @param trigger what the period counts from, in words (e.g. "last activity on the interview")
 */
public record RetentionRule(RetentionCategory category, Duration period, String trigger, Action action) {
    public RetentionRule {
        Objects.requireNonNull(category, "category");
        Objects.requireNonNull(period, "period");
        Objects.requireNonNull(trigger, "trigger");
        Objects.requireNonNull(action, "action");
        if (period.isNegative()) {
            throw new IllegalArgumentException("a retention period cannot be negative");
        }
    }

    public RetentionRule withPeriod(Duration newPeriod) {
        return new RetentionRule(category, newPeriod, trigger, action);
    }

    /** What happens when the period is over. */
    public enum Action {
        DELETE,
        /** Delete the rows and destroy the data key: any copy of the sealed data becomes unreadable. */
        SHRED
    }
}
