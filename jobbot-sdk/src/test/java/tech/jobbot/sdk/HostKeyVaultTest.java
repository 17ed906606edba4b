package tech.jobbot.sdk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import javax.crypto.Cipher;
import javax.crypto.KeyGenerator;
import javax.crypto.Mac;
import javax.crypto.SecretKey;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.DisplayName;
import tech.jobbot.domain.account.Patch;
import tech.jobbot.domain.account.ProfileCorrection;
import tech.jobbot.domain.auth.Digest;
import tech.jobbot.ports.out.crypto.KeyDestroyedException;
import tech.jobbot.ports.out.crypto.KeyScope;
import tech.jobbot.ports.out.crypto.KeyVault;

/** A host's own key vault (as a KMS would be) seals every personal value, and erasure destroys the person's key in it. */
class HostKeyVaultTest {
    @TempDir
    Path dataDir;

    /** An in-memory vault: AES-GCM per scope, HMAC-SHA256 digests; what a KMS client would do remotely. */
    static final class HostVault implements KeyVault {
        final Map<String, SecretKey> keys = new ConcurrentHashMap<>();
        final Set<String> destroyed = ConcurrentHashMap.newKeySet();
        final SecretKey digestKey = new SecretKeySpec(new byte[32], "HmacSHA256");
        final SecureRandom random = new SecureRandom();
        volatile int seals;

        @Override
        public byte[] seal(KeyScope scope, byte[] plaintext, String context) {
            seals++;
            try {
                SecretKey key = keys.computeIfAbsent(scope.value(), s -> newKey());
                byte[] iv = new byte[12];
                random.nextBytes(iv);
                Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                c.init(Cipher.ENCRYPT_MODE, key, new GCMParameterSpec(128, iv));
                c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
                byte[] sealed = c.doFinal(plaintext);
                return ByteBuffer.allocate(12 + sealed.length).put(iv).put(sealed).array();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public byte[] open(KeyScope scope, byte[] ciphertext, String context) {
            SecretKey key = keys.get(scope.value());
            if (key == null) {
                throw new KeyDestroyedException(scope);
            }
            try {
                Cipher c = Cipher.getInstance("AES/GCM/NoPadding");
                c.init(Cipher.DECRYPT_MODE, key, new GCMParameterSpec(128, ciphertext, 0, 12));
                c.updateAAD(context.getBytes(StandardCharsets.UTF_8));
                return c.doFinal(ciphertext, 12, ciphertext.length - 12);
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public void destroy(KeyScope scope) {
            keys.remove(scope.value());
            destroyed.add(scope.value());
        }

        @Override
        public boolean exists(KeyScope scope) {
            return keys.containsKey(scope.value());
        }

        @Override
        public Digest digest(String purpose, String value) {
            try {
                Mac mac = Mac.getInstance("HmacSHA256");
                mac.init(digestKey);
                return new Digest(HexFormat.of().formatHex(mac.doFinal((purpose + ":" + value)
                        .getBytes(StandardCharsets.UTF_8))));
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }

        @Override
        public Rewrap rewrap(Optional<KeyScope> after, int limit) {
            return new Rewrap(0, 0, Optional.empty());
        }

        private SecretKey newKey() {
            try {
                KeyGenerator g = KeyGenerator.getInstance("AES");
                g.init(256);
                return g.generateKey();
            } catch (GeneralSecurityException e) {
                throw new IllegalStateException(e);
            }
        }
    }

    @Test
    void every_personal_value_goes_through_the_hosts_vault_and_erasure_destroys_the_key_there() throws Exception {
        HostVault vault = new HostVault();
        try (JobbotHarness h = JobbotHarness.start(dataDir, b -> b.keyVault(vault)
                .cancellationGracePeriod(Duration.ofDays(1)))) {
            AccountId ada = h.signInFully(JobbotHarness.email("ada.vault@example.com")).account();
            h.jobbot.correctProfile(ada, new ProfileCorrection(Patch.set(new DisplayName("Ada Lovelace")), Patch.keep(),
                    Patch.keep()));
            assertEquals("Ada Lovelace", h.jobbot.profile(ada).orElseThrow().displayName().orElseThrow().value());
            assertTrue(vault.seals > 0 && vault.exists(KeyScope.account(ada)), "sealed by the host's vault");
            try (Connection c = h.dataSource.getConnection(); Statement s = c.createStatement();
                    var rs = s.executeQuery("SELECT COUNT(*) FROM data_keys")) {
                rs.next();
                assertEquals(0, rs.getInt(1), "no data key in Jobbot's own table");
            }

            h.jobbot.cancelAccount(ada);
            h.clock.advance(Duration.ofDays(2));
            assertEquals(1, h.jobbot.eraseDueAccounts(10));
            assertTrue(vault.destroyed.contains(KeyScope.account(ada).value()), "the person's key destroyed in the vault");
            assertThrows(KeyDestroyedException.class, () -> vault.open(KeyScope.account(ada), new byte[40], "x"));
        }
    }
}
