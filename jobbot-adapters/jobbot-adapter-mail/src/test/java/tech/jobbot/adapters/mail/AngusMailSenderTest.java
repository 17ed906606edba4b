package tech.jobbot.adapters.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;

import jakarta.mail.internet.MimeMessage;

import com.icegreen.greenmail.configuration.GreenMailConfiguration;
import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import tech.jobbot.adapters.mail.SmtpSettings.Security;
import tech.jobbot.ports.out.JobbotException;
import tech.jobbot.ports.out.mail.MailSender;

class AngusMailSenderTest extends MailSenderContract {
    private static final String LOGIN = "jobbot";
    private static final String PASSWORD = "correct horse battery staple";
    private static final Duration SHORT = Duration.ofSeconds(5);

    @RegisterExtension
    static final GreenMailExtension greenMail = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withConfiguration(GreenMailConfiguration.aConfig().withUser("no-reply@jobbot.example", LOGIN, PASSWORD));

    private AngusMailSender sender;

    @BeforeEach
    void createSender() {
        sender = new AngusMailSender(greenMailSettings());
    }

    @Override
    protected MailSender sender() {
        return sender;
    }

    @Override
    protected List<MimeMessage> delivered(int expected) {
        greenMail.waitForIncomingEmail(SHORT.toMillis(), expected);
        return Arrays.asList(greenMail.getReceivedMessages());
    }

    @Test
    void given_the_right_password_when_sending_then_the_server_accepts_the_mail() {
        new AngusMailSender(greenMailSettings().withCredentials(LOGIN, PASSWORD)).send(MAIL);

        assertEquals(1, delivered(1).size());
    }

    @Test
    void given_a_wrong_password_when_sending_then_it_fails_without_revealing_secrets_or_content() {
        var wrong = new AngusMailSender(greenMailSettings().withCredentials(LOGIN, "wrong password"));

        JobbotException failure = assertThrows(JobbotException.class, () -> wrong.send(MAIL));

        assertTrue(failure.getMessage().contains("refused the login"), failure.getMessage());
        assertFalse(failure.getMessage().contains("wrong password"));
        assertFalse(failure.getMessage().contains("482913"));
        assertEquals(0, greenMail.getReceivedMessages().length);
    }

    @Test
    void given_nothing_listens_on_the_port_when_sending_then_the_failure_is_retryable() throws IOException {
        int closedPort;
        try (ServerSocket probe = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
            closedPort = probe.getLocalPort();
        }
        var unreachable = new AngusMailSender(new SmtpSettings(
                "127.0.0.1", closedPort, Security.NONE, null, null, FROM, SHORT, SHORT));

        JobbotException failure = assertThrows(JobbotException.class, () -> unreachable.send(MAIL));

        assertTrue(failure.retryable(), failure.getMessage());
        assertTrue(failure.getMessage().contains("could not connect"), failure.getMessage());
    }

    @Test
    void given_the_server_rejects_the_recipient_with_550_when_sending_then_the_failure_is_permanent() throws Exception {
        JobbotException failure = sendThrough("550 5.1.1 no such user", "250 OK");

        assertFalse(failure.retryable(), failure.getMessage());
        assertTrue(failure.getMessage().contains("550"), failure.getMessage());
        assertFalse(failure.getMessage().contains(MAIL.to().value()), "no recipient in the message");
    }

    @Test
    void given_the_server_defers_the_recipient_with_451_when_sending_then_the_failure_is_retryable() throws Exception {
        JobbotException failure = sendThrough("451 4.3.0 try again later", "250 OK");

        assertTrue(failure.retryable(), failure.getMessage());
        assertTrue(failure.getMessage().contains("451"), failure.getMessage());
    }

    @Test
    void given_the_server_rejects_the_content_with_554_when_sending_then_the_failure_is_permanent() throws Exception {
        JobbotException failure = sendThrough("250 OK", "554 5.7.1 message refused");

        assertFalse(failure.retryable(), failure.getMessage());
        assertFalse(failure.getMessage().contains("482913"), "no content in the message");
    }

    @Test
    void given_the_server_defers_the_content_with_452_when_sending_then_the_failure_is_retryable() throws Exception {
        JobbotException failure = sendThrough("250 OK", "452 4.3.1 insufficient system storage");

        assertTrue(failure.retryable(), failure.getMessage());
    }

    private static JobbotException sendThrough(String rcptReply, String dataReply) throws Exception {
        try (var server = new ScriptedSmtpServer(rcptReply, dataReply)) {
            var sender = new AngusMailSender(new SmtpSettings(
                    "127.0.0.1", server.port(), Security.NONE, null, null, FROM, SHORT, SHORT));
            return assertThrows(JobbotException.class, () -> sender.send(MAIL));
        }
    }

    private static SmtpSettings greenMailSettings() {
        return new SmtpSettings(greenMail.getSmtp().getBindTo(), greenMail.getSmtp().getPort(),
                Security.NONE, null, null, FROM, SHORT, SHORT);
    }
}
