package tech.jobbot.domain.account;

import java.util.Objects;

/** What a person changes of their profile; each field is kept, set or cleared. */
public record ProfileCorrection(Patch<DisplayName> displayName, Patch<Country> country, Patch<Language> language) {
    public ProfileCorrection {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(country, "country");
        Objects.requireNonNull(language, "language");
    }

    public static ProfileCorrection none() {
        return new ProfileCorrection(Patch.keep(), Patch.keep(), Patch.keep());
    }
}
