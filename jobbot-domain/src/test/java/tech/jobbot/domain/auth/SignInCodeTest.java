package tech.jobbot.domain.auth;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.random.RandomGenerator;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SignInCodeTest {

    @Property
    void a_generated_code_is_always_six_ascii_digits(@ForAll long seed) {
        Random random = new Random(seed);
        for (int i = 0; i < 20; i++) {
            String digits = SignInCode.generate(random).digits();
            assertEquals(6, digits.length());
            assertTrue(digits.chars().allMatch(c -> c >= '0' && c <= '9'), digits);
        }
    }

    @Test
    void the_smallest_and_largest_draws_are_zero_padded_and_still_six_digits() {
        assertEquals("000000", SignInCode.generate(fixedDraw(0)).digits());
        assertEquals("000042", SignInCode.generate(fixedDraw(42)).digits());
        assertEquals("999999", SignInCode.generate(fixedDraw(999_999)).digits());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "12345", "1234567", "12a456", " 123456", "123 456", "١٢٣٤٥٦", "１２３４５６"})
    void anything_but_six_ascii_digits_is_rejected(String digits) {
        assertThrows(IllegalArgumentException.class, () -> new SignInCode(digits));
    }

    @Test
    void toString_does_not_show_the_code() {
        assertFalse(new SignInCode("493817").toString().contains("493817"));
    }

    private static RandomGenerator fixedDraw(int value) {
        return new RandomGenerator() {
            @Override
            public long nextLong() {
                return value;
            }

            @Override
            public int nextInt(int bound) {
                return value;
            }
        };
    }
}
