package tech.jobbot.ports.out.crypto;

import java.util.Arrays;
import java.util.Objects;

/**
 * The server secrets every {@link KeyVault} implementation starts from: the master key that
 * wraps data keys and the digest key for blind indexes and code/token digests. 32 bytes each.
 */
public final class MasterKeys {
    private final byte[] masterKey;
    private final byte[] digestKey;

    public MasterKeys(byte[] masterKey, byte[] digestKey) {
        Objects.requireNonNull(masterKey, "masterKey");
        Objects.requireNonNull(digestKey, "digestKey");
        if (masterKey.length != 32 || digestKey.length != 32) {
            throw new IllegalArgumentException("master and digest keys must be 32 bytes (256 bits) each");
        }
        if (Arrays.equals(masterKey, digestKey)) {
            throw new IllegalArgumentException("master and digest keys must differ");
        }
        this.masterKey = masterKey.clone();
        this.digestKey = digestKey.clone();
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
