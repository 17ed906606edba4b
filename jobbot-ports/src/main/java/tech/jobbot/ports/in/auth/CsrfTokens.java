package tech.jobbot.ports.in.auth;

/**
 * Anti-CSRF tokens bound to a session: a browser that authenticates by cookie must echo its
 * session's CSRF token in a header on every state-changing request, which another site cannot read.
 */
public interface CsrfTokens {
    /** The CSRF token of the session behind {@code token}; derived, so every server node agrees. */
    String csrfTokenFor(SessionToken token);
}
