package tech.jobbot.adapters.openai;

import tech.jobbot.ports.out.JobbotException;

/**
 * The model server could not give a usable answer: it was unreachable, slow or overloaded
 * ({@linkplain #retryable() retryable}), refused the request, or replied with output that does
 * not fit Jobbot's schema (not retryable). Either way the caller falls back to the embedded
 * interviewer for that step. Messages name the step and the cause, never the key or the
 * candidate's text.
 */
public final class InterviewerException extends JobbotException {
    public InterviewerException(String message, boolean retryable, Throwable cause) {
        super(message, retryable, cause);
    }

    public InterviewerException(String message, boolean retryable) {
        super(message, retryable);
    }
}
