package tech.jobbot.adapters.mail;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Properties;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import tech.jobbot.adapters.mail.SmtpSettings.Security;

class SmtpSettingsTest {
    private static final String FROM = "Jobbot <no-reply@jobbot.example>";

    @Test
    void given_no_timeouts_when_created_then_the_defaults_apply() {
        SmtpSettings settings = SmtpSettings.of("smtp.example.com", 587, Security.STARTTLS, FROM);

        assertEquals(Duration.ofSeconds(10), settings.connectTimeout());
        assertEquals(Duration.ofSeconds(30), settings.readTimeout());
        assertFalse(settings.authenticates());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, -1, 65536})
    void given_a_port_outside_1_to_65535_when_created_then_it_is_refused(int port) {
        assertThrows(IllegalArgumentException.class, () -> SmtpSettings.of("smtp.example.com", port, Security.TLS, FROM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "  "})
    void given_a_blank_host_when_created_then_it_is_refused(String host) {
        assertThrows(IllegalArgumentException.class, () -> SmtpSettings.of(host, 465, Security.TLS, FROM));
    }

    @ParameterizedTest
    @ValueSource(strings = {"not an address", "a@b@c", "Jobbot <>", "group: a@example.com;"})
    void given_an_invalid_from_when_created_then_it_is_refused(String from) {
        assertThrows(IllegalArgumentException.class, () -> SmtpSettings.of("smtp.example.com", 465, Security.TLS, from));
    }

    @Test
    void given_a_username_without_password_when_created_then_it_is_refused() {
        SmtpSettings settings = SmtpSettings.of("smtp.example.com", 587, Security.STARTTLS, FROM);

        assertThrows(IllegalArgumentException.class, () -> settings.withCredentials("jobbot", null));
    }

    @Test
    void given_a_zero_timeout_when_created_then_it_is_refused() {
        SmtpSettings settings = SmtpSettings.of("smtp.example.com", 587, Security.STARTTLS, FROM);

        assertThrows(IllegalArgumentException.class, () -> settings.withTimeouts(Duration.ZERO, null));
    }

    @Test
    void given_a_password_when_printed_then_it_is_redacted() {
        SmtpSettings settings = SmtpSettings.of("smtp.example.com", 587, Security.STARTTLS, FROM)
                .withCredentials("jobbot", "hunter2-secret");

        assertFalse(settings.toString().contains("hunter2-secret"), settings.toString());
        assertTrue(settings.toString().contains("[redacted]"), settings.toString());
        assertFalse(new AngusMailSender(settings).toString().contains("hunter2-secret"));
    }

    @Test
    void given_starttls_when_building_the_session_then_starttls_is_required_not_optional() {
        Properties props = SmtpSettings.of("smtp.example.com", 587, Security.STARTTLS, FROM)
                .withCredentials("jobbot", "secret")
                .withTimeouts(Duration.ofSeconds(3), Duration.ofSeconds(7))
                .sessionProperties();

        assertEquals("true", props.getProperty("mail.smtp.starttls.enable"));
        assertEquals("true", props.getProperty("mail.smtp.starttls.required"));
        assertEquals("true", props.getProperty("mail.smtp.auth"));
        assertEquals("3000", props.getProperty("mail.smtp.connectiontimeout"));
        assertEquals("7000", props.getProperty("mail.smtp.timeout"));
        assertNull(props.getProperty("mail.smtp.ssl.enable"));
    }

    @Test
    void given_tls_when_building_the_session_then_ssl_is_on_from_the_start_and_the_host_is_checked() {
        Properties props = SmtpSettings.of("smtp.example.com", 465, Security.TLS, FROM).sessionProperties();

        assertEquals("true", props.getProperty("mail.smtp.ssl.enable"));
        assertEquals("true", props.getProperty("mail.smtp.ssl.checkserveridentity"));
        assertEquals("false", props.getProperty("mail.smtp.auth"));
        assertNull(props.getProperty("mail.smtp.starttls.enable"));
    }
}
