package tech.jobbot.domain.minor;

/** Where a supervised person's guardian stands. */
public enum GuardianConsent {
    /** No guardian named yet. */
    NONE,
    /** A guardian was asked and has not answered. */
    REQUESTED,
    GIVEN,
    /** The guardian refused, or gave consent and later revoked it. */
    REVOKED
}
