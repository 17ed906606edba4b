package tech.jobbot.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.Avatar;
import tech.jobbot.domain.account.Country;
import tech.jobbot.domain.account.DisplayName;
import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.account.ExternalSubject;
import tech.jobbot.domain.account.Language;
import tech.jobbot.domain.account.Patch;
import tech.jobbot.domain.account.ProfileCorrection;
import tech.jobbot.ports.out.account.AccountRepository;
import tech.jobbot.ports.out.account.DuplicateAccountException;
import tech.jobbot.ports.out.crypto.KeyDestroyedException;
import tech.jobbot.ports.out.crypto.KeyScope;

/** The {@link AccountRepository} contract. */
abstract class AccountRepositoryContract extends PersistenceContract {
    private AccountRepository accounts() {
        return persistence.accounts();
    }

    private Account newAccount(String email) {
        return Account.registerByEmail(new AccountId(UUID.randomUUID()), EmailAddress.parse(email), clock.instant());
    }

    @Test
    void added_account_is_found_by_id_and_by_email() {
        Account account = newAccount("Ada.Lovelace@Example.org");
        accounts().add(account);
        assertEquals(Optional.of(account), accounts().findById(account.id()));
        assertEquals(Optional.of(account), accounts().findByEmail(EmailAddress.parse(" Ada.Lovelace@EXAMPLE.org ")));
        assertEquals(Optional.of(account), accounts().findByEmail(EmailAddress.parse("ada.lovelace@example.org")),
                "addresses are recognised whatever their case");
        assertEquals("Ada.Lovelace@example.org", accounts().findById(account.id()).orElseThrow().email().orElseThrow()
                .value(), "the address keeps the case it was given for sending");
    }

    @Test
    void ids_page_through_every_account_once() {
        java.util.Set<AccountId> added = new java.util.HashSet<>();
        for (int i = 0; i < 5; i++) {
            Account account = newAccount("page" + i + "@example.com");
            accounts().add(account);
            added.add(account.id());
        }
        java.util.List<AccountId> seen = new java.util.ArrayList<>();
        Optional<AccountId> after = Optional.empty();
        for (int round = 0; round < 10_000; round++) {
            java.util.List<AccountId> page = accounts().idsAfter(after, 2);
            if (page.isEmpty()) {
                break;
            }
            org.junit.jupiter.api.Assertions.assertTrue(page.size() <= 2);
            seen.addAll(page);
            after = Optional.of(page.get(page.size() - 1));
        }
        org.junit.jupiter.api.Assertions.assertTrue(seen.containsAll(added), "every account: " + seen);
        assertEquals(seen.size(), new java.util.HashSet<>(seen).size(), "each once");
    }

    @Test
    void external_account_is_found_by_subject() {
        Account account = Account.registerExternal(new AccountId(UUID.randomUUID()),
                new ExternalSubject("hr-platform|user-42"), clock.instant());
        accounts().add(account);
        assertEquals(Optional.of(account), accounts().findByExternalSubject(new ExternalSubject("hr-platform|user-42")));
        assertEquals(Optional.empty(), accounts().findByExternalSubject(new ExternalSubject("hr-platform|user-43")));
    }

    @Test
    void second_account_with_the_same_email_is_refused() {
        accounts().add(newAccount("grace@example.com"));
        assertThrows(DuplicateAccountException.class, () -> accounts().add(newAccount("grace@EXAMPLE.com")));
        assertThrows(DuplicateAccountException.class, () -> accounts().add(newAccount("Grace@example.com")));
    }

    @Test
    void corrected_profile_and_avatar_are_stored_and_cleared() {
        Account account = newAccount("linus@example.com");
        accounts().add(account);
        clock.advance(Duration.ofMinutes(5));
        Account corrected = account.correctProfile(new ProfileCorrection(Patch.set(new DisplayName("李小龍 Bruce")),
                Patch.set(Country.parse("de")), Patch.set(Language.parse("zh-CN"))), clock.instant())
                .replaceAvatar(Optional.of(new Avatar("abcdefghijklmnop1234.png", "image/png")), clock.instant());
        accounts().update(corrected);
        assertEquals(Optional.of(corrected), accounts().findById(account.id()));

        Account cleared = corrected.correctProfile(new ProfileCorrection(Patch.clear(), Patch.keep(), Patch.clear()),
                clock.instant()).replaceAvatar(Optional.empty(), clock.instant());
        accounts().update(cleared);
        Account loaded = accounts().findById(account.id()).orElseThrow();
        assertEquals(Optional.empty(), loaded.displayName());
        assertEquals(Optional.of(Country.parse("DE")), loaded.country());
        assertEquals(Optional.empty(), loaded.language());
        assertEquals(Optional.empty(), loaded.avatar());
    }

    @Test
    void changed_email_moves_the_lookup() {
        Account account = newAccount("old@example.com");
        accounts().add(account);
        accounts().update(account.changeEmail(EmailAddress.parse("new@example.com"), clock.instant()));
        assertEquals(Optional.empty(), accounts().findByEmail(EmailAddress.parse("old@example.com")));
        assertEquals(account.id(), accounts().findByEmail(EmailAddress.parse("new@example.com")).orElseThrow().id());
    }

    @Test
    void no_personal_value_is_stored_in_plaintext() throws Exception {
        Account account = newAccount("margaret.hamilton@example.com")
                .correctProfile(new ProfileCorrection(Patch.set(new DisplayName("Margaret Hamilton")),
                        Patch.set(Country.parse("US")), Patch.keep()), clock.instant());
        accounts().add(account);
        assertEquals(java.util.List.of(), columnsContaining("margaret.hamilton"));
        assertEquals(java.util.List.of(), columnsContaining("Margaret Hamilton"));
        assertEquals(java.util.List.of(), columnsContaining("example.com"));
    }

    @Test
    void destroying_the_data_key_makes_the_account_unreadable() {
        Account account = newAccount("erase.me@example.com");
        accounts().add(account);
        persistence.keyVault().destroy(KeyScope.account(account.id()));
        assertThrows(KeyDestroyedException.class, () -> accounts().findById(account.id()));
    }
}
