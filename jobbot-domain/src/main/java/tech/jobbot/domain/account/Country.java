package tech.jobbot.domain.account;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A country or region as an ISO 3166-1 alpha-2 code, upper case. */
public record Country(String code) {
    private static final Set<String> ISO_CODES = Locale.getISOCountries(Locale.IsoCountryCode.PART1_ALPHA2);

    public Country {
        Objects.requireNonNull(code, "country");
        if (!ISO_CODES.contains(code)) {
            throw new IllegalArgumentException("must be an ISO 3166-1 alpha-2 country code such as DE or US");
        }
    }

    public static Country parse(String raw) {
        return new Country(Objects.requireNonNull(raw, "country").strip().toUpperCase(Locale.ROOT));
    }
}
