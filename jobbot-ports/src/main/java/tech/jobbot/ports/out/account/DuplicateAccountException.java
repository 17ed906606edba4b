package tech.jobbot.ports.out.account;

import tech.jobbot.ports.out.JobbotException;

/** An account with the same email or external subject exists already (e.g. a concurrent sign-up). */
public class DuplicateAccountException extends JobbotException {
    public DuplicateAccountException(Throwable cause) {
        super("an account with this identity exists already", true, cause);
    }
}
