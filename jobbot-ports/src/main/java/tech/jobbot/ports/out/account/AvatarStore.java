package tech.jobbot.ports.out.account;

import java.util.Optional;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.account.Avatar;

/** Avatar image bytes, kept encrypted under the owner's data key. One avatar per account. */
public interface AvatarStore {
    /** Stores the image, replacing any previous one of the account. */
    void put(AccountId owner, Avatar avatar, byte[] image);

    Optional<byte[]> get(AccountId owner, Avatar avatar);

    void delete(AccountId owner);
}
