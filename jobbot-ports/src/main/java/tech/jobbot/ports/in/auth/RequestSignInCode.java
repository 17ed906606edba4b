package tech.jobbot.ports.in.auth;

/**
 * Sends a verification code to an address. Sign-up and sign-in are the same flow: the answer
 * is the same whether or not the address has an account.
 */
public interface RequestSignInCode {
    CodeRequestResult requestSignInCode(RequestSignInCodeCommand command);
}
