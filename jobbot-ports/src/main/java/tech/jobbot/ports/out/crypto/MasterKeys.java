package tech.jobbot.ports.out.crypto;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;

/**
 * The server secrets every {@link KeyVault} implementation starts from: the master key that
 * wraps data keys and the digest key for blind indexes and code/token digests. 32 bytes each.
 */
public final class MasterKeys {
    private final byte[] masterKey;
    private final byte[] digestKey;
    private final byte[] previousMasterKey;

    public MasterKeys(byte[] masterKey, byte[] digestKey) {
        this(masterKey, digestKey, null);
    }

    /**
     * Keys during a master key rotation: data keys wrapped by {@code previousMasterKey} still
     * open, and {@link KeyVault#rewrap} wraps them anew under {@code masterKey}.
     */
    public MasterKeys(byte[] masterKey, byte[] digestKey, byte[] previousMasterKey) {
        Objects.requireNonNull(masterKey, "masterKey");
        Objects.requireNonNull(digestKey, "digestKey");
        if (masterKey.length != 32 || digestKey.length != 32) {
            throw new IllegalArgumentException("master and digest keys must be 32 bytes (256 bits) each");
        }
        if (Arrays.equals(masterKey, digestKey)) {
            throw new IllegalArgumentException("master and digest keys must differ");
        }
        if (previousMasterKey != null && (previousMasterKey.length != 32 || Arrays.equals(previousMasterKey, masterKey))) {
            throw new IllegalArgumentException("the previous master key is 32 bytes and differs from the new one");
        }
        this.masterKey = masterKey.clone();
        this.digestKey = digestKey.clone();
        this.previousMasterKey = previousMasterKey == null ? null : previousMasterKey.clone();
    }

    /** The master key being rotated away from, while a rotation is under way. */
    public Optional<byte[]> previousMasterKey() {
        return Optional.ofNullable(previousMasterKey).map(byte[]::clone);
    }

    public byte[] masterKey() {
        return masterKey.clone();
    }

    public byte[] digestKey() {
        return digestKey.clone();
    }

    @Override
    public String toString() {
        return "MasterKeys[redacted]";
    }
}
