package tech.jobbot.domain.minor;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.consent.PurposeKey;

/**
 * A person's age declaration and, for a minor, their guardian's consent (policy §8). The date of
 * birth itself is not kept, nor anything that gives it back: only the band declared and, for a
 * minor, the months in which they reach the minimum age and 18 ({@link #milestone}: the first day of
 * the month after the birthday), so supervision ends by itself, up to a month late rather than early.
 *
 * <p>Until the guardian consents, a supervised person's sensitive data is not collected: no avatar
 * photo, no marketing, no sharing, no personalised recommendations, no usage analytics. Under the
 * minimum age, nothing beyond the email is kept at all.
 *
 * @param minimumAgeOn for someone under the minimum age, from when they no longer are
 * @param adultOn for a minor, from when they are an adult
 * @param guardianEmail the guardian who was asked, once one was named
 */
public record Supervision(AgeBand declaredBand, Optional<LocalDate> minimumAgeOn, Optional<LocalDate> adultOn,
        Instant declaredAt, GuardianConsent guardian, Optional<EmailAddress> guardianEmail,
        Optional<Instant> guardianAnsweredAt) {
    public Supervision {
        Objects.requireNonNull(declaredBand, "declaredBand");
        Objects.requireNonNull(minimumAgeOn, "minimumAgeOn");
        Objects.requireNonNull(adultOn, "adultOn");
        Objects.requireNonNull(declaredAt, "declaredAt");
        Objects.requireNonNull(guardian, "guardian");
        Objects.requireNonNull(guardianEmail, "guardianEmail");
        Objects.requireNonNull(guardianAnsweredAt, "guardianAnsweredAt");
        if (declaredBand == AgeBand.ADULT && (guardian != GuardianConsent.NONE || adultOn.isPresent()
                || minimumAgeOn.isPresent())) {
            throw new IllegalArgumentException("an adult has no guardian");
        }
        if (declaredBand != AgeBand.ADULT && adultOn.isEmpty()) {
            throw new IllegalArgumentException("a minor's supervision ends on a known day");
        }
        if (declaredBand == AgeBand.UNDER_MINIMUM_AGE && minimumAgeOn.isEmpty()) {
            throw new IllegalArgumentException("someone under the minimum age reaches it on a known day");
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
        Optional<LocalDate> adultOn = band == AgeBand.ADULT ? Optional.empty()
                : Optional.of(milestone(birthDate, AgeBand.AGE_OF_MAJORITY));
        Optional<LocalDate> minimumAgeOn = band == AgeBand.UNDER_MINIMUM_AGE
                ? Optional.of(milestone(birthDate, minimumAge)) : Optional.empty();
        return new Supervision(band, minimumAgeOn, adultOn, now, GuardianConsent.NONE, Optional.empty(),
                Optional.empty());
    }

    /** A declaration of being of age, without a date of birth. */
    public static Supervision adult(Instant now) {
        return new Supervision(AgeBand.ADULT, Optional.empty(), Optional.empty(), now, GuardianConsent.NONE,
                Optional.empty(), Optional.empty());
    }

    /** The first day of the month after the {@code years}th birthday: never earlier than the birthday. */
    static LocalDate milestone(LocalDate birthDate, int years) {
        return birthDate.plusYears(years).withDayOfMonth(1).plusMonths(1);
    }

    /** The band on the day: people grow out of supervision. */
    public AgeBand bandOn(LocalDate day) {
        if (adultOn.map(d -> !d.isAfter(day)).orElse(declaredBand == AgeBand.ADULT)) {
            return AgeBand.ADULT;
        }
        if (declaredBand == AgeBand.UNDER_MINIMUM_AGE && minimumAgeOn.map(d -> d.isAfter(day)).orElse(true)) {
            return AgeBand.UNDER_MINIMUM_AGE;
        }
        return AgeBand.MINOR;
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
        return new Supervision(declaredBand, minimumAgeOn, adultOn, declaredAt, GuardianConsent.REQUESTED,
                Optional.of(email), Optional.empty());
    }

    public Supervision guardianAnswered(boolean consents, Instant at) {
        if (guardian == GuardianConsent.NONE) {
            throw new IllegalStateException("no guardian was asked");
        }
        return new Supervision(declaredBand, minimumAgeOn, adultOn, declaredAt, consents ? GuardianConsent.GIVEN
                : GuardianConsent.REVOKED, guardianEmail, Optional.of(at));
    }
}
