package tech.jobbot.adapters.persistence;

import java.time.Clock;
import java.util.Optional;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.Avatar;
import tech.jobbot.ports.out.account.AvatarStore;
import tech.jobbot.ports.out.crypto.KeyScope;
import tech.jobbot.ports.out.crypto.KeyVault;

/**
 * Avatars in the database rather than on a local disk, so every server node serves them and
 * they are sealed like any other personal value.
 */
public final class JdbiAvatarStore implements AvatarStore {
    private final JdbiTransactions tx;
    private final KeyVault vault;
    private final Clock clock;

    public JdbiAvatarStore(JdbiTransactions tx, KeyVault vault, Clock clock) {
        this.tx = tx;
        this.vault = vault;
        this.clock = clock;
    }

    @Override
    public void put(AccountId owner, Avatar avatar, byte[] image) {
        byte[] sealed = columns(owner, avatar).sealBytes("image_enc", image);
        tx.run(() -> tx.withHandle(h -> {
            h.createUpdate("DELETE FROM avatars WHERE account_id = :id").bind("id", owner.value()).execute();
            return h.createUpdate("""
                    INSERT INTO avatars (account_id, name, media_type, image_enc, stored_at)
                    VALUES (:id, :name, :type, :image, :at)""")
                    .bind("id", owner.value())
                    .bind("name", avatar.name())
                    .bind("type", avatar.mediaType())
                    .bind("image", sealed)
                    .bind("at", Sql.time(clock.instant()))
                    .execute();
        }));
    }

    @Override
    public Optional<byte[]> get(AccountId owner, Avatar avatar) {
        return tx.withHandle(h -> h.createQuery(
                        "SELECT image_enc FROM avatars WHERE account_id = :id AND name = :name AND media_type = :type")
                .bind("id", owner.value())
                .bind("name", avatar.name())
                .bind("type", avatar.mediaType())
                .map((rs, ctx) -> rs.getBytes("image_enc"))
                .findOne())
                .map(sealed -> columns(owner, avatar).openBytes("image_enc", sealed));
    }

    @Override
    public void delete(AccountId owner) {
        tx.withHandle(h -> h.createUpdate("DELETE FROM avatars WHERE account_id = :id")
                .bind("id", owner.value()).execute());
    }

    private SealedColumns columns(AccountId owner, Avatar avatar) {
        return new SealedColumns(vault, KeyScope.account(owner), "avatars", owner + "/" + avatar.name());
    }
}
