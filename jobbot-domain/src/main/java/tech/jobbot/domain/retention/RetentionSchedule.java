package tech.jobbot.domain.retention;

import java.time.Duration;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The retention schedule: one rule per category, with defaults that a deployment can change.
 * Legal holds win over every rule.
 */
public final class RetentionSchedule {
    /** How long before deleting old interview records their owner is told. */
    public static final Duration INTERVIEW_NOTICE = Duration.ofDays(30);

    private final Map<RetentionCategory, RetentionRule> rules;

    private RetentionSchedule(Map<RetentionCategory, RetentionRule> rules) {
        this.rules = rules;
    }

    public static RetentionSchedule defaults() {
        Map<RetentionCategory, RetentionRule> rules = new EnumMap<>(RetentionCategory.class);
        put(rules, RetentionCategory.VERIFICATION_CODES, Duration.ofMinutes(10), "the code's expiry",
                RetentionRule.Action.DELETE);
        put(rules, RetentionCategory.SESSIONS, Duration.ofHours(24), "the session's end or last use",
                RetentionRule.Action.DELETE);
        put(rules, RetentionCategory.RATE_LIMIT_EVENTS, Duration.ofHours(24), "the event",
                RetentionRule.Action.DELETE);
        put(rules, RetentionCategory.ACCESS_LOG, Duration.ofDays(90), "the request", RetentionRule.Action.DELETE);
        put(rules, RetentionCategory.PAGE_VIEWS, Duration.ofDays(395), "the page view (13 months)",
                RetentionRule.Action.DELETE);
        put(rules, RetentionCategory.INTERVIEWS, Duration.ofDays(730), "the last activity on the interview"
                + " (24 months); the owner is mailed 30 days before", RetentionRule.Action.DELETE);
        put(rules, RetentionCategory.OUTBOX_MAIL, Duration.ofDays(7), "delivery or giving up (content destroyed at"
                + " once)", RetentionRule.Action.DELETE);
        put(rules, RetentionCategory.CANCELLED_ACCOUNTS, Duration.ZERO, "the end of the grace period",
                RetentionRule.Action.SHRED);
        put(rules, RetentionCategory.RETENTION_AUDIT, Duration.ofDays(730), "the purge run",
                RetentionRule.Action.DELETE);
        return new RetentionSchedule(rules);
    }

    private static void put(Map<RetentionCategory, RetentionRule> rules, RetentionCategory category, Duration period,
            String trigger, RetentionRule.Action action) {
        rules.put(category, new RetentionRule(category, period, trigger, action));
    }

    /** The schedule with one category's period changed. */
    public RetentionSchedule with(RetentionCategory category, Duration period) {
        Objects.requireNonNull(category, "category");
        Map<RetentionCategory, RetentionRule> changed = new EnumMap<>(rules);
        changed.put(category, rules.get(category).withPeriod(period));
        return new RetentionSchedule(changed);
    }

    public RetentionRule rule(RetentionCategory category) {
        return rules.get(category);
    }

    /** Every rule, in category order. */
    public List<RetentionRule> rules() {
        return List.copyOf(rules.values());
    }
}
