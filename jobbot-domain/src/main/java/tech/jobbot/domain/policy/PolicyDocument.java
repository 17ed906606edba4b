package tech.jobbot.domain.policy;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Set;

import tech.jobbot.domain.consent.PurposeKey;
import tech.jobbot.domain.consent.Regions;

/**
 * One version of the privacy policy of one region (policy header, §9): the region it governs
 * ({@code GLOBAL}, {@code EU} or {@code CN}), its version, the day it takes effect, a summary of
 * what changed, its full text, and the consent-based purposes whose terms it changed: consents
 * to those given under an older version are outdated once it takes effect, and people are asked
 * again.
 */
public record PolicyDocument(String region, int version, LocalDate effectiveFrom, String summary, String text,
        Set<PurposeKey> changedPurposes) {
    public static final Set<String> REGIONS = Set.of(Regions.GLOBAL, Regions.EU, Regions.CN);
    public static final int MAX_SUMMARY = 2_000;
    public static final int MAX_TEXT = 200_000;

    public PolicyDocument {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(effectiveFrom, "effectiveFrom");
        Objects.requireNonNull(summary, "summary");
        Objects.requireNonNull(text, "text");
        changedPurposes = Set.copyOf(Objects.requireNonNull(changedPurposes, "changedPurposes"));
        if (!REGIONS.contains(region)) {
            throw new IllegalArgumentException("region must be one of " + REGIONS + ", not " + region);
        }
        if (version < 1) {
            throw new IllegalArgumentException("version must be 1 or more");
        }
        if (summary.isBlank() || text.isBlank()) {
            throw new IllegalArgumentException("a policy needs a summary of changes and a text");
        }
        if (summary.length() > MAX_SUMMARY || text.length() > MAX_TEXT) {
            throw new IllegalArgumentException("a policy's summary is at most " + MAX_SUMMARY
                    + " characters and its text at most " + MAX_TEXT);
        }
        for (PurposeKey key : changedPurposes) {
            if (key.isEssential()) {
                throw new IllegalArgumentException(key + " rests on no consent, so no consent to it can be outdated");
            }
        }
    }

    /** A version that changes no consent-based purpose. */
    public PolicyDocument(String region, int version, LocalDate effectiveFrom, String summary, String text) {
        this(region, version, effectiveFrom, summary, text, Set.of());
    }

    public boolean inEffectOn(LocalDate day) {
        return !effectiveFrom.isAfter(day);
    }
}
