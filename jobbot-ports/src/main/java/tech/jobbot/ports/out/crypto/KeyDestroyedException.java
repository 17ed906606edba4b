package tech.jobbot.ports.out.crypto;

import tech.jobbot.ports.out.JobbotException;

/** The data key of a scope is gone (crypto-shredded); its values can never be read again. */
public class KeyDestroyedException extends JobbotException {
    public KeyDestroyedException(KeyScope scope) {
        super("data key destroyed: " + scope.value(), false);
    }
}
