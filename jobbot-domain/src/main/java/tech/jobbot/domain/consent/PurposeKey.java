package tech.jobbot.domain.consent;

import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The stable name of a purpose, as stored in the consent ledger: one of the fixed purposes, or
 * {@code sharing.<partner-slug>} for sharing with one named third party.
 */
public record PurposeKey(String value) {
    // Declared before the constants below, whose construction validates against them.
    private static final Set<String> FIXED = Set.of("essential.service", "essential.security",
            "functional.preferences", "analytics.usage", "personalization.recommendations", "marketing.email");
    private static final String SHARING_PREFIX = "sharing.";
    /** Lower-case letters, digits and inner hyphens, like a DNS label, so a slug is safe in URLs and logs. */
    private static final Pattern PARTNER_SLUG = Pattern.compile("[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?");

    public static final PurposeKey ESSENTIAL_SERVICE = new PurposeKey("essential.service");
    public static final PurposeKey ESSENTIAL_SECURITY = new PurposeKey("essential.security");
    public static final PurposeKey FUNCTIONAL_PREFERENCES = new PurposeKey("functional.preferences");
    public static final PurposeKey ANALYTICS_USAGE = new PurposeKey("analytics.usage");
    public static final PurposeKey PERSONALIZATION_RECOMMENDATIONS = new PurposeKey("personalization.recommendations");
    public static final PurposeKey MARKETING_EMAIL = new PurposeKey("marketing.email");

    public PurposeKey {
        Objects.requireNonNull(value, "purpose key");
        if (!FIXED.contains(value) && !(value.startsWith(SHARING_PREFIX)
                && PARTNER_SLUG.matcher(value.substring(SHARING_PREFIX.length())).matches())) {
            throw new IllegalArgumentException("unknown purpose: must be one of " + FIXED.stream().sorted().toList()
                    + " or sharing.<partner-slug> (a-z, 0-9 and inner hyphens, at most 63)");
        }
    }

    /** The key of sharing with the partner named by {@code partnerSlug}, e.g. {@code sharing.acme-recruiting}. */
    public static PurposeKey sharing(String partnerSlug) {
        return new PurposeKey(SHARING_PREFIX + Objects.requireNonNull(partnerSlug, "partner slug"));
    }

    /** Whether the purpose is one of the essential ones, which rest on no consent. */
    public boolean isEssential() {
        return value.startsWith("essential.");
    }

    /** The partner's slug if this is a sharing purpose. */
    public Optional<String> partnerSlug() {
        return value.startsWith(SHARING_PREFIX) ? Optional.of(value.substring(SHARING_PREFIX.length()))
                : Optional.empty();
    }

    @Override
    public String toString() {
        return value;
    }
}
