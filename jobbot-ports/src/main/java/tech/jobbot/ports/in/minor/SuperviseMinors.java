package tech.jobbot.ports.in.minor;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.SignInCode;
import tech.jobbot.domain.minor.AgeBand;
import tech.jobbot.domain.minor.GuardianConsent;
import tech.jobbot.domain.minor.Supervision;
import tech.jobbot.ports.in.consent.ConsentContext;
import tech.jobbot.ports.in.consent.PurposeConsent;

/**
 * Minors (policy §8): an age declaration at sign-up; a supervised account under 18 whose guardian,
 * reached by email with a code and a page explaining what is collected, gives or refuses consent
 * and can later see and revoke the consents.
 */
public interface SuperviseMinors {
    /**
     * Declares the person's age once: a date of birth, or empty for "18 or over". The minimum age
     * is that of {@code region}. Only the resulting band (and a minor's coming-of-age day) is kept.
     *
     * @throws IllegalArgumentException for an implausible date of birth
     * @throws IllegalStateException if the person has declared already (a correction goes through support)
     */
    Supervision declareAge(AccountId person, Optional<LocalDate> birthDate, String region);

    /** The person's declaration; empty if they have made none. */
    Optional<Supervision> supervision(AccountId person);

    /** What the declaration means today: the band, and what waits for the guardian. */
    AgeStatus ageStatus(AccountId person);

    /**
     * Asks a guardian for consent: a mail with a code and a link to a page that explains what is
     * collected. Asking again replaces the earlier link.
     *
     * @throws IllegalStateException if the person is not supervised or their guardian already consented
     * @throws IllegalArgumentException if the guardian's address is the person's own
     */
    void requestGuardianConsent(AccountId person, EmailAddress guardian);

    /** What the guardian's link shows: the supervision and the person's consents; empty for an unknown link. */
    Optional<GuardianView> guardianView(String token);

    /** The guardian's answer, with the code from the mail. */
    GuardianAnswer answerAsGuardian(String token, SignInCode code, boolean consents, ConsentContext context);

    /**
     * The guardian revokes their consent: sensitive processing stops, the consents it allowed are
     * withdrawn and the avatar photo is deleted. False for an unknown link or nothing to revoke.
     */
    boolean revokeAsGuardian(String token, ConsentContext context);

    /**
     * @param band empty until the person declares their age
     * @param sensitiveDataAllowed avatar photo, marketing, sharing, personalisation, analytics
     * @param dataBeyondEmailAllowed profile, jobs, interviews, background
     */
    record AgeStatus(Optional<AgeBand> band, boolean supervised, GuardianConsent guardian,
            boolean sensitiveDataAllowed, boolean dataBeyondEmailAllowed) {
    }

    record GuardianView(Supervision supervision, List<PurposeConsent> consents) {
    }

    enum GuardianAnswer {
        RECORDED,
        WRONG_CODE,
        /** The code is older than its validity; the minor can ask again. */
        EXPIRED,
        /** Too many wrong codes: this link no longer takes answers; the minor can ask again. */
        LOCKED,
        UNKNOWN_LINK
    }
}
