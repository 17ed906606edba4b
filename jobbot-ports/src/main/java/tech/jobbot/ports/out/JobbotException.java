package tech.jobbot.ports.out;

/**
 * An infrastructure failure (database, mail server, file system): the one unchecked family
 * adapters throw. Business outcomes are values, never exceptions.
 */
public class JobbotException extends RuntimeException {
    private final boolean retryable;

    public JobbotException(String message, boolean retryable, Throwable cause) {
        super(message, cause);
        this.retryable = retryable;
    }

    public JobbotException(String message, boolean retryable) {
        this(message, retryable, null);
    }

    /** Whether the same call may succeed if tried again later (a timeout, an outage). */
    public boolean retryable() {
        return retryable;
    }
}
