package tech.jobbot.domain.auth;

import java.util.Base64;
import java.util.Objects;
import java.util.random.RandomGenerator;
import java.util.regex.Pattern;

/** Identifies one code flow (a code request and its resends); 128 random bits in base64url. */
public record FlowId(String value) {
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9_-]{22}");

    public FlowId {
        Objects.requireNonNull(value, "flowId");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("is not a flow id");
        }
    }

    public static FlowId generate(RandomGenerator random) {
        byte[] bytes = new byte[16];
        random.nextBytes(bytes);
        return new FlowId(Base64.getUrlEncoder().withoutPadding().encodeToString(bytes));
    }
}
