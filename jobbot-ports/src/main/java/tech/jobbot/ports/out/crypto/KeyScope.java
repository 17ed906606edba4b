package tech.jobbot.ports.out.crypto;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Whose data key encrypts a value: one scope per person ({@code account:<id>}) so that
 * destroying that key makes all their encrypted values unreadable, and one per outgoing mail.
 */
public record KeyScope(String value) {
    private static final Pattern FORMAT = Pattern.compile("[a-z]+:[A-Za-z0-9_-]{1,64}");

    public KeyScope {
        Objects.requireNonNull(value, "scope");
        if (!FORMAT.matcher(value).matches()) {
            throw new IllegalArgumentException("scope must be kind:id");
        }
    }

    public static KeyScope account(tech.jobbot.domain.account.AccountId id) {
        return new KeyScope("account:" + id.value());
    }

    public static KeyScope mail(String id) {
        return new KeyScope("mail:" + id);
    }
}
