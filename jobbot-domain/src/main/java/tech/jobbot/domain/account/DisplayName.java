package tech.jobbot.domain.account;

import java.util.Objects;

/** The name a person wants to be addressed by: 1 to 100 characters of any script, no control characters. */
public record DisplayName(String value) {
    public static final int MAX_LENGTH = 100;

    public DisplayName {
        Objects.requireNonNull(value, "display name");
        value = value.strip();
        int length = value.codePointCount(0, value.length());
        if (length < 1 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("must be 1 to " + MAX_LENGTH + " characters");
        }
        if (value.codePoints().anyMatch(cp -> Character.getType(cp) == Character.CONTROL
                || Character.getType(cp) == Character.FORMAT && cp != 0x200D)) {
            throw new IllegalArgumentException("must not contain control characters");
        }
    }

    @Override
    public String toString() {
        return "DisplayName[redacted]";
    }
}
