package tech.jobbot.adapters.mail;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Date;
import java.util.Objects;
import java.util.UUID;

import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.AddressException;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import tech.jobbot.domain.mail.MailMessage;

/** Turns a {@link MailMessage} into a MIME message: one multipart/alternative, text then HTML. */
final class MimeMessages {
    private static final String CHARSET = StandardCharsets.UTF_8.name();

    private MimeMessages() {
    }

    /** Parses a From mailbox strictly; throws {@link IllegalArgumentException} if it is not one. */
    static InternetAddress parseFrom(String from) {
        Objects.requireNonNull(from, "from");
        try {
            InternetAddress address = new InternetAddress(from, true);
            address.validate();
            if (address.isGroup() || address.getAddress().indexOf('@') <= 0) {
                throw new IllegalArgumentException("from must be one mailbox like name@example.com");
            }
            return address;
        } catch (AddressException e) {
            throw new IllegalArgumentException("from is not a valid mailbox", e);
        }
    }

    static MimeMessage build(Session session, InternetAddress from, MailMessage mail, Instant sentAt)
            throws MessagingException {
        MimeMessage mime = new OwnMessageId(session, messageId(from));
        mime.setFrom(from);
        mime.setRecipient(Message.RecipientType.TO, new InternetAddress(mail.to().value(), true));
        mime.setSubject(mail.subject(), CHARSET);
        mime.setSentDate(Date.from(sentAt));
        if (mail.unsubscribe().isPresent()) {
            // RFC 8058 one-click unsubscribe: the mail client POSTs "List-Unsubscribe=One-Click" to the URL.
            mime.setHeader("List-Unsubscribe", "<" + mail.unsubscribe().get().toASCIIString() + ">");
            mime.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
        }

        MimeBodyPart text = new MimeBodyPart();
        text.setText(mail.text(), CHARSET, "plain");
        MimeBodyPart html = new MimeBodyPart();
        html.setText(mail.html(), CHARSET, "html");
        // RFC 2046: in multipart/alternative the preferred (richest) part comes last.
        MimeMultipart alternative = new MimeMultipart("alternative");
        alternative.addBodyPart(text);
        alternative.addBodyPart(html);
        mime.setContent(alternative);
        mime.saveChanges();
        return mime;
    }

    private static String messageId(InternetAddress from) {
        String address = from.getAddress();
        String domain = address.substring(address.lastIndexOf('@') + 1);
        return "<" + UUID.randomUUID() + "@" + domain + ">";
    }

    /**
     * Jakarta Mail's default Message-ID embeds the local user and host name, which would leak
     * details of the server into every mail; this one is random under the sender's domain.
     */
    private static final class OwnMessageId extends MimeMessage {
        private final String messageId;

        OwnMessageId(Session session, String messageId) {
            super(session);
            this.messageId = messageId;
        }

        @Override
        protected void updateMessageID() throws MessagingException {
            setHeader("Message-ID", messageId);
        }
    }
}
