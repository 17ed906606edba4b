package tech.jobbot.ports.in.minor;

/**
 * What a supervised minor asked for needs their guardian's consent first (policy §8): sensitive
 * data (avatar photo, marketing, sharing, personalisation, analytics), or, under the minimum age,
 * any data beyond the email.
 */
public final class GuardianConsentRequiredException extends IllegalStateException {
    public GuardianConsentRequiredException(String message) {
        super(message);
    }
}
