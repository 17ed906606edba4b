package tech.jobbot.adapters.mail;

import java.time.Duration;
import java.util.Objects;
import java.util.Properties;

/**
 * How to reach an SMTP server: where it is, how the connection is secured, who logs in, and
 * which address the mails come from.
 *
 * @param host           the server's host name, non-blank
 * @param port           1 to 65535 (typically 25 or 587 with {@link Security#STARTTLS}, 465 with
 *                       {@link Security#TLS})
 * @param security       how the connection is encrypted
 * @param username       the login, or {@code null} to send without authentication
 * @param password       the login's password; required when {@code username} is set, never shown
 *                       by {@link #toString()}
 * @param from           the From mailbox, e.g. {@code Jobbot <no-reply@example.com>}
 * @param connectTimeout how long to wait for the connection; {@code null} means 10 seconds
 * @param readTimeout    how long to wait for each server reply; {@code null} means 30 seconds
 */
public record SmtpSettings(
        String host,
        int port,
        Security security,
        String username,
        String password,
        String from,
        Duration connectTimeout,
        Duration readTimeout) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);

    /** How the SMTP connection is encrypted. */
    public enum Security {
        /** Plain text; only for a relay on a trusted network such as localhost. */
        NONE,
        /** Upgrade a plain connection with STARTTLS, and refuse to send if the server cannot. */
        STARTTLS,
        /** TLS from the first byte (SMTPS, usually port 465). */
        TLS
    }

    public SmtpSettings {
        Objects.requireNonNull(host, "host");
        Objects.requireNonNull(security, "security");
        Objects.requireNonNull(from, "from");
        if (host.isBlank()) {
            throw new IllegalArgumentException("host must not be blank");
        }
        if (port < 1 || port > 65535) {
            throw new IllegalArgumentException("port must be between 1 and 65535");
        }
        if (username != null && username.isBlank()) {
            throw new IllegalArgumentException("username must not be blank; use null for no authentication");
        }
        if (username != null && password == null) {
            throw new IllegalArgumentException("password is required with a username");
        }
        MimeMessages.parseFrom(from);
        connectTimeout = connectTimeout == null ? DEFAULT_CONNECT_TIMEOUT : connectTimeout;
        readTimeout = readTimeout == null ? DEFAULT_READ_TIMEOUT : readTimeout;
        requireMillis(connectTimeout, "connectTimeout");
        requireMillis(readTimeout, "readTimeout");
    }

    /** Settings without authentication and with the default timeouts. */
    public static SmtpSettings of(String host, int port, Security security, String from) {
        return new SmtpSettings(host, port, security, null, null, from, null, null);
    }

    /** A copy that logs in with these credentials. */
    public SmtpSettings withCredentials(String username, String password) {
        return new SmtpSettings(host, port, security, username, password, from, connectTimeout, readTimeout);
    }

    /** A copy with other timeouts. */
    public SmtpSettings withTimeouts(Duration connectTimeout, Duration readTimeout) {
        return new SmtpSettings(host, port, security, username, password, from, connectTimeout, readTimeout);
    }

    /** Whether the sender logs in before sending. */
    public boolean authenticates() {
        return username != null;
    }

    /** The Jakarta Mail session properties for these settings (protocol {@code smtp}). */
    Properties sessionProperties() {
        Properties props = new Properties();
        props.setProperty("mail.transport.protocol", "smtp");
        props.setProperty("mail.smtp.host", host);
        props.setProperty("mail.smtp.port", Integer.toString(port));
        props.setProperty("mail.smtp.auth", Boolean.toString(authenticates()));
        props.setProperty("mail.smtp.connectiontimeout", Long.toString(connectTimeout.toMillis()));
        props.setProperty("mail.smtp.timeout", Long.toString(readTimeout.toMillis()));
        // Without a write timeout a server that stops reading mid-DATA blocks the sender forever.
        props.setProperty("mail.smtp.writetimeout", Long.toString(readTimeout.toMillis()));
        switch (security) {
            case NONE -> {
            }
            case STARTTLS -> {
                props.setProperty("mail.smtp.starttls.enable", "true");
                // Otherwise a man in the middle who strips STARTTLS from EHLO gets the mail in clear.
                props.setProperty("mail.smtp.starttls.required", "true");
                props.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
            case TLS -> {
                props.setProperty("mail.smtp.ssl.enable", "true");
                props.setProperty("mail.smtp.ssl.checkserveridentity", "true");
            }
        }
        return props;
    }

    private static void requireMillis(Duration timeout, String name) {
        if (timeout.isNegative() || timeout.isZero() || timeout.toMillis() > Integer.MAX_VALUE) {
            throw new IllegalArgumentException(name + " must be positive and at most " + Integer.MAX_VALUE + " ms");
        }
    }

    @Override
    public String toString() {
        return "SmtpSettings[host=" + host
                + ", port=" + port
                + ", security=" + security
                + ", username=" + username
                + ", password=" + (password == null ? "null" : "[redacted]")
                + ", from=" + from
                + ", connectTimeout=" + connectTimeout
                + ", readTimeout=" + readTimeout + "]";
    }
}
