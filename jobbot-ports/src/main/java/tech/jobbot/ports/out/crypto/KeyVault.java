package tech.jobbot.ports.out.crypto;

import tech.jobbot.domain.auth.Digest;

/**
 * Keys and the operations that need them, so that no key material leaves the vault. Personal
 * values are sealed with authenticated encryption under a per-scope data key, which is itself
 * stored only wrapped by a master key. Lookups of personal values use keyed digests (blind
 * indexes), never the plaintext.
 */
public interface KeyVault {
    /**
     * Encrypts under the scope's data key, creating the key on first use. {@code context} is
     * bound to the ciphertext (e.g. table, column and row), so a value moved elsewhere fails to open.
     */
    byte[] seal(KeyScope scope, byte[] plaintext, String context);

    /**
     * Decrypts what {@link #seal} produced with the same scope and context.
     *
     * @throws KeyDestroyedException if the scope's key was destroyed
     */
    byte[] open(KeyScope scope, byte[] ciphertext, String context);

    /** Destroys the scope's data key; everything sealed under it becomes unreadable for good. */
    void destroy(KeyScope scope);

    /** Whether the scope has a live data key. */
    boolean exists(KeyScope scope);

    /**
     * A keyed digest (HMAC-SHA256 under a server secret) of {@code value}, separated by purpose so
     * digests of the same value for different uses do not match.
     */
    Digest digest(String purpose, String value);

    /**
     * Master key rotation: wraps up to {@code limit} data keys (in scope order, after {@code after})
     * that are still wrapped by the previous master key anew under the current one. Keys already
     * under the current master key are left alone, so a rotation cut short is simply run again.
     */
    Rewrap rewrap(java.util.Optional<KeyScope> after, int limit);

    /**
     * @param examined data keys looked at in this batch; fewer than the limit means the end
     * @param last the last scope looked at, where the next batch starts
     */
    record Rewrap(int examined, int rewrapped, java.util.Optional<KeyScope> last) {
    }
}
