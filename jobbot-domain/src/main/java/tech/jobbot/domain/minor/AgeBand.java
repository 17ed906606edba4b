package tech.jobbot.domain.minor;

import java.time.LocalDate;
import java.time.Period;
import java.util.Objects;

/** Where a person stands by age (policy §8): an adult, a supervised minor, or under the region's minimum age. */
public enum AgeBand {
    ADULT,
    /** Under 18: the account is supervised by a legal guardian. */
    MINOR,
    /** Under the region's minimum age: nothing beyond the email is kept until a guardian consents. */
    UNDER_MINIMUM_AGE;

    public static final int AGE_OF_MAJORITY = 18;
    private static final int OLDEST = 130;

    /**
     * The band of someone born on {@code birthDate}, on {@code today}, where the minimum age is
     * {@code minimumAge}.
     *
     * @throws IllegalArgumentException for a birth date in the future or implausibly long ago
     */
    public static AgeBand of(LocalDate birthDate, LocalDate today, int minimumAge) {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(today, "today");
        if (birthDate.isAfter(today)) {
            throw new IllegalArgumentException("a date of birth cannot be in the future");
        }
        int age = Period.between(birthDate, today).getYears();
        if (age > OLDEST) {
            throw new IllegalArgumentException("a date of birth more than " + OLDEST + " years ago is not plausible");
        }
        return age < minimumAge ? UNDER_MINIMUM_AGE : age < AGE_OF_MAJORITY ? MINOR : ADULT;
    }
}
