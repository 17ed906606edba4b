package tech.jobbot.ports.in.auth;

import java.util.List;

import tech.jobbot.domain.account.AccountId;
import tech.jobbot.domain.auth.SessionId;

/** A person's view of where they are signed in, and the means to end those sessions. */
public interface ManageSessions {
    /** Active sessions of the account, newest first, the current one marked. */
    List<SessionView> sessions(AccountId account, SessionId current);

    /** Ends one of the account's sessions; false if it has no such active session. */
    boolean revokeSession(AccountId account, SessionId session);

    /** Ends every session of the account but the current one; returns how many ended. */
    int revokeOtherSessions(AccountId account, SessionId current);

    /** Ends the given session (sign out). */
    void signOut(SessionId session);
}
