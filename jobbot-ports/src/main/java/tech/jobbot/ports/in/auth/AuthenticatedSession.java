package tech.jobbot.ports.in.auth;

import java.time.Instant;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.auth.SessionId;

/**
 * Who is signed in, through which session, until when (if not used again), and since when: a
 * session that began with a code moments ago is a fresh proof of identity (re-authentication).
 */
public record AuthenticatedSession(AccountId account, SessionId session, Instant expiresAt, Instant signedInAt) {
}
