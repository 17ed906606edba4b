package tech.jobbot.ports.in.auth;

import java.util.Optional;

/** Resolves a session token to the signed-in account, recording activity for the idle timeout. */
public interface Authenticate {
    Optional<AuthenticatedSession> authenticate(SessionToken token);
}
