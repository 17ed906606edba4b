package tech.jobbot.domain.consent;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static tech.jobbot.domain.consent.ConsentFixtures.BOB;
import static tech.jobbot.domain.consent.ConsentFixtures.START;
import static tech.jobbot.domain.consent.ConsentFixtures.acknowledged;
import static tech.jobbot.domain.consent.ConsentFixtures.changedIn;
import static tech.jobbot.domain.consent.ConsentFixtures.granted;
import static tech.jobbot.domain.consent.ConsentFixtures.record;
import static tech.jobbot.domain.consent.ConsentFixtures.withdrawn;

import java.util.List;

import org.junit.jupiter.api.Test;

class ConsentsTest {
    private static final Purpose MARKETING = Purposes.MARKETING_EMAIL;

    @Test
    void given_no_records_when_a_consent_based_purpose_is_asked_then_consent_is_missing_and_use_refused() {
        assertEquals(new ConsentState.Missing(), Consents.stateOf(MARKETING, List.of()));
        assertFalse(Consents.mayUse(MARKETING, List.of()));
    }

    @Test
    void given_a_grant_under_the_current_terms_then_the_purpose_is_granted() {
        ConsentRecord grant = granted(MARKETING.key(), 1, 0);
        assertEquals(new ConsentState.Granted(grant), Consents.stateOf(MARKETING, List.of(grant)));
        assertTrue(Consents.mayUse(MARKETING, List.of(grant)));
    }

    @Test
    void given_a_grant_then_a_withdrawal_then_the_purpose_is_withdrawn_and_use_stops() {
        ConsentRecord withdrawal = withdrawn(MARKETING.key(), 1, 5);
        List<ConsentRecord> history = List.of(granted(MARKETING.key(), 1, 0), withdrawal);
        assertEquals(new ConsentState.Withdrawn(withdrawal), Consents.stateOf(MARKETING, history));
        assertFalse(Consents.mayUse(MARKETING, history));
    }

    @Test
    void given_a_withdrawal_then_a_new_grant_then_the_purpose_is_granted_again() {
        ConsentRecord regrant = granted(MARKETING.key(), 1, 9);
        List<ConsentRecord> history = List.of(granted(MARKETING.key(), 1, 0), withdrawn(MARKETING.key(), 1, 5),
                regrant);
        assertEquals(new ConsentState.Granted(regrant), Consents.stateOf(MARKETING, history));
    }

    @Test
    void given_a_grant_under_a_policy_older_than_the_purpose_last_change_then_consent_is_outdated_and_use_paused() {
        Purpose changed = changedIn(MARKETING, 2);
        ConsentRecord grant = granted(MARKETING.key(), 1, 0);
        assertEquals(new ConsentState.Outdated(grant), Consents.stateOf(changed, List.of(grant)));
        assertFalse(Consents.mayUse(changed, List.of(grant)));
    }

    @Test
    void given_a_grant_under_the_version_that_changed_the_purpose_then_it_is_current() {
        Purpose changed = changedIn(MARKETING, 2);
        ConsentRecord grant = granted(MARKETING.key(), 2, 0);
        assertEquals(new ConsentState.Granted(grant), Consents.stateOf(changed, List.of(grant)));
        ConsentRecord later = granted(MARKETING.key(), 3, 1);
        assertEquals(new ConsentState.Granted(later), Consents.stateOf(changed, List.of(grant, later)));
    }

    @Test
    void given_an_outdated_grant_then_a_fresh_grant_renews_consent() {
        Purpose changed = changedIn(MARKETING, 2);
        ConsentRecord renewal = granted(MARKETING.key(), 2, 10);
        assertEquals(new ConsentState.Granted(renewal),
                Consents.stateOf(changed, List.of(granted(MARKETING.key(), 1, 0), renewal)));
    }

    @Test
    void given_a_withdrawal_under_an_older_policy_then_it_stays_withdrawn_rather_than_outdated() {
        ConsentRecord withdrawal = withdrawn(MARKETING.key(), 1, 0);
        assertEquals(new ConsentState.Withdrawn(withdrawal),
                Consents.stateOf(changedIn(MARKETING, 3), List.of(withdrawal)));
    }

    @Test
    void given_only_acknowledgements_then_consent_is_missing() {
        List<ConsentRecord> history = List.of(acknowledged(MARKETING.key(), 1, 0), acknowledged(MARKETING.key(), 2, 1));
        assertEquals(new ConsentState.Missing(), Consents.stateOf(changedIn(MARKETING, 2), history));
    }

    @Test
    void an_acknowledgement_after_a_grant_neither_renews_nor_revokes_it() {
        ConsentRecord grant = granted(MARKETING.key(), 1, 0);
        List<ConsentRecord> history = List.of(grant, acknowledged(MARKETING.key(), 2, 5));
        assertEquals(new ConsentState.Outdated(grant), Consents.stateOf(changedIn(MARKETING, 2), history),
                "acknowledging the new policy is not consenting to the changed purpose");
        assertEquals(new ConsentState.Granted(grant), Consents.stateOf(MARKETING, history));
    }

