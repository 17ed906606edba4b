package tech.jobbot.domain.policy;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import tech.jobbot.domain.consent.PurposeKey;

/**
 * Where a person stands with the policy of their region: the version in effect, the newest they
 * have seen (at sign-up, or acknowledged since), whether the in-site banner must show, and the
 * purposes whose consent is outdated and must be asked for again.
 *
 * @param current the region's policy in effect; empty if none is published for the region
 * @param acknowledgedVersion 0 when the person has seen no version of the region's policy
 */
public record PolicyStatus(String region, Optional<PolicyDocument> current, int acknowledgedVersion,
        List<PurposeKey> askAgain) {
    public PolicyStatus {
        Objects.requireNonNull(region, "region");
        Objects.requireNonNull(current, "current");
        askAgain = List.copyOf(Objects.requireNonNull(askAgain, "askAgain"));
        if (acknowledgedVersion < 0) {
            throw new IllegalArgumentException("acknowledged version cannot be negative");
        }
    }

    /** Whether a newer policy than the person has seen is in effect: the banner shows until acknowledged. */
    public boolean needsAcknowledgement() {
        return current.map(c -> c.version() > acknowledgedVersion).orElse(false);
    }
}
