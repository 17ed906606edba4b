package tech.jobbot.ports.in.auth;

/** Exchanges a verification code for a new session, creating the account on first sign-in. */
public interface SignIn {
    SignInResult signIn(SignInCommand command);
}
