package tech.jobbot.ports.out.mail;

import tech.jobbot.domain.mail.MailMessage;

/** Hands a mail to the outside world (an SMTP server, a folder). */
public interface MailSender {
    /**
     * Sends the mail or throws a {@link tech.jobbot.ports.out.JobbotException} whose
     * {@code retryable()} says whether trying again may help.
     */
    void send(MailMessage message);
}
