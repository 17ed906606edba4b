package tech.jobbot.domain.consent;

/**
 * Why Jobbot may use personal data for a purpose. Only {@link #CONSENT} depends on the person's
 * choice; the other bases hold without it, so purposes resting on them cannot be withdrawn.
 */
public enum LegalBasis {
    /** Needed to provide the service the person signed up for. */
    CONTRACT,
    /** Only with the person's freely given, specific, informed and revocable consent. */
    CONSENT,
    /** Required by law, regulation, a court or an authority. */
    LEGAL_OBLIGATION,
    /** Jobbot's legitimate interest, such as keeping accounts and the service secure. */
    LEGITIMATE_INTEREST;

    public boolean needsConsent() {
        return this == CONSENT;
    }
}
