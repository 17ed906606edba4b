package tech.jobbot.adapters.mail;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.time.Clock;
import java.util.Objects;

import jakarta.mail.AuthenticationFailedException;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;

import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.eclipse.angus.mail.smtp.SMTPSenderFailedException;
import org.eclipse.angus.mail.util.MailConnectException;

import tech.jobbot.domain.mail.MailMessage;
import tech.jobbot.ports.out.JobbotException;
import tech.jobbot.ports.out.mail.MailSender;

/**
 * Sends mail through an SMTP server with Jakarta Mail (Eclipse Angus), one connection per mail.
 *
 * <p>Failures become a {@link JobbotException}: unreachable servers, time-outs and temporary
 * (4xx) replies are retryable; permanent (5xx) rejections are not. Exception messages name the
 * server and the SMTP reply code, never the recipient or the content.
 */
public final class AngusMailSender implements MailSender {
    private static final int MAX_CAUSE_DEPTH = 16;

    private final SmtpSettings settings;
    private final Session session;
    private final InternetAddress from;
    private final Clock clock;

    /** A sender that stamps mails with the system clock. */
    public AngusMailSender(SmtpSettings settings) {
        this(settings, Clock.systemUTC());
    }

    /** A sender whose Date header comes from {@code clock}. */
    public AngusMailSender(SmtpSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.session = Session.getInstance(settings.sessionProperties());
        this.from = MimeMessages.parseFrom(settings.from());
    }

    @Override
    public void send(MailMessage message) {
        Objects.requireNonNull(message, "message");
        Transport transport = null;
        try {
            MimeMessage mime = MimeMessages.build(session, from, message, clock.instant());
            transport = session.getTransport("smtp");
            transport.connect(settings.host(), settings.port(), settings.username(), settings.password());
            transport.sendMessage(mime, mime.getAllRecipients());
        } catch (MessagingException e) {
            throw failure(e);
        } finally {
            closeQuietly(transport);
        }
    }

    private JobbotException failure(MessagingException e) {
        String server = "SMTP server " + settings.host() + ":" + settings.port();
        if (e instanceof AuthenticationFailedException) {
            // Retryable: the mail is fine and the login works again once the operator fixes the
            // credentials; giving up would destroy mails that could still be delivered.
            return new JobbotException(server + " refused the login", true, e);
        }
        int replyCode = smtpReplyCode(e);
        if (replyCode >= 500) {
            return new JobbotException(server + " rejected the mail permanently (reply " + replyCode + ")", false, e);
        }
        if (replyCode >= 400) {
            return new JobbotException(server + " deferred the mail (reply " + replyCode + ")", true, e);
        }
        if (e instanceof SendFailedException failed && hasAny(failed.getInvalidAddresses())) {
            return new JobbotException(server + " rejected the recipient", false, e);
        }
        if (has(e, MailConnectException.class)) {
            return new JobbotException("could not connect to " + server, true, e);
        }
        if (has(e, SocketTimeoutException.class)) {
            return new JobbotException(server + " timed out", true, e);
        }
        if (has(e, IOException.class)) {
            return new JobbotException("connection to " + server + " failed", true, e);
        }
        // Unknown failures (e.g. a TLS handshake problem) are treated as transient: the outbox
        // caps attempts, so a wrong guess here costs a few retries, not a lost mail.
        return new JobbotException("sending through " + server + " failed", true, e);
    }

    /** The SMTP reply code carried anywhere in the exception chain, 0 if none. */
    private static int smtpReplyCode(Throwable e) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < MAX_CAUSE_DEPTH; t = next(t), depth++) {
            int code = switch (t) {
                case SMTPAddressFailedException a -> a.getReturnCode();
                case SMTPSendFailedException s -> s.getReturnCode();
                case SMTPSenderFailedException s -> s.getReturnCode();
                default -> 0;
            };
            if (code > 0) {
                return code;
            }
        }
        return 0;
    }

    private static boolean has(Throwable e, Class<? extends Throwable> type) {
        int depth = 0;
        for (Throwable t = e; t != null && depth < MAX_CAUSE_DEPTH; t = next(t), depth++) {
            if (type.isInstance(t)) {
                return true;
            }
        }
        return false;
    }

    private static Throwable next(Throwable t) {
        // MessagingException keeps its chain in getNextException (which getCause also returns),
        // other exceptions in getCause.
        return t instanceof MessagingException m && m.getNextException() != null ? m.getNextException() : t.getCause();
    }

    private static boolean hasAny(Object[] values) {
        return values != null && values.length > 0;
    }

    private static void closeQuietly(Transport transport) {
        if (transport == null) {
            return;
        }
        try {
            transport.close();
        } catch (MessagingException ignored) {
            // Once the server has accepted the mail, a failed QUIT must not turn into a retry
            // that would deliver it twice.
        }
    }

    @Override
    public String toString() {
        return "AngusMailSender[" + settings + "]";
    }
}
