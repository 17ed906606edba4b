package tech.jobbot.domain.consent;

import java.util.Objects;

/**
 * A declared use of personal data (policy §3, §4), on one legal basis.
 *
 * @param defaultGranted whether the purpose applies before the person chooses anything: never
 *     for consent, whose silence or pre-ticked box is no consent; always for the other bases
 * @param changedInPolicyVersion the policy version in which the purpose's terms last changed;
 *     consent given under an older version is outdated and must be asked for again
 */
public record Purpose(PurposeKey key, String description, LegalBasis legalBasis, boolean defaultGranted,
        int changedInPolicyVersion) {
    public Purpose {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(description, "description");
        Objects.requireNonNull(legalBasis, "legal basis");
        if (description.isBlank()) {
            throw new IllegalArgumentException("a purpose needs a description people can read");
        }
        if (changedInPolicyVersion < 1) {
            throw new IllegalArgumentException("policy versions start at 1");
        }
        if (defaultGranted == legalBasis.needsConsent()) {
            throw new IllegalArgumentException(legalBasis.needsConsent()
                    ? "a consent-based purpose must default to off"
                    : "a purpose that needs no consent always applies");
        }
        if (key.isEssential() && legalBasis.needsConsent()) {
            throw new IllegalArgumentException("an essential purpose cannot depend on consent");
        }
        if (key.partnerSlug().isPresent() && !legalBasis.needsConsent()) {
            throw new IllegalArgumentException("sharing with a third party needs explicit consent (policy §4)");
        }
    }

    /** Whether the person decides: only consent-based purposes can be granted and withdrawn. */
    public boolean withdrawable() {
        return legalBasis.needsConsent();
    }
}
