package tech.jobbot.domain.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import tech.jobbot.domain.consent.Regions;

/**
 * One version of the privacy policy of one region (policy header, §9): the region it governs
 * ({@code GLOBAL}, {@code EU} or {@code CN}), its version, the day it takes effect, a summary of
 * what changed, and its full text.
 */
public record PolicyDocument(String region, int version, LocalDate effectiveFrom, String summary, String text) {
    public static final Set<String> REGIONS = Set.of(Regions.GLOBAL, Regions.EU, Regions.CN);

    public PolicyDocument {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(text, "text");
        if (!REGIONS.contains(region)) {
            throw new IllegalArgumentException("region must be one of " + REGIONS + ", not " + region);
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more");
        }
        if (summary.isBlank() || text.isBlank()) {
            throw new IllegalArgumentException("a policy needs a summary of changes and a text");
        }
    }

    public boolean inEffectOn(LocalDate day) {
        return !effectiveFrom.isAfter(day);
    }
}
