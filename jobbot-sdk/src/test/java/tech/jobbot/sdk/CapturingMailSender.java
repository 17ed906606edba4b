package tech.jobbot.sdk;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.auth.SignInCode;
import tech.jobbot.domain.mail.MailMessage;
import tech.jobbot.ports.out.JobbotException;
import tech.jobbot.ports.out.mail.MailSender;

/**
 * Keeps every mail it is given. Can be told to fail its next sends, retryably or not, to play an
 * outage of the mail server.
 */
public final class CapturingMailSender implements MailSender {
    private static final Pattern CODE = Pattern.compile("(?<!\\d)(\\d{6})(?!\\d)");

    private final List<MailMessage> sent = new ArrayList<>();
    private final List<MailMessage> attempted = new ArrayList<>();
    private int failuresLeft;
    private boolean failuresRetryable;
    private int unexpectedFailuresLeft;
    private int calls;

    @Override
    public synchronized void send(MailMessage message) {
        calls++;
        attempted.add(message);
        if (unexpectedFailuresLeft > 0) {
            unexpectedFailuresLeft--;
            throw new IllegalStateException("sender bug (test)");
        }
        if (failuresLeft > 0) {
            failuresLeft--;
            throw new JobbotException("mail server unavailable (test outage)", failuresRetryable);
        }
        sent.add(message);
    }

    /** The next {@code times} sends throw a {@link JobbotException} with the given retryability. */
    public synchronized void failNext(int times, boolean retryable) {
        this.failuresLeft = times;
        this.failuresRetryable = retryable;
    }

    /**
     * The next {@code times} sends throw an {@link IllegalStateException}, as a host's own sender
     * with a bug might, breaking the port's contract of throwing only {@link JobbotException}.
     */
    public synchronized void failNextUnexpectedly(int times) {
        this.unexpectedFailuresLeft = times;
    }

    public synchronized List<MailMessage> sent() {
        return List.copyOf(sent);
    }

    public synchronized List<MailMessage> sentTo(EmailAddress to) {
        return sent.stream().filter(m -> m.to().equals(to)).toList();
    }

    /** Every mail handed to {@link #send}, including those whose sending failed. */
    public synchronized List<MailMessage> attempted() {
        return List.copyOf(attempted);
    }

    /** How often {@link #send} was called, failed calls included. */
    public synchronized int calls() {
        return calls;
    }

    /** The code in the latest mail to the address. */
    public synchronized SignInCode lastCodeTo(EmailAddress to) {
        List<MailMessage> mails = sentTo(to);
        if (mails.isEmpty()) {
            throw new AssertionError("no mail was sent to the address");
        }
        return codeIn(mails.getLast());
    }

    public static SignInCode codeIn(MailMessage mail) {
        Matcher matcher = CODE.matcher(mail.text());
        if (!matcher.find()) {
            throw new AssertionError("no 6-digit code in the mail " + mail);
        }
        return new SignInCode(matcher.group(1));
    }
}
