package tech.jobbot.domain.mail;

import java.util.Objects;

import tech.jobbot.domain.account.EmailAddress;

/** A mail ready to send: one recipient, a subject, and the same content as plain text and HTML. */
public record MailMessage(EmailAddress to, String subject, String text, String html) {
    public MailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        if (subject.isBlank() || subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("subject must be one non-blank line");
        }
    }

    @Override
    public String toString() {
        return "MailMessage[subject=" + subject + "]";
    }
}
