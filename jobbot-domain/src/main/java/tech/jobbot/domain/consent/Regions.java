package tech.jobbot.domain.consent;

import java.util.Optional;
import java.util.Set;

import tech.jobbot.domain.account.Country;

/**
 * Which policy region a person is in (the policy applies outside China and the EU; those have
 * their own): EU member states → EU, China → CN, anywhere else or unknown → GLOBAL.
 */
public final class Regions {
    public static final String GLOBAL = "GLOBAL";
    public static final String EU = "EU";
    public static final String CN = "CN";

    private static final Set<String> EU_MEMBERS = Set.of("AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
            "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE");

    private Regions() {
    }

    public static String of(Optional<Country> country) {
        return country.map(c -> c.code().equals("CN") ? CN : EU_MEMBERS.contains(c.code()) ? EU : GLOBAL)
                .orElse(GLOBAL);
    }
}
