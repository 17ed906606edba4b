package tech.jobbot.domain.account;

import java.util.Objects;
import java.util.regex.Pattern;

/** Reference to a stored, sanitised avatar image: a server-generated name and its media type. */
public record Avatar(String name, String mediaType) {
    private static final Pattern NAME = Pattern.compile("[A-Za-z0-9_-]{16,64}\\.(png|jpg)");

    public Avatar {
        Objects.requireNonNull(name, "avatar name");
        Objects.requireNonNull(mediaType, "avatar media type");
        if (!NAME.matcher(name).matches()) {
            throw new IllegalArgumentException("avatar name must be server-generated");
        }
        if (!mediaType.equals("image/png") && !mediaType.equals("image/jpeg")) {
            throw new IllegalArgumentException("avatar must be image/png or image/jpeg");
        }
    }
}
