package tech.jobbot.adapters.persistence;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.crypto.Cipher;
import javax.crypto.Mac;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import tech.jobbot.domain.auth.Digest;
import tech.jobbot.ports.out.JobbotException;
import tech.jobbot.ports.out.crypto.KeyDestroyedException;
import tech.jobbot.ports.out.crypto.KeyScope;
import tech.jobbot.ports.out.crypto.KeyVault;
import tech.jobbot.ports.out.crypto.MasterKeys;

/**
 * Envelope encryption with the JCA: every scope has a random AES-256 data key, stored in
 * {@code data_keys} only wrapped (AES-GCM) by the master key; values are sealed with AES-256-GCM
 * under the data key with a fresh 96-bit nonce and the caller's context as associated data.
 * Deleting the wrapped key is crypto-shredding: no copy of the plain key exists anywhere.
 */
public final class JdbiKeyVault implements KeyVault {
    private static final byte FORMAT_V1 = 1;
    private static final int NONCE_BYTES = 12;
    private static final int TAG_BITS = 128;

    private final JdbiTransactions tx;
    private final MasterKeys keys;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    public JdbiKeyVault(JdbiTransactions tx, MasterKeys keys, Clock clock) {
        this.tx = tx;
        this.keys = keys;
        this.clock = clock;
    }

