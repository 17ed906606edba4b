package tech.jobbot.domain.account;

import java.util.IllformedLocaleException;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/** A preferred language as a well-formed BCP 47 tag whose primary language is an ISO 639 code. */
public record Language(String tag) {
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    public Language {
        Objects.requireNonNull(tag, "language");
        Locale locale;
        try {
            locale = new Locale.Builder().setLanguageTag(tag).build();
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("must be a language tag such as en, de or zh-CN");
        }
        if (!ISO_LANGUAGES.contains(locale.getLanguage()) || !locale.toLanguageTag().equals(tag)) {
            throw new IllegalArgumentException("must be a language tag such as en, de or zh-CN");
        }
    }

    public static Language parse(String raw) {
        Objects.requireNonNull(raw, "language");
        try {
            return new Language(new Locale.Builder().setLanguageTag(raw.strip()).build().toLanguageTag());
        } catch (IllformedLocaleException e) {
            throw new IllegalArgumentException("must be a language tag such as en, de or zh-CN");
        }
    }

    public static final Language ENGLISH = new Language("en");
}
