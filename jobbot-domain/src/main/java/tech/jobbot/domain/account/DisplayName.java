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
        if (value.codePoints().noneMatch(DisplayName::isVisible)) {
            throw new IllegalArgumentException("must contain a visible character");
        }
    }

    /** Not a space of any kind, nor one of the fillers that render as nothing (Hangul, Braille blank). */
    private static boolean isVisible(int cp) {
        return !Character.isWhitespace(cp) && !Character.isSpaceChar(cp)
                && cp != 0x3164 && cp != 0x115F && cp != 0x1160 && cp != 0xFFA0 && cp != 0x2800;
    }

    @Override
    public String toString() {
        return "DisplayName[redacted]";
    }
}
