package tech.jobbot.domain.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class PatchTest {
    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");
    private static final Instant LATER = Instant.parse("2026-02-01T00:00:00Z");

    @Test
    void keep_leaves_a_present_value_and_an_absent_value_as_they_are() {
        assertEquals(Optional.of("old"), Patch.<String>keep().applyTo(Optional.of("old")));
        assertEquals(Optional.empty(), Patch.<String>keep().applyTo(Optional.empty()));
    }

    @Test
    void set_replaces_a_present_value_and_fills_an_absent_one() {
        assertEquals(Optional.of("new"), Patch.set("new").applyTo(Optional.of("old")));
        assertEquals(Optional.of("new"), Patch.set("new").applyTo(Optional.empty()));
    }

    @Test
    void clear_empties_a_present_value_and_keeps_an_absent_one_absent() {
        assertEquals(Optional.empty(), Patch.<String>clear().applyTo(Optional.of("old")));
        assertEquals(Optional.empty(), Patch.<String>clear().applyTo(Optional.empty()));
    }

    @Test
    void set_requires_a_value_so_clearing_is_always_explicit() {
        assertThrows(NullPointerException.class, () -> Patch.set(null));
    }

    @Test
    void given_a_profile_when_corrected_then_each_field_is_kept_set_or_cleared_independently() {
        Account account = Account.registerByEmail(new AccountId(UUID.randomUUID()), EmailAddress.parse("a@example.com"),
                        CREATED)
                .correctProfile(new ProfileCorrection(Patch.set(new DisplayName("Ada")), Patch.set(new Country("GB")),
                        Patch.set(Language.ENGLISH)), CREATED);

        Account corrected = account.correctProfile(
                new ProfileCorrection(Patch.keep(), Patch.clear(), Patch.set(new Language("de"))), LATER);

        assertEquals(Optional.of(new DisplayName("Ada")), corrected.displayName());
        assertEquals(Optional.empty(), corrected.country());
        assertEquals(Optional.of(new Language("de")), corrected.language());
        assertEquals(account.email(), corrected.email());
        assertEquals(CREATED, corrected.createdAt());
        assertEquals(LATER, corrected.updatedAt());
    }

    @Test
    void given_no_correction_then_the_profile_is_unchanged_but_for_the_time_of_update() {
        Account account = Account.registerExternal(new AccountId(UUID.randomUUID()), new ExternalSubject("p|42"),
                CREATED);
        Account same = account.correctProfile(ProfileCorrection.none(), LATER);
        assertEquals(account.displayName(), same.displayName());
        assertEquals(account.country(), same.country());
        assertEquals(account.language(), same.language());
        assertEquals(LATER, same.updatedAt());
    }

    @Test
    void an_account_needs_an_email_or_an_external_subject() {
        assertThrows(IllegalArgumentException.class, () -> new Account(new AccountId(UUID.randomUUID()),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), CREATED, CREATED));
    }
}
