package tech.jobbot.domain.minor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.consent.PurposeKey;

/**
 * A person's age declaration and, for a minor, their guardian's consent (policy §8). The date of
 * birth itself is not kept: only the band, and for a minor the day they come of age, when
 * supervision ends by itself.
 *
 * <p>Until the guardian consents, a supervised person's sensitive data is not collected: no avatar
 * photo, no marketing, no sharing, no personalised recommendations, no usage analytics. Under the
 * minimum age, nothing beyond the email is kept at all.
 *
 * @param adultOn for a minor, the day they turn 18
 * @param guardianEmail the guardian who was asked, once one was named
 */
public record Supervision(AgeBand declaredBand, Optional<LocalDate> adultOn, Instant declaredAt,
        GuardianConsent guardian, Optional<EmailAddress> guardianEmail, Optional<Instant> guardianAnsweredAt) {
    public Supervision {
        Objects.requireNonNull(declaredBand, "declaredBand");
        Objects.requireNonNull(adultOn, "adultOn");
        Objects.requireNonNull(declaredAt, "declaredAt");
        Objects.requireNonNull(guardian, "guardian");
        Objects.requireNonNull(guardianEmail, "guardianEmail");
        Objects.requireNonNull(guardianAnsweredAt, "guardianAnsweredAt");
        if (declaredBand == AgeBand.ADULT && (guardian != GuardianConsent.NONE || adultOn.isPresent())) {
            throw new IllegalArgumentException("an adult has no guardian");
        }
        if (guardian != GuardianConsent.NONE && guardianEmail.isEmpty()) {
            throw new IllegalArgumentException("a guardian who was asked has an email address");
        }
    }

    /**
     * Whether a supervised person's data may serve the purpose only with their guardian's consent:
     * marketing, personalised recommendations, usage analytics and sharing with third parties.
     */
    public static boolean needsGuardian(PurposeKey purpose) {
        return purpose.equals(PurposeKey.MARKETING_EMAIL) || purpose.equals(PurposeKey.PERSONALIZATION_RECOMMENDATIONS)
                || purpose.equals(PurposeKey.ANALYTICS_USAGE) || purpose.partnerSlug().isPresent();
    }

    /** The declaration of someone born on {@code birthDate}, made on {@code today}. */
    public static Supervision declare(LocalDate birthDate, LocalDate today, int minimumAge, Instant now) {
        AgeBand band = AgeBand.of(birthDate, today, minimumAge);
        Optional<LocalDate> adultOn = band == AgeBand.MINOR
                ? Optional.of(birthDate.plusYears(AgeBand.AGE_OF_MAJORITY)) : Optional.empty();
        return new Supervision(band, adultOn, now, GuardianConsent.NONE, Optional.empty(), Optional.empty());
    }

    /** A declaration of being of age, without a date of birth. */
    public static Supervision adult(Instant now) {
        return new Supervision(AgeBand.ADULT, Optional.empty(), now, GuardianConsent.NONE, Optional.empty(),
                Optional.empty());
    }

    /** The band on the day: a minor comes of age on their 18th birthday. */
    public AgeBand bandOn(LocalDate day) {
        return declaredBand == AgeBand.MINOR && adultOn.map(d -> !d.isAfter(day)).orElse(false) ? AgeBand.ADULT
                : declaredBand;
    }

    public boolean supervisedOn(LocalDate day) {
        return bandOn(day) != AgeBand.ADULT;
    }

    /** Whether sensitive data (avatar, marketing, sharing, personalisation, analytics) may be collected. */
    public boolean maySensitiveOn(LocalDate day) {
        return !supervisedOn(day) || guardian == GuardianConsent.GIVEN;
    }

    /** Whether anything beyond the email may be kept (profile, jobs, interviews, background). */
    public boolean mayKeepDataOn(LocalDate day) {
        return bandOn(day) != AgeBand.UNDER_MINIMUM_AGE || guardian == GuardianConsent.GIVEN;
    }

    public Supervision guardianAsked(EmailAddress email) {
        if (declaredBand == AgeBand.ADULT) {
            throw new IllegalStateException("an adult's account needs no guardian");
        }
        if (guardian == GuardianConsent.GIVEN) {
            throw new IllegalStateException("a guardian has already consented");
        }
        return new Supervision(declaredBand, adultOn, declaredAt, GuardianConsent.REQUESTED, Optional.of(email),
                Optional.empty());
    }

    public Supervision guardianAnswered(boolean consents, Instant at) {
        if (guardian == GuardianConsent.NONE) {
            throw new IllegalStateException("no guardian was asked");
        }
        return new Supervision(declaredBand, adultOn, declaredAt, consents ? GuardianConsent.GIVEN
                : GuardianConsent.REVOKED, guardianEmail, Optional.of(at));
    }
}