    @Override
    public byte[] seal(KeyScope scope, byte[] plaintext, String context) {
        byte[] dataKey = dataKey(scope).orElseGet(() -> createKey(scope));
        return encrypt(dataKey, plaintext, context.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public byte[] open(KeyScope scope, byte[] ciphertext, String context) {
        byte[] dataKey = dataKey(scope).orElseThrow(() -> new KeyDestroyedException(scope));
        return decrypt(dataKey, ciphertext, context.getBytes(StandardCharsets.UTF_8));
    }

    @Override
    public void destroy(KeyScope scope) {
        tx.withHandle(h -> h.createUpdate("DELETE FROM data_keys WHERE scope = :scope")
                .bind("scope", scope.value()).execute());
        tx.forgetInTransaction(rememberedAs(scope));
    }

    @Override
    public boolean exists(KeyScope scope) {
        return wrappedKey(scope).isPresent();
    }

    @Override
    public Digest digest(String purpose, String value) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(keys.digestKey(), "HmacSHA256"));
            mac.update(purpose.getBytes(StandardCharsets.UTF_8));
            mac.update((byte) 0);
            byte[] out = mac.doFinal(value.getBytes(StandardCharsets.UTF_8));
            return new Digest(Base64.getUrlEncoder().withoutPadding().encodeToString(out));
        } catch (GeneralSecurityException e) {
            throw new JobbotException("HMAC-SHA256 unavailable", false, e);
        }
    }

    /**
     * The scope's plain data key, if it has one. A transaction that seals and opens several values
     * of one person reads and unwraps the key once; it is kept only until that transaction ends.
     */
    private Optional<byte[]> dataKey(KeyScope scope) {
        return tx.rememberInTransaction(rememberedAs(scope), () -> wrappedKey(scope).map(w -> unwrap(scope, w)));
    }

    private static String rememberedAs(KeyScope scope) {
        return "data-key:" + scope.value();
    }

    private Optional<byte[]> wrappedKey(KeyScope scope) {
        return tx.withHandle(h -> h.createQuery("SELECT wrapped_key FROM data_keys WHERE scope = :scope")
                .bind("scope", scope.value())
                .map((rs, ctx) -> rs.getBytes("wrapped_key"))
                .findOne());
    }

    private byte[] createKey(KeyScope scope) {
        byte[] dataKey = new byte[32];
        random.nextBytes(dataKey);
        byte[] wrapped = encrypt(keys.masterKey(), dataKey, scopeAad(scope));
        tx.withHandle(h -> h.createUpdate("""
                        INSERT INTO data_keys (scope, wrapped_key, created_at) VALUES (:scope, :key, :at)
                        ON CONFLICT DO NOTHING""")
                .bind("scope", scope.value())
                .bind("key", wrapped)
                .bind("at", Sql.time(clock.instant()))
                .execute());
        // Another transaction may have won the race to create it: use whichever key is stored.
        tx.forgetInTransaction(rememberedAs(scope));
        return dataKey(scope).orElseThrow(() -> new KeyDestroyedException(scope));
    }

    private byte[] unwrap(KeyScope scope, byte[] wrapped) {
        try {
            return decrypt(keys.masterKey(), wrapped, scopeAad(scope));
        } catch (JobbotException notUnderCurrent) {
            // During a rotation, keys not yet re-wrapped are still under the previous master key.
            Optional<byte[]> previous = keys.previousMasterKey();
            if (previous.isEmpty()) {
                throw notUnderCurrent;
            }
            return decrypt(previous.get(), wrapped, scopeAad(scope));
        }
    }

    @Override
    public Rewrap rewrap(Optional<KeyScope> after, int limit) {
        Optional<byte[]> previous = keys.previousMasterKey();
        List<Map.Entry<String, byte[]>> batch = tx.withHandle(h -> h.createQuery("""
                        SELECT scope, wrapped_key FROM data_keys WHERE scope > :after ORDER BY scope LIMIT :limit""")
                .bind("after", after.map(KeyScope::value).orElse(""))
                .bind("limit", limit)
                .map((rs, ctx) -> Map.entry(rs.getString("scope"), rs.getBytes("wrapped_key")))
                .list());
        int rewrapped = 0;
        for (Map.Entry<String, byte[]> row : batch) {
            KeyScope scope = new KeyScope(row.getKey());
            byte[] aad = scopeAad(scope);
            try {
                decrypt(keys.masterKey(), row.getValue(), aad);
                continue;
            } catch (JobbotException notYet) {
                if (previous.isEmpty()) {
                    throw new JobbotException("data key " + scope.value() + " is under neither master key", false,
                            notYet);
                }
            }
            byte[] dataKey = decrypt(previous.get(), row.getValue(), aad);
            byte[] wrapped = encrypt(keys.masterKey(), dataKey, aad);
            // Only if no one changed it meanwhile (another node rotating, or the key destroyed).
            rewrapped += tx.withHandle(h -> h.createUpdate("""
                            UPDATE data_keys SET wrapped_key = :wrapped WHERE scope = :scope AND wrapped_key = :old""")
                    .bind("wrapped", wrapped)
                    .bind("scope", scope.value())
                    .bind("old", row.getValue())
                    .execute());
        }
        return new Rewrap(batch.size(), rewrapped,
                batch.isEmpty() ? after : Optional.of(new KeyScope(batch.getLast().getKey())));
    }

    private static byte[] scopeAad(KeyScope scope) {
        return ("data-key:" + scope.value()).getBytes(StandardCharsets.UTF_8);
    }

    private byte[] encrypt(byte[] key, byte[] plaintext, byte[] aad) {
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(aad);
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(1 + NONCE_BYTES + sealed.length).put(FORMAT_V1).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new JobbotException("encryption failed", false, e);
        }
    }

    private static byte[] decrypt(byte[] key, byte[] box, byte[] aad) {
        if (box.length < 1 + NONCE_BYTES + TAG_BITS / 8 || box[0] != FORMAT_V1) {
            throw new JobbotException("not a sealed value of a known format", false);
        }
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, box, 1, NONCE_BYTES));
            cipher.updateAAD(aad);
            return cipher.doFinal(box, 1 + NONCE_BYTES, box.length - 1 - NONCE_BYTES);
        } catch (GeneralSecurityException e) {
            throw new JobbotException("a sealed value failed authentication (wrong key or context, or tampered)",
                    false, e);
        }
    }
}
