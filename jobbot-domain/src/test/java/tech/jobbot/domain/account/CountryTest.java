package tech.jobbot.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CountryTest {

    @ParameterizedTest
    @ValueSource(strings = {"DE", "US", "CN", "JP", "BR", "GB"})
    void given_an_iso_3166_alpha_2_code_when_created_then_it_is_accepted(String code) {
        assertEquals(code, new Country(code).code());
    }

    @Test
    void given_lower_case_with_white_space_when_parsed_then_it_is_normalised() {
        assertEquals(new Country("DE"), Country.parse("  de "));
        assertEquals(new Country("CN"), Country.parse("cN"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "D", "DEU", "XX", "ZZ", "12", "de", "EU", "UK"})
    void given_something_that_is_not_an_upper_case_iso_code_when_created_then_it_is_rejected(String code) {
        assertThrows(IllegalArgumentException.class, () -> new Country(code));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   ", "Germany", "DEU", "XX"})
    void given_an_unknown_country_when_parsed_then_it_is_rejected(String raw) {
        assertThrows(IllegalArgumentException.class, () -> Country.parse(raw));
    }

    @Test
    void given_null_then_it_fails_fast() {
        assertThrows(NullPointerException.class, () -> new Country(null));
        assertThrows(NullPointerException.class, () -> Country.parse(null));
    }
}
