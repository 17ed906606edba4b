package tech.jobbot.domain.consent;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A visitor's answer to the cookie banner (privacy policy §5): strictly necessary storage (the
 * session) needs no answer; preferences and analytics are each accepted or refused. Before an
 * answer, nothing but strictly necessary storage is used. An anonymous answer is kept in a
 * cookie, in the compact form of {@link #cookieValue()}, and merged into the consent ledger when
 * the visitor signs in.
 */
public record CookieChoice(boolean preferences, boolean analytics) {
    /** The cookie categories, in the order a banner shows them. */
    public enum Category {
        STRICTLY_NECESSARY(Purposes.ESSENTIAL_SERVICE, true,
                "The session cookie that keeps you signed in and protects your requests; always on."),
        PREFERENCES(Purposes.FUNCTIONAL_PREFERENCES, false,
                "Remembers your display and language choices in cookies and LocalStorage."),
        ANALYTICS(Purposes.ANALYTICS_USAGE, false,
                "Measures how pages are used, such as dwell time, to improve the product.");

        private final Purpose purpose;
        private final boolean required;
        private final String description;

        Category(Purpose purpose, boolean required, String description) {
            this.purpose = purpose;
            this.required = required;
            this.description = description;
        }

        public Purpose purpose() {
            return purpose;
        }

        /** Whether it is used without asking: only what the service cannot work without. */
        public boolean required() {
            return required;
        }

        public String description() {
            return description;
        }
    }

    private static final Pattern VALUE = Pattern.compile("1\\.p([01])\\.a([01])");

    /** Refusing everything optional: as easy to choose as {@link #ACCEPT_ALL}. */
    public static final CookieChoice REFUSE_ALL = new CookieChoice(false, false);
    public static final CookieChoice ACCEPT_ALL = new CookieChoice(true, true);

    public static List<Category> categories() {
        return List.of(Category.values());
    }

    /** The cookie form, versioned: {@code 1.p1.a0} accepts preferences and refuses analytics. */
    public String cookieValue() {
        return "1.p" + (preferences ? 1 : 0) + ".a" + (analytics ? 1 : 0);
    }

    /** Reads a cookie written by {@link #cookieValue()}; anything else is no answer at all. */
    public static Optional<CookieChoice> parse(String cookieValue) {
        if (cookieValue == null) {
            return Optional.empty();
        }
        Matcher m = VALUE.matcher(cookieValue);
        if (!m.matches()) {
            return Optional.empty();
        }
        return Optional.of(new CookieChoice(m.group(1).equals("1"), m.group(2).equals("1")));
    }

    /**
     * The answer under Global Privacy Control: GPC withdraws analytics (policy §5), so an
     * acceptance of analytics sent with it does not count.
     */
    public CookieChoice underGlobalPrivacyControl() {
        return new CookieChoice(preferences, false);
    }

    /** The consents this answer grants ({@code true}) or refuses ({@code false}), for the ledger. */
    public Map<PurposeKey, Boolean> asConsents() {
        Map<PurposeKey, Boolean> choices = new LinkedHashMap<>();
        choices.put(Category.PREFERENCES.purpose().key(), preferences);
        choices.put(Category.ANALYTICS.purpose().key(), analytics);
        return choices;
    }
}
