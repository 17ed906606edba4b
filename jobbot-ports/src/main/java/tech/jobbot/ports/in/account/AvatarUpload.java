package tech.jobbot.ports.in.account;

import tech.jobbot.domain.account.Avatar;

/** The answer to an avatar upload. */
public sealed interface AvatarUpload {
    record Stored(Avatar avatar) implements AvatarUpload {}

    record Rejected(Reason reason, String detail) implements AvatarUpload {}

    enum Reason {
        TOO_LARGE,
        TOO_MANY_PIXELS,
        UNSUPPORTED_TYPE
    }
}
