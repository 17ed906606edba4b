package tech.jobbot.domain.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PurposeKeyTest {

    @ParameterizedTest
    @ValueSource(strings = {"essential.service", "essential.security", "functional.preferences", "analytics.usage",
            "personalization.recommendations", "marketing.email"})
    void every_fixed_purpose_key_is_accepted(String key) {
        assertEquals(key, new PurposeKey(key).value());
    }

    @Test
    void a_sharing_key_names_one_partner_by_its_slug() {
        PurposeKey key = PurposeKey.sharing("acme-recruiting");
        assertEquals(new PurposeKey("sharing.acme-recruiting"), key);
        assertEquals(Optional.of("acme-recruiting"), key.partnerSlug());
        assertEquals(Optional.empty(), PurposeKey.MARKETING_EMAIL.partnerSlug());
        assertEquals("sharing.acme-recruiting", key.toString());
    }

    @Test
    void a_partner_slug_may_be_as_long_as_a_dns_label() {
        String slug = "a".repeat(63);
        assertEquals(Optional.of(slug), PurposeKey.sharing(slug).partnerSlug());
        assertThrows(IllegalArgumentException.class, () -> PurposeKey.sharing(slug + "a"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "marketing", "marketing.sms", "Marketing.email", "essential.service ", "sharing.",
            "sharing", "sharing.Acme", "sharing.-acme", "sharing.acme-", "sharing.acme_recruiting", "sharing.acme.eu",
            "sharing.acme recruiting", "sharing.ac/me"})
    void given_an_unknown_or_malformed_key_then_it_is_rejected(String key) {
        assertThrows(IllegalArgumentException.class, () -> new PurposeKey(key));
    }

    @Test
    void a_missing_key_is_rejected() {
        assertThrows(NullPointerException.class, () -> new PurposeKey(null));
        assertThrows(NullPointerException.class, () -> PurposeKey.sharing(null));
    }

    @Test
    void only_the_essential_keys_are_essential() {
        assertTrue(PurposeKey.ESSENTIAL_SERVICE.isEssential());
        assertTrue(PurposeKey.ESSENTIAL_SECURITY.isEssential());
        assertFalse(PurposeKey.FUNCTIONAL_PREFERENCES.isEssential());
        assertFalse(PurposeKey.MARKETING_EMAIL.isEssential());
        assertFalse(PurposeKey.sharing("essential").isEssential());
    }
}
