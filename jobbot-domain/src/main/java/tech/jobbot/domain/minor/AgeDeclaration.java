package tech.jobbot.domain.minor;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

import tech.jobbot.domain.policy.PolicyDocument;

/**
 * What a person says of their age at sign-up (policy §8): a date of birth, or that they are 18 or
 * over; and the policy region whose minimum age applies.
 */
public record AgeDeclaration(Optional<LocalDate> birthDate, String region) {
    public AgeDeclaration {
        Objects.requireNonNull(birthDate, "birthDate");
        Objects.requireNonNull(region, "region");
        if (!PolicyDocument.REGIONS.contains(region)) {
            throw new IllegalArgumentException("region must be one of " + PolicyDocument.REGIONS);
        }
    }

    public static AgeDeclaration adult(String region) {
        return new AgeDeclaration(Optional.empty(), region);
    }

    public static AgeDeclaration bornOn(LocalDate birthDate, String region) {
        return new AgeDeclaration(Optional.of(birthDate), region);
    }
}
