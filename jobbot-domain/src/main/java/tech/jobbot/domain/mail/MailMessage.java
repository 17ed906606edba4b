package tech.jobbot.domain.mail;

import java.net.URI;
import java.util.Objects;
import java.util.Optional;

import tech.jobbot.domain.account.EmailAddress;

/**
 * A mail ready to send: one recipient, a subject, and the same content as plain text and HTML.
 * A marketing mail also carries its one-click unsubscribe link (RFC 8058), sent as the
 * {@code List-Unsubscribe} and {@code List-Unsubscribe-Post} headers.
 */
public record MailMessage(EmailAddress to, String subject, String text, String html, Optional<URI> unsubscribe) {
    public MailMessage {
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(subject, "subject");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(unsubscribe, "unsubscribe");
        if (subject.isBlank() || subject.contains("\n") || subject.contains("\r")) {
            throw new IllegalArgumentException("subject must be one non-blank line");
        }
        unsubscribe.ifPresent(u -> {
            if (!"https".equalsIgnoreCase(u.getScheme()) && !"http".equalsIgnoreCase(u.getScheme())) {
                throw new IllegalArgumentException("an unsubscribe link must be an HTTP(S) URL");
            }
        });
    }

    /** A transactional mail: no unsubscribe link. */
    public MailMessage(EmailAddress to, String subject, String text, String html) {
        this(to, subject, text, html, Optional.empty());
    }

    @Override
    public String toString() {
        return "MailMessage[subject=" + subject + "]";
    }
}
