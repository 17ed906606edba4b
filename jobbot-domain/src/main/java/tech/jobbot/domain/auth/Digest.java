package tech.jobbot.domain.auth;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * A keyed digest (HMAC) of a secret such as a sign-in code or a session token, in base64url.
 * Secrets are only ever stored and compared as digests; comparison takes constant time.
 */
public record Digest(String value) {
    private static final Pattern BASE64URL = Pattern.compile("[A-Za-z0-9_-]{16,128}");

    public Digest {
        Objects.requireNonNull(value, "digest");
        if (!BASE64URL.matcher(value).matches()) {
            throw new IllegalArgumentException("digest must be base64url");
        }
    }

    public boolean matches(Digest other) {
        return MessageDigest.isEqual(value.getBytes(StandardCharsets.US_ASCII),
                other.value.getBytes(StandardCharsets.US_ASCII));
    }
}
