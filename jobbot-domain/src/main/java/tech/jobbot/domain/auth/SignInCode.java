package tech.jobbot.domain.auth;

import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** A one-time verification code: exactly six decimal digits. */
public record SignInCode(String digits) {
    private static final Pattern SIX_DIGITS = Pattern.compile("[0-9]{6}");

    public SignInCode {
        Objects.requireNonNull(digits, "code");
        if (!SIX_DIGITS.matcher(digits).matches()) {
            throw new IllegalArgumentException("must be 6 digits");
        }
    }

    /** Draws a code uniformly from 000000–999999; pass a {@code SecureRandom}. */
    public static SignInCode generate(RandomGenerator random) {
        return new SignInCode(String.format("%06d", random.nextInt(1_000_000)));
    }

    @Override
    public String toString() {
        return "SignInCode[redacted]";
    }
}
