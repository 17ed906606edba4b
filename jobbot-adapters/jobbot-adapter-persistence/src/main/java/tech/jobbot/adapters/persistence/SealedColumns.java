package tech.jobbot.adapters.persistence;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

import tech.jobbot.ports.out.crypto.KeyScope;
import tech.jobbot.ports.out.crypto.KeyVault;

/**
 * Seals and opens the personal text columns of one row. The context bound to each value names
 * table, column and row, so a ciphertext copied to another row or column does not open.
 */
final class SealedColumns {
    private final KeyVault vault;
    private final KeyScope scope;
    private final String table;
    private final String rowId;

    SealedColumns(KeyVault vault, KeyScope scope, String table, String rowId) {
        this.vault = vault;
        this.scope = scope;
        this.table = table;
        this.rowId = rowId;
    }

    byte[] seal(String column, Optional<String> value) {
        return value.map(v -> sealBytes(column, v.getBytes(StandardCharsets.UTF_8))).orElse(null);
    }

    byte[] sealBytes(String column, byte[] value) {
        return vault.seal(scope, value, context(column));
    }

    Optional<String> open(String column, byte[] sealed) {
        return sealed == null ? Optional.empty()
                : Optional.of(new String(openBytes(column, sealed), StandardCharsets.UTF_8));
    }

    byte[] openBytes(String column, byte[] sealed) {
        return vault.open(scope, sealed, context(column));
    }

    private String context(String column) {
        return table + "." + column + ":" + rowId;
    }
}
