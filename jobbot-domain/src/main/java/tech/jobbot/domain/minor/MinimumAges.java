package tech.jobbot.domain.minor;

import java.util.Map;
import java.util.Objects;

import tech.jobbot.domain.consent.Regions;

/**
 * The age below which a person may not sign up without a guardian's consent, per policy region:
 * 14 in China (PIPL art. 31), 13 elsewhere unless configured otherwise (e.g. 16 for the EU, where
 * GDPR art. 8 lets member states choose between 13 and 16).
 */
public record MinimumAges(Map<String, Integer> byRegion, int otherwise) {
    public static final MinimumAges DEFAULT = new MinimumAges(Map.of(Regions.CN, 14), 13);

    public MinimumAges {
        byRegion = Map.copyOf(Objects.requireNonNull(byRegion, "byRegion"));
        for (int age : byRegion.values()) {
            check(age);
        }
        check(otherwise);
    }

    public int of(String region) {
        return byRegion.getOrDefault(Objects.requireNonNull(region, "region"), otherwise);
    }

    private static void check(int age) {
        if (age < 1 || age > AgeBand.AGE_OF_MAJORITY) {
            throw new IllegalArgumentException("a minimum age is between 1 and " + AgeBand.AGE_OF_MAJORITY);
        }
    }
}
