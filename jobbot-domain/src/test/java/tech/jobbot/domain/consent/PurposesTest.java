package tech.jobbot.domain.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class PurposesTest {

    @Test
    void the_registry_declares_the_fixed_purposes_of_the_policy_essential_ones_first() {
        assertEquals(List.of(PurposeKey.ESSENTIAL_SERVICE, PurposeKey.ESSENTIAL_SECURITY,
                PurposeKey.FUNCTIONAL_PREFERENCES, PurposeKey.ANALYTICS_USAGE,
                PurposeKey.PERSONALIZATION_RECOMMENDATIONS, PurposeKey.MARKETING_EMAIL),
                Purposes.all().stream().map(Purpose::key).toList());
    }

    @Test
    void every_consent_based_purpose_defaults_to_off() {
        for (Purpose p : Purposes.all()) {
            assertEquals(!p.legalBasis().needsConsent(), p.defaultGranted(), p.key().value());
        }
    }

    @Test
    void essential_purposes_rest_on_a_basis_other_than_consent_and_cannot_be_withdrawn() {
        assertEquals(LegalBasis.CONTRACT, Purposes.ESSENTIAL_SERVICE.legalBasis());
        assertEquals(LegalBasis.LEGITIMATE_INTEREST, Purposes.ESSENTIAL_SECURITY.legalBasis());
        for (Purpose p : List.of(Purposes.ESSENTIAL_SERVICE, Purposes.ESSENTIAL_SECURITY)) {
            assertTrue(p.defaultGranted(), p.key().value());
            assertFalse(p.withdrawable(), p.key().value());
        }
    }

    @Test
    void preferences_analytics_personalization_and_marketing_need_consent_and_can_be_withdrawn() {
        for (Purpose p : List.of(Purposes.FUNCTIONAL_PREFERENCES, Purposes.ANALYTICS_USAGE,
                Purposes.PERSONALIZATION_RECOMMENDATIONS, Purposes.MARKETING_EMAIL)) {
            assertEquals(LegalBasis.CONSENT, p.legalBasis(), p.key().value());
            assertTrue(p.withdrawable(), p.key().value());
        }
    }

    @Test
    void every_description_cites_the_policy_sections_it_comes_from() {
        for (Purpose p : Purposes.all()) {
            assertTrue(p.description().contains("policy §"), p.key().value());
        }
        assertTrue(Purposes.ANALYTICS_USAGE.description().contains("dwell time"));
        assertTrue(Purposes.MARKETING_EMAIL.description().contains("opt out"));
    }

    @Test
    void the_fixed_purposes_were_declared_by_the_first_policy_version() {
        assertEquals(Set.of(1), Purposes.all().stream().map(Purpose::changedInPolicyVersion)
                .collect(Collectors.toSet()));
    }

    @Test
    void a_fixed_purpose_is_found_by_its_key_but_a_sharing_purpose_is_not() {
        assertEquals(Optional.of(Purposes.MARKETING_EMAIL), Purposes.find(PurposeKey.MARKETING_EMAIL));
        assertEquals(Optional.empty(), Purposes.find(PurposeKey.sharing("acme")));
    }

    @Test
    void a_sharing_purpose_is_made_per_partner_needs_consent_and_defaults_to_off() {
        Purpose sharing = Purposes.sharing("acme-recruiting", " Acme Recruiting Ltd ");
        assertEquals(PurposeKey.sharing("acme-recruiting"), sharing.key());
        assertEquals(LegalBasis.CONSENT, sharing.legalBasis());
        assertFalse(sharing.defaultGranted());
        assertTrue(sharing.withdrawable());
        assertTrue(sharing.description().contains("with Acme Recruiting Ltd, only with your explicit consent"));
        assertTrue(sharing.description().contains("policy §4"));
    }

    @Test
    void given_no_partner_name_or_a_malformed_slug_then_no_sharing_purpose_is_made() {
        assertThrows(IllegalArgumentException.class, () -> Purposes.sharing("acme", "  "));
        assertThrows(NullPointerException.class, () -> Purposes.sharing("acme", null));
        assertThrows(IllegalArgumentException.class, () -> Purposes.sharing("Acme Ltd", "Acme"));
    }

    @Test
    void a_consent_based_purpose_that_defaults_to_on_is_rejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new Purpose(PurposeKey.MARKETING_EMAIL, "Mail", LegalBasis.CONSENT, true, 1));
    }

    @Test
    void a_purpose_on_another_basis_that_defaults_to_off_is_rejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new Purpose(PurposeKey.ESSENTIAL_SERVICE, "Service", LegalBasis.CONTRACT, false, 1));
    }

    @Test
    void an_essential_purpose_on_consent_is_rejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new Purpose(PurposeKey.ESSENTIAL_SECURITY, "Security", LegalBasis.CONSENT, false, 1));
    }

    @Test
    void sharing_on_a_basis_other_than_consent_is_rejected() {
        assertThrows(IllegalArgumentException.class,
                () -> new Purpose(PurposeKey.sharing("acme"), "Share", LegalBasis.LEGITIMATE_INTEREST, true, 1));
    }

    @Test
    void a_purpose_needs_a_description_and_a_policy_version_from_one() {
        assertThrows(IllegalArgumentException.class,
                () -> new Purpose(PurposeKey.MARKETING_EMAIL, " ", LegalBasis.CONSENT, false, 1));
        assertThrows(IllegalArgumentException.class,
                () -> new Purpose(PurposeKey.MARKETING_EMAIL, "Mail", LegalBasis.CONSENT, false, 0));
        assertThrows(NullPointerException.class,
                () -> new Purpose(null, "Mail", LegalBasis.CONSENT, false, 1));
        assertThrows(NullPointerException.class,
                () -> new Purpose(PurposeKey.MARKETING_EMAIL, "Mail", null, false, 1));
    }
}
