package tech.jobbot.adapters.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;

import jakarta.mail.BodyPart;
import jakarta.mail.Message;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;

import org.junit.jupiter.api.Test;

import tech.jobbot.domain.account.EmailAddress;
import tech.jobbot.domain.mail.MailMessage;
import tech.jobbot.ports.out.mail.MailSender;

/** What every {@link MailSender} must do, run against each adapter by a subclass. */
abstract class MailSenderContract {
    static final String FROM = "Jobbot <no-reply@jobbot.example>";
    static final MailMessage MAIL = new MailMessage(
            new EmailAddress("zoe.zhang@example.com"),
            "Ihr Anmeldecode für Zoë 张伟",
            "Hallo Zoë 张伟, Ihr Code lautet 482913.",
            "<p>Hallo Zoë 张伟, Ihr Code lautet <b>482913</b>.</p>");

    /** The adapter under test; the same instance for the whole test. */
    protected abstract MailSender sender();

    /** The mails the adapter has delivered so far, waiting until {@code expected} have arrived. */
    protected abstract List<MimeMessage> delivered(int expected) throws Exception;

    @Test
    void given_a_mail_when_sent_then_it_is_delivered_once_to_its_recipient() throws Exception {
        sender().send(MAIL);

        List<MimeMessage> mails = delivered(1);
        assertEquals(1, mails.size());
        MimeMessage mail = mails.getFirst();
        assertEquals(List.of(new InternetAddress("zoe.zhang@example.com")),
                List.of(mail.getRecipients(Message.RecipientType.TO)));
        assertEquals(new InternetAddress(FROM), mail.getFrom()[0]);
    }

    @Test
    void given_a_marketing_mail_when_sent_then_it_carries_one_click_unsubscribe()
            throws Exception {
        java.net.URI link = java.net.URI.create("https://jobbot.example/unsubscribe/abc.DEF_123");
        sender().send(new MailMessage(new EmailAddress("news@example.com"), "News", "text", "<p>html</p>",
                java.util.Optional.of(link)));
        MimeMessage mail = delivered(1).getFirst();
        assertEquals("<" + link + ">", mail.getHeader("List-Unsubscribe", null));
        assertEquals("List-Unsubscribe=One-Click", mail.getHeader("List-Unsubscribe-Post", null));
    }

    @Test
    void given_a_transactional_mail_when_sent_then_it_has_no_unsubscribe_headers() throws Exception {
        sender().send(MAIL);
        MimeMessage mail = delivered(1).getFirst();
        assertEquals(null, mail.getHeader("List-Unsubscribe"));
        assertEquals(null, mail.getHeader("List-Unsubscribe-Post"));
    }

    @Test
    void given_a_non_ascii_subject_when_sent_then_it_survives_intact() throws Exception {
        sender().send(MAIL);

        assertEquals(MAIL.subject(), delivered(1).getFirst().getSubject());
    }

    @Test
    void given_text_and_html_when_sent_then_both_are_utf8_alternatives() throws Exception {
        sender().send(MAIL);

        MimeMessage mail = delivered(1).getFirst();
        assertTrue(mail.isMimeType("multipart/alternative"), mail.getContentType());
        MimeMultipart alternatives = (MimeMultipart) mail.getContent();
        assertEquals(2, alternatives.getCount());
        BodyPart text = alternatives.getBodyPart(0);
        BodyPart html = alternatives.getBodyPart(1);
        assertTrue(text.isMimeType("text/plain"), text.getContentType());
        assertTrue(html.isMimeType("text/html"), html.getContentType());
        assertTrue(text.getContentType().toLowerCase(Locale.ROOT).contains("charset=utf-8"), text.getContentType());
        assertTrue(html.getContentType().toLowerCase(Locale.ROOT).contains("charset=utf-8"), html.getContentType());
        assertEquals(MAIL.text(), ((String) text.getContent()).strip());
        assertEquals(MAIL.html(), ((String) html.getContent()).strip());
    }

    @Test
    void given_a_mail_when_sent_then_it_has_a_date_and_a_message_id_under_the_sender_domain() throws Exception {
        sender().send(MAIL);

        MimeMessage mail = delivered(1).getFirst();
        assertNotNull(mail.getSentDate());
        String messageId = mail.getMessageID();
        assertNotNull(messageId);
        assertTrue(messageId.matches("<[0-9a-f-]{36}@jobbot\\.example>"), messageId);
    }

    @Test
    void given_two_mails_when_sent_then_two_distinct_mails_are_delivered() throws Exception {
        sender().send(MAIL);
        sender().send(new MailMessage(new EmailAddress("other@example.com"), "Second", "two", "<p>two</p>"));

        List<MimeMessage> mails = delivered(2);
        assertEquals(2, mails.size());
        assertEquals(2, mails.stream().map(m -> {
            try {
                return m.getMessageID();
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).distinct().count());
    }
}
