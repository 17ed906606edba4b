package tech.jobbot.ports.in.auth;

import java.util.Base64;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** A bearer session token: 256 random bits in base64url. Shown to its owner once, stored only as a digest. */
public record SessionToken(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{43}");

    public SessionToken {
        Objects.requireNonNull(value, "token");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("is not a session token");
        }
    }

    public static SessionToken generate(RandomGenerator random) {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return new SessionToken(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }

    @Override
    public String toString() {
        return "SessionToken[redacted]";
    }
}
