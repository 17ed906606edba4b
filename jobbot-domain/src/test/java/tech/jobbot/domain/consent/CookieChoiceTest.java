package tech.jobbot.domain.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.junit.jupiter.api.Test;

class CookieChoiceTest {
    @Test
    void every_answer_survives_its_cookie_form() {
        for (boolean p : new boolean[] {false, true}) {
            for (boolean a : new boolean[] {false, true}) {
                CookieChoice choice = new CookieChoice(p, a);
                assertEquals(Optional.of(choice), CookieChoice.parse(choice.cookieValue()));
            }
        }
        assertEquals("1.p0.a0", CookieChoice.REFUSE_ALL.cookieValue());
        assertEquals("1.p1.a1", CookieChoice.ACCEPT_ALL.cookieValue());
    }

    @Test
    void anything_but_a_well_formed_answer_is_no_answer() {
        for (String bad : new String[] {null, "", "1.p1", "1.p2.a0", "2.p1.a1", "1.p1.a1 ", "1.P1.A1", "yes"}) {
            assertEquals(Optional.empty(), CookieChoice.parse(bad), String.valueOf(bad));
        }
    }

    @Test
    void the_answer_maps_to_consent_based_purposes_only() {
        assertEquals(Map.of(PurposeKey.FUNCTIONAL_PREFERENCES, true, PurposeKey.ANALYTICS_USAGE, false),
                new CookieChoice(true, false).asConsents());
        for (PurposeKey key : CookieChoice.ACCEPT_ALL.asConsents().keySet()) {
            assertTrue(Purposes.find(key).orElseThrow().withdrawable(), key + " is based on consent");
        }
    }

    @Test
    void only_strictly_necessary_storage_is_used_without_asking() {
        List<CookieChoice.Category> required = CookieChoice.categories().stream()
                .filter(CookieChoice.Category::required).toList();
        assertEquals(List.of(CookieChoice.Category.STRICTLY_NECESSARY), required);
        assertFalse(required.get(0).purpose().withdrawable());
    }

    @Test
    void global_privacy_control_refuses_analytics_and_keeps_preferences() {
        assertEquals(new CookieChoice(true, false), CookieChoice.ACCEPT_ALL.underGlobalPrivacyControl());
        assertEquals(CookieChoice.REFUSE_ALL, CookieChoice.REFUSE_ALL.underGlobalPrivacyControl());
    }
}
