package tech.jobbot.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import tech.jobbot.domain.account.Account;
import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.Avatar;
import tech.jobbot.domain.account.EmailAddress;

/** The {@link tech.jobbot.ports.out.account.AvatarStore} contract. */
abstract class AvatarStoreContract extends PersistenceContract {
    private static final Avatar FIRST = new Avatar("firstfirstfirst01.png", "image/png");
    private static final Avatar SECOND = new Avatar("secondsecondsec02.jpg", "image/jpeg");
    private AccountId owner;

    @BeforeEach
    void owner() {
        owner = new AccountId(UUID.randomUUID());
        persistence.accounts().add(Account.registerByEmail(owner, EmailAddress.parse("pic@example.com"), clock.instant()));
    }

    @Test
    void stored_image_is_served_by_its_name_only() throws Exception {
        byte[] image = "PNG-BYTES-SECRET-FACE".getBytes();
        persistence.avatars().put(owner, FIRST, image);
        assertArrayEquals(image, persistence.avatars().get(owner, FIRST).orElseThrow());
        assertEquals(Optional.empty(), persistence.avatars().get(owner, SECOND));
        assertEquals(List.of(), columnsContaining("SECRET-FACE"), "images are sealed");
    }

    @Test
    void new_image_replaces_the_old_and_delete_removes_it() {
        persistence.avatars().put(owner, FIRST, new byte[] {1, 2, 3});
        persistence.avatars().put(owner, SECOND, new byte[] {4, 5});
        assertTrue(persistence.avatars().get(owner, FIRST).isEmpty());
        assertArrayEquals(new byte[] {4, 5}, persistence.avatars().get(owner, SECOND).orElseThrow());
        persistence.avatars().delete(owner);
        assertTrue(persistence.avatars().get(owner, SECOND).isEmpty());
    }
}