    @Test
    void records_for_other_purposes_do_not_count() {
        List<ConsentRecord> history = List.of(granted(MARKETING.key(), 1, 0));
        assertEquals(new ConsentState.Missing(), Consents.stateOf(Purposes.ANALYTICS_USAGE, history));
    }

    @Test
    void consent_to_share_with_one_partner_is_no_consent_to_share_with_another() {
        Purpose acme = Purposes.sharing("acme", "Acme Recruiting");
        Purpose globex = Purposes.sharing("globex", "Globex Careers");
        ConsentRecord grant = granted(acme.key(), 1, 0);
        assertEquals(new ConsentState.Granted(grant), Consents.stateOf(acme, List.of(grant)));
        assertEquals(new ConsentState.Missing(), Consents.stateOf(globex, List.of(grant)));
    }

    @Test
    void essential_purposes_need_no_consent_and_may_always_be_used() {
        List<ConsentRecord> history = List.of(acknowledged(PurposeKey.ESSENTIAL_SERVICE, 1, 0),
                withdrawn(MARKETING.key(), 1, 1));
        assertEquals(new ConsentState.NotNeeded(LegalBasis.CONTRACT),
                Consents.stateOf(Purposes.ESSENTIAL_SERVICE, history));
        assertEquals(new ConsentState.NotNeeded(LegalBasis.LEGITIMATE_INTEREST),
                Consents.stateOf(Purposes.ESSENTIAL_SECURITY, List.of()));
        assertTrue(Consents.mayUse(Purposes.ESSENTIAL_SECURITY, List.of()));
    }

    @Test
    void the_latest_choice_by_time_decides_even_when_it_was_appended_earlier() {
        // A banner choice made before sign-in is merged into the ledger afterwards, with its own time.
        ConsentRecord settingsGrant = granted(MARKETING.key(), 1, 30);
        ConsentRecord bannerRefusal = withdrawn(MARKETING.key(), 1, 10);
        assertEquals(new ConsentState.Granted(settingsGrant),
                Consents.stateOf(MARKETING, List.of(settingsGrant, bannerRefusal)));
    }

    @Test
    void at_the_same_instant_the_later_record_in_the_history_decides() {
        ConsentRecord grant = granted(MARKETING.key(), 1, 0);
        ConsentRecord withdrawal = withdrawn(MARKETING.key(), 1, 0);
        assertEquals(new ConsentState.Withdrawn(withdrawal), Consents.stateOf(MARKETING, List.of(grant, withdrawal)));
        assertEquals(new ConsentState.Granted(grant), Consents.stateOf(MARKETING, List.of(withdrawal, grant)));
    }

    @Test
    void a_history_that_mixes_people_is_rejected() {
        List<ConsentRecord> mixed = List.of(granted(MARKETING.key(), 1, 0),
                record(BOB, MARKETING.key(), ConsentChoice.WITHDRAWN, 1, ConsentMethod.GPC, START));
        assertThrows(IllegalArgumentException.class, () -> Consents.stateOf(MARKETING, mixed));
    }

    @Test
    void only_granted_and_not_needed_states_allow_use() {
        ConsentRecord grant = granted(MARKETING.key(), 1, 0);
        assertTrue(Consents.mayUse(new ConsentState.Granted(grant)));
        assertTrue(Consents.mayUse(new ConsentState.NotNeeded(LegalBasis.LEGAL_OBLIGATION)));
        assertFalse(Consents.mayUse(new ConsentState.Missing()));
        assertFalse(Consents.mayUse(new ConsentState.Withdrawn(withdrawn(MARKETING.key(), 1, 1))));
        assertFalse(Consents.mayUse(new ConsentState.Outdated(grant)));
    }

    @Test
    void consent_cannot_be_not_needed_for_a_consent_based_purpose() {
        assertThrows(IllegalArgumentException.class, () -> new ConsentState.NotNeeded(LegalBasis.CONSENT));
    }

    @Test
    void a_state_rests_on_a_record_of_its_own_kind() {
        ConsentRecord grant = granted(MARKETING.key(), 1, 0);
        ConsentRecord withdrawal = withdrawn(MARKETING.key(), 1, 1);
        assertThrows(IllegalArgumentException.class, () -> new ConsentState.Granted(withdrawal));
        assertThrows(IllegalArgumentException.class, () -> new ConsentState.Outdated(withdrawal));
        assertThrows(IllegalArgumentException.class, () -> new ConsentState.Withdrawn(grant));
        assertThrows(IllegalArgumentException.class,
                () -> new ConsentState.Granted(acknowledged(MARKETING.key(), 1, 2)));
    }
}
