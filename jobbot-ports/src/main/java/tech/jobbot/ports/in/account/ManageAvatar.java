package tech.jobbot.ports.in.account;

import java.util.Optional;

import tech.jobbot.domain.account.AccountId;

/** A person's avatar: uploaded, checked and cleaned, served back, removed. */
public interface ManageAvatar {
    AvatarUpload uploadAvatar(AccountId account, byte[] image);

    /** The stored avatar if {@code name} is the account's current one. */
    Optional<AvatarImage> avatar(AccountId account, String name);

    /** Removes the avatar; false if there was none. */
    boolean removeAvatar(AccountId account);

    record AvatarImage(byte[] bytes, String mediaType) {
    }
}
