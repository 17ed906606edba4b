package tech.jobbot.adapters.persistence;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import tech.jobbot.ports.out.JobbotException;
import tech.jobbot.ports.out.crypto.KeyDestroyedException;
import tech.jobbot.ports.out.crypto.KeyScope;
import tech.jobbot.ports.out.crypto.KeyVault;

/** The {@link KeyVault} contract. */
abstract class KeyVaultContract extends PersistenceContract {
    private static final KeyScope ALICE = new KeyScope("account:alice");
    private static final KeyScope BOB = new KeyScope("account:bob");
    private static final byte[] SECRET = "Zoë Müller, born 1990".getBytes(StandardCharsets.UTF_8);

    private KeyVault vault() {
        return persistence.keyVault();
    }

    @Test
    void sealed_value_opens_with_same_scope_and_context() {
        byte[] sealed = vault().seal(ALICE, SECRET, "t.c:1");
        assertArrayEquals(SECRET, vault().open(ALICE, sealed, "t.c:1"));
        assertTrue(vault().exists(ALICE));
    }

    @Test
    void sealing_twice_gives_different_ciphertexts_without_the_plaintext() throws Exception {
        byte[] first = vault().seal(ALICE, SECRET, "t.c:1");
        byte[] second = vault().seal(ALICE, SECRET, "t.c:1");
        assertFalse(java.util.Arrays.equals(first, second), "a fresh nonce per seal");
        assertFalse(new String(first, StandardCharsets.ISO_8859_1).contains("Zo"));
        assertTrue(columnsContaining("Müller").isEmpty());
    }

    @Test
    void value_moved_to_another_context_or_scope_does_not_open() {
        byte[] sealed = vault().seal(ALICE, SECRET, "t.c:1");
        vault().seal(BOB, SECRET, "t.c:1");
        assertThrows(JobbotException.class, () -> vault().open(ALICE, sealed, "t.c:2"));
        assertThrows(JobbotException.class, () -> vault().open(BOB, sealed, "t.c:1"));
    }

    @Test
    void tampered_ciphertext_is_refused() {
        byte[] sealed = vault().seal(ALICE, SECRET, "t.c:1");
        sealed[sealed.length - 1] ^= 1;
        assertThrows(JobbotException.class, () -> vault().open(ALICE, sealed, "t.c:1"));
    }

    @Test
    void destroyed_key_makes_values_unreadable_for_good() {
        byte[] sealed = vault().seal(ALICE, SECRET, "t.c:1");
        byte[] bobs = vault().seal(BOB, SECRET, "t.c:1");
        vault().destroy(ALICE);
        assertFalse(vault().exists(ALICE));
        assertThrows(KeyDestroyedException.class, () -> vault().open(ALICE, sealed, "t.c:1"));
        assertArrayEquals(SECRET, vault().open(BOB, bobs, "t.c:1"), "other scopes are untouched");
    }

    @Test
    void a_key_destroyed_inside_a_transaction_is_gone_for_the_rest_of_it_and_after() {
        byte[] sealed = vault().seal(ALICE, SECRET, "t.c:1");
        persistence.transactions().run(() -> {
            assertArrayEquals(SECRET, vault().open(ALICE, sealed, "t.c:1"), "the key is read once here");
            vault().destroy(ALICE);
            assertThrows(KeyDestroyedException.class, () -> vault().open(ALICE, sealed, "t.c:1"),
                    "not served from what the transaction remembered");
        });
        assertThrows(KeyDestroyedException.class, () -> vault().open(ALICE, sealed, "t.c:1"));
    }

    @Test
    void a_rolled_back_destruction_leaves_the_key_and_nothing_remembered_outlives_its_transaction() {
        byte[] sealed = vault().seal(ALICE, SECRET, "t.c:1");
        assertThrows(IllegalStateException.class, () -> persistence.transactions().run(() -> {
            vault().destroy(ALICE);
            throw new IllegalStateException("roll back");
        }));
        assertArrayEquals(SECRET, vault().open(ALICE, sealed, "t.c:1"), "the destruction was rolled back");
        persistence.transactions().run(() -> vault().open(ALICE, sealed, "t.c:1"));
        vault().destroy(ALICE);
        assertThrows(KeyDestroyedException.class, () -> persistence.transactions().inTransaction(
                () -> vault().open(ALICE, sealed, "t.c:1")), "a new transaction reads the key afresh");
    }

    @Test
    void transactions_run_at_read_committed_whatever_the_data_source_starts_at() throws Exception {
        assertTrue(Database.startsReadCommitted(dataSource), "Jobbot's own pool is set to READ COMMITTED");
        try (com.zaxxer.hikari.HikariDataSource serializable = new com.zaxxer.hikari.HikariDataSource()) {
            serializable.setJdbcUrl(dataSource.getJdbcUrl());
            serializable.setUsername(dataSource.getUsername());
            serializable.setTransactionIsolation("TRANSACTION_SERIALIZABLE");
            assertFalse(Database.startsReadCommitted(serializable));
            JdbiTransactions tx = new JdbiTransactions(org.jdbi.v3.core.Jdbi.create(serializable),
                    Database.startsReadCommitted(serializable));
            int level = tx.inTransaction(() -> tx.withHandle(h -> {
                try {
                    return h.getConnection().getTransactionIsolation();
                } catch (java.sql.SQLException e) {
                    throw new IllegalStateException(e);
                }
            }));
            assertEquals(java.sql.Connection.TRANSACTION_READ_COMMITTED, level);
        }
    }

    @Test
    void wrapped_keys_do_not_open_under_another_master_key() {
        byte[] sealed = vault().seal(ALICE, SECRET, "t.c:1");
        JdbiPersistence otherMaster = new JdbiPersistence(dataSource, randomKeys(), clock);
        assertThrows(JobbotException.class, () -> otherMaster.keyVault().open(ALICE, sealed, "t.c:1"));
    }

    @Test
    void digests_are_stable_keyed_and_separated_by_purpose() {
        assertEquals(vault().digest("email", "a@example.com"), vault().digest("email", "a@example.com"));
        assertNotEquals(vault().digest("email", "a@example.com"), vault().digest("code", "a@example.com"));
        assertNotEquals(vault().digest("email", "a@example.com"), vault().digest("email", "b@example.com"));
        JdbiPersistence otherKeys = new JdbiPersistence(dataSource, randomKeys(), clock);
        assertNotEquals(vault().digest("email", "a@example.com"),
                otherKeys.keyVault().digest("email", "a@example.com"), "digests depend on the server secret");
    }
}
