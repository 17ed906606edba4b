package tech.jobbot.ports.in.auth;

import java.time.Instant;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.auth.CodeCheck;
import tech.jobbot.domain.auth.SessionId;

/** The answer to a sign-in. */
public sealed interface SignInResult {
    /** A new session; {@code token} is shown now and never again. */
    record SignedIn(AccountId account, SessionId session, SessionToken token, Instant expiresAt, boolean newAccount)
            implements SignInResult {}

    /** The code did not let the person in; {@code reason} says why. */
    record Refused(CodeCheck reason) implements SignInResult {}
}
